"""When parts fail, the site keeps its emergency information up. Each failure is real:
a stopped or closed service, not a mock of our code."""

import logging
import urllib.error
import urllib.request

import pytest
from django.core.cache import caches
from django.test import override_settings
from wagtail.documents import get_document_model

from campaigns.models import CampaignAsset
from home.demo.helpers import ensure_pdf
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


REDIS_DOWN = {
    "default": {
        "BACKEND": "kscb_site.cache.ResilientRedisCache",
        "LOCATION": f"redis://127.0.0.1:{CLOSED_PORT}/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    },
    "renditions": {
        "BACKEND": "kscb_site.cache.ResilientRedisCache",
        "LOCATION": f"redis://127.0.0.1:{CLOSED_PORT}/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    },
}


def test_redis_down_pages_still_serve_and_it_is_logged(client, db, caplog):
    with override_settings(CACHES=REDIS_DOWN), caplog.at_level(logging.WARNING, logger="kscb.cache"):
        response = client.get("/priorities/domestic-abuse/")
        assert caches["default"].get("anything", "fallback") == "fallback"
    assert response.status_code == 200
    assert "Redis cache unavailable" in caplog.text


def test_redis_up_is_really_used(db):
    """The same backend against the real Redis that CI starts: values round-trip."""
    live = {**REDIS_DOWN["default"], "LOCATION": "redis://127.0.0.1:6379/9"}
    with override_settings(CACHES={"default": live}):
        cache = caches["default"]
        cache.set("kscb-test", "kept", 30)
        assert cache.get("kscb-test") == "kept", "Redis is not running on 127.0.0.1:6379"
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
