"""Nothing lost: the message is stored and the young person thanked when Redis is closed or
hanging (real sockets, two Redis backends), and told plainly it was NOT sent when the
database cannot store it."""

import logging
import re
import socket

import pytest
from django.db import OperationalError, connection
from wagtail.models import Site

from feedback.models import Submission
from home.models import SafeguardingSettings

from .conftest import FORM_URL, started_token

CACHE_FAILURE_LOGGERS = ("feedback.rate_limit", "kscb.cache", "django_redis")


@pytest.fixture
def closed_port():
    """A port nothing listens on: connections are refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return port


@pytest.fixture
def hanging_port():
    """A port that accepts connections (the kernel's backlog) and never answers a byte."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(128)
    yield server.getsockname()[1]
    server.close()


def django_redis_cache(port):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{port}/0",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
    }


def django_own_redis_cache(port):
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{port}/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }


BACKENDS = {
    "django-redis": django_redis_cache,
    "django": django_own_redis_cache,
}


@pytest.mark.parametrize("backend", ["django-redis"])  # production's backend; the guards alone are tested on both below
@pytest.mark.parametrize("fault", ["closed_port", "hanging_port"])
def test_redis_down_the_message_is_stored_and_the_child_thanked(
    client, feedback_page, no_min_time, settings, caplog, request, backend, fault
):
    token = started_token(client)  # the form was shown while Redis was up
    port = request.getfixturevalue(fault)
    settings.CACHES = {
        "default": BACKENDS[backend](port),
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"},
    }
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    caplog.set_level(logging.WARNING)
    words = "my mums boyfriend slaps me"
    response = client.post(FORM_URL, {"message": words, "wants_reply": "no", "started": token}, follow=True)
    assert response.status_code == 200
    assert "Thank you for telling us" in response.content.decode()
    submission = Submission.objects.get()
    assert submission.message == words
    assert not submission.possible_flood and not submission.possible_spam  # a dead cache marks nothing
    failures = [record for record in caplog.records if record.name in CACHE_FAILURE_LOGGERS]
    assert any(record.name == "feedback.rate_limit" for record in failures), [r.name for r in caplog.records]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("fault", ["closed_port", "hanging_port"])
def test_the_guards_never_raise_and_log_when_redis_is_down(rf, settings, caplog, request, backend, fault):
    from feedback import rate_limit

    settings.CACHES = {"default": BACKENDS[backend](request.getfixturevalue(fault))}
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    settings.KSCB_FEEDBACK_RATE_LIMIT = (1, 600)
    caplog.set_level(logging.WARNING)
    post = rf.post(FORM_URL)
    assert all(rate_limit.allow(post) for _ in range(3))  # allowed, never over a limit it cannot count
    assert any(record.name == "feedback.rate_limit" for record in caplog.records)


def refuse(statement):
    def wrapper(execute, sql, params, many, context):
        if statement(sql):
            raise OperationalError("could not connect to server: Connection refused")
        return execute(sql, params, many, context)

    return wrapper


def inserting_a_submission(sql):
    return sql.lstrip().upper().startswith('INSERT INTO "FEEDBACK_SUBMISSION"')


def test_database_down_at_submission_says_plainly_it_was_not_sent(client, feedback_page, no_min_time, caplog):
    # The closest honest fault inside a test transaction: every INSERT of a submission fails as a
    # closed PostgreSQL connection does (OperationalError), through Django's public execute_wrapper.
    contacts = SafeguardingSettings.for_site(Site.objects.get(is_default_site=True))
    contacts.mash_phone = "0151 443 2600"
    contacts.save()
    token = started_token(client)
    words = "I dont feel safe at home"
    with connection.execute_wrapper(refuse(inserting_a_submission)):
        response = client.post(FORM_URL, {"message": words, "wants_reply": "no", "started": token})
    html = response.content.decode()
    assert response.status_code == 503
    assert "Your message was not sent" in html and "We did not get your message." in html
    assert 'href="tel:999"' in html and "Childline" in html and 'href="tel:08001111"' in html
    assert 'href="tel:01514432600"' in html  # the MASH number from the site's safeguarding settings
    assert "Exit this page" in html
    assert words in html  # they can copy what they wrote
    assert "no-store" in response["Cache-Control"]
    assert Submission.objects.count() == 0
    assert "NOT stored" in caplog.text


def test_database_down_for_the_settings_too_uses_the_fallback_numbers(client, feedback_page, no_min_time, settings):
    settings.KSCB_FALLBACK_CONTACTS = {"emergency": "999", "childline": "0800 1111", "mash_phone": "0151 000 0000"}
    token = started_token(client)

    def submission_or_settings(sql):
        return inserting_a_submission(sql) or "home_safeguardingsettings" in sql.lower()

    with connection.execute_wrapper(refuse(submission_or_settings)):
        response = client.post(FORM_URL, {"message": "help", "wants_reply": "no", "started": token})
    html = response.content.decode()
    assert response.status_code == 503
    assert "Your message was not sent" in html
    assert re.search(r'href="tel:01510000000"', html)
    assert Submission.objects.count() == 0


@pytest.mark.django_db
def test_a_fault_in_triage_stores_the_message_as_urgent(client, monkeypatch, caplog):
    """Broken rules (a bad pattern an editor saved, a bug) must never cost a child's words."""
    from feedback import intake, triage
    from feedback.models import Submission

    def broken(*args, **kwargs):
        raise RuntimeError("a rule that cannot compile")

    monkeypatch.setattr(triage, "assess", broken)
    before = Submission.objects.count()
    submission = intake.receive({"message": "please someone read this"})
    assert Submission.objects.count() == before + 1
    assert submission.urgent
    assert "Triage could not run" in submission.matched_indicators
    assert "Triage failed" in caplog.text
