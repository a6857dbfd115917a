"""When parts fail, the site keeps its emergency information up. Each failure is real:
a stopped or closed service, not a mock of our code."""

import logging
import os
import time
import urllib.error
import urllib.request

import pytest
from django.core.cache import caches
from django.test import override_settings
from wagtail.documents import get_document_model

from campaigns.models import CampaignAsset
from home.demo.helpers import ensure_pdf
from kscb_site.settings.base import redis_cache
from tests.live_server import serve, stop

CLOSED_PORT = 1  # nothing listens on port 1 of the loopback interface


@pytest.fixture
def site_without_database(live_site):
    env = {**live_site.env, "DATABASE_URL": f"postgres://kscb:kscb@127.0.0.1:{CLOSED_PORT}/kscb"}
    server, url = serve(env, workers=1)
    yield url
    stop(server)


def test_database_down_gives_503_with_the_emergency_numbers(site_without_database):
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(site_without_database + "/priorities/", timeout=10)
    response = raised.value
    html = response.read().decode()
    assert response.status == 503
    assert response.headers["Retry-After"] == "120"
    assert "It will be back soon" in html
    assert 'href="tel:999"' in html and "0800 1111" in html
    assert "Exit this page" in html
    assert "Traceback" not in html and "OperationalError" not in html


def test_redis_down_pages_still_serve_and_it_is_logged(client, db, caplog, redis_down):
    """With Redis refusing connections, or accepting and never answering, every cache call
    gives up within its timeout, is logged, and the page renders uncached."""
    with override_settings(KSCB_PAGE_CACHE_SECONDS=600), caplog.at_level(logging.ERROR, logger="kscb.cache"):
        started = time.monotonic()
        response = client.get("/priorities/domestic-abuse/")
        elapsed = time.monotonic() - started
        assert caches["default"].get("anything", "fallback") == "fallback"
        assert caches["default"].incr("counter", ignore_key_check=True) is None
    assert response.status_code == 200
    assert 'href="tel:999"' in response.content.decode()
    assert "X-Page-Cache" not in response
    assert "Exception ignored" in caplog.text
    errors = [record.exc_info[1].__cause__ for record in caplog.records if record.exc_info]
    expected = "Timeout" if redis_down == "hanging socket" else "Connect"
    assert any(expected in type(error).__name__ for error in errors), errors
    assert elapsed < 15


def test_redis_up_is_really_used(db):
    """The production backend against the real Redis that `make test` starts: values round-trip."""
    live = redis_cache(os.environ.get("KSCB_TEST_REDIS_URL", "redis://127.0.0.1:6379/9"), "kscb-test")
    with override_settings(CACHES={"default": live}):
        cache = caches["default"]
        cache.set("kscb-test", "kept", 30)
        assert cache.get("kscb-test") == "kept", "Redis is not running at KSCB_TEST_REDIS_URL"
        cache.delete("kscb-test")


S3_DOWN = {
    "default": {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "kscb-media",
            "endpoint_url": f"http://127.0.0.1:{CLOSED_PORT}",
            "access_key": "test",
            "secret_key": "test",
            "region_name": "eu-west-2",
        },
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


def test_storage_down_pages_render_and_downloads_say_unavailable(client, db):
    document = get_document_model().objects.get(title__startswith="KSCB response")
    with override_settings(STORAGES=S3_DOWN, AWS_S3_CLIENT_CONFIG=None):
        page = client.get("/publications/child-r-serious-case-review/")
        download = client.get(document.url)
    assert page.status_code == 200
    assert download.status_code == 503
    html = download.content.decode()
    assert "This file is unavailable right now" in html
    assert 'href="tel:999"' in html


def test_campaign_download_with_storage_down_says_unavailable_right_now(client, db):
    leaflet = CampaignAsset.objects.get(
        campaign__slug="safe-sleeping",
        campaign__locale__language_code="en-gb",
        title="Safer sleep for babies: leaflet for parents",
    )
    with override_settings(STORAGES=S3_DOWN, AWS_S3_CLIENT_CONFIG=None):
        response = client.get(f"{leaflet.campaign.url}download/{leaflet.pk}/")
    assert response.status_code == 503
    assert response["Retry-After"]
    html = response.content.decode()
    assert "This file is unavailable right now" in html and "Try again later" in html
    assert f'href="{leaflet.campaign.url}#asset-library"' in html


def test_file_missing_from_storage_says_unavailable(client, db):
    """A file that has gone is not coming back: 404, not "try again later"."""
    document = ensure_pdf("A leaflet that will go missing", ["Text."])
    document.file.storage.delete(document.file.name)
    response = client.get(document.url)
    assert response.status_code == 404
    html = response.content.decode()
    assert "This file is unavailable" in html and "right now" not in html
    assert 'href="tel:999"' in html


def test_available_document_downloads(client, db):
    document = get_document_model().objects.get(title__startswith="KSCB response")
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
