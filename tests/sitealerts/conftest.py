import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import Client, override_settings
from wagtail.models import Locale

from sitealerts.models import SiteAlert
from tests.production import recording_cdn

CDN = {"test": {"BACKEND": "tests.production.recording_cdn.RecordingBackend"}}


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


@pytest.fixture
def make_alert(english):
    def make(message="The MASH phone line is not working.", **fields):
        return SiteAlert.objects.create(locale=english, message=message, **{"live": True, **fields})

    return make


@pytest.fixture
def page_cache_on(db):
    """The Redis page cache's behaviour, with Django's cache shared by two app "servers" as Redis is."""
    with override_settings(KSCB_PAGE_CACHE_SECONDS=600):
        yield
    caches["default"].clear()


@pytest.fixture
def two_servers(page_cache_on):
    return Client(), Client()


@pytest.fixture
def purged(db, django_capture_on_commit_callbacks):
    recording_cdn.purged.clear()
    with override_settings(WAGTAILFRONTENDCACHE=CDN), django_capture_on_commit_callbacks(execute=True):
        yield recording_cdn.purged
