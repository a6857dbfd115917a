"""Shared fixtures. The test database starts with the full demo site, loaded
once per run by the same loader `make run` uses, so every test reads the pages
a visitor would see; each test's changes are rolled back."""

import socket
import threading
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Site

from kscb_site.settings.base import redis_cache
from tests.live_server import start_live_site, stop
from tests.staff import add_authenticator


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


class SignedInStaffClient(Client):
    """Django's test client, whose force_login also passes the second factor, as staff with an
    authenticator app do after their password. Tests of two-factor authentication itself
    (tests/accounts/test_two_factor.py) sign in through the real forms instead."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or add_authenticator(user)
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()


@contextmanager
def closed_port():
    """A port on this machine where nothing listens: connecting is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield port


@contextmanager
def hanging_socket():
    """A port that accepts connections and never answers: every read waits for its timeout."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    held = []

    def accept_forever():
        while True:
            try:
                held.append(server.accept()[0])
            except OSError:  # the server socket was closed: the test is over
                return

    threading.Thread(target=accept_forever, daemon=True).start()
    try:
        yield server.getsockname()[1]
    finally:
        server.close()
        for connection_ in held:
            connection_.close()


@pytest.fixture(params=["closed port", "hanging socket"])
def redis_down(request):
    """Every cache is the production django-redis cache pointed, for real, at a Redis that is down:
    a closed port (refused at once) or a hanging socket (accepts, never answers)."""
    broken = closed_port if request.param == "closed port" else hanging_socket
    with broken() as port:
        down = redis_cache(f"redis://127.0.0.1:{port}/0", "kscb-down", socket_timeout=0.2)
        with override_settings(CACHES={"default": down, "renditions": down}):
            yield request.param


@pytest.fixture
def client():
    return SignedInStaffClient()


@pytest.fixture
def admin_client(admin_user):
    client = SignedInStaffClient()
    client.force_login(admin_user)
    return client


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(site):
    return site.root_page.specific


class QueryCounter:
    """How many database queries one call of a callable makes.

    `count_queries(view, ...)` is a first view with every cache empty (Django's caches and the
    content-type cache cleared before it), as after a deploy or a publish; `count_queries.warm(view, ...)`
    is the same view again once an identical one has filled the caches: what later readers cost.
    Each returns the count of the one call it measures.
    """

    def __call__(self, callable_, *args, **kwargs):
        return self.cold(callable_, *args, **kwargs)

    def cold(self, callable_, *args, **kwargs):
        empty_every_cache()
        return self.measure(callable_, *args, **kwargs)

    def warm(self, callable_, *args, **kwargs):
        callable_(*args, **kwargs)
        return self.measure(callable_, *args, **kwargs)

    @staticmethod
    def measure(callable_, *args, **kwargs):
        with CaptureQueriesContext(connection) as captured:
            callable_(*args, **kwargs)
        return len(captured.captured_queries)


@pytest.fixture(autouse=True)
def every_cache_empty_at_the_start():
    """Each test starts with Django's caches empty, as its database starts from the demo: a page or
    fragment kept by an earlier test belongs to rows that the earlier test's rollback has undone."""
    empty_every_cache()


def empty_every_cache():
    for alias in settings.CACHES:
        caches[alias].clear()
    ContentType.objects.clear_cache()


@pytest.fixture
def count_queries():
    return QueryCounter()


@pytest.fixture(scope="session")
def database_site(tmp_path_factory):
    """The demo site on PostgreSQL reached through a forwarder a test can close or make hang
    (tests/feedback/real_database.py), shared by the children's voice fault and browser tests."""
    from tests.feedback.real_database import site_on_forwarded_postgres

    with site_on_forwarded_postgres(tmp_path_factory) as site:
        yield site


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    """The demo site served by gunicorn from its own database (shared by every test that needs a server)."""
    site = start_live_site(tmp_path_factory.mktemp("live-site"))
    yield site
    stop(site.server)
