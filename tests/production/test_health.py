"""/health/ for load balancers: database, cache and storage; never cached, no cookies, no personal data."""

import json

import pytest
from django.test import override_settings

from kscb_site.page_cache import CACHE_HEADER
from kscb_site.settings.base import redis_cache

CHECKS = {"Database", "Cache", "Storage"}


def health(client):
    return client.get("/health/", HTTP_ACCEPT="application/json")


def checks_by_name(response):
    return {name.split("(")[0]: status for name, status in json.loads(response.content).items()}


@pytest.mark.django_db
def test_health_reports_database_cache_and_storage_ok(client, redis_url):
    with override_settings(CACHES={"default": redis_cache(redis_url, "kscb-health")}, KSCB_PAGE_CACHE_SECONDS=600):
        responses = [health(client), health(client)]
    for response in responses:
        assert response.status_code == 200
        assert checks_by_name(response) == dict.fromkeys(CHECKS, "OK")
        assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
        assert CACHE_HEADER not in response
        assert not response.cookies
    assert "@" not in responses[0].content.decode()


@pytest.mark.django_db
def test_health_fails_when_the_cache_is_down(client, redis_down):
    response = health(client)
    assert response.status_code == 500
    checks = checks_by_name(response)
    assert checks["Database"] == "OK" and checks["Storage"] == "OK"
    assert checks["Cache"] != "OK"
