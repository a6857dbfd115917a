"""Real mail faults: a closed SMTP port and an SMTP server that never answers.

The send fails within EMAIL_TIMEOUT, the alert is kept and retried, and after three failures
the reviewers' dashboard says so. The young person's request never waits for mail.
"""

import socket
import time

import pytest
from django.core import mail
from django.urls import reverse

from feedback import alerts
from feedback.models import Alert, FeedbackSettings, Submission

TIMEOUT = 2  # seconds; production uses 10 (tests/production/test_settings.py)


@pytest.fixture
def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return port  # nothing listens there now: connections are refused


@pytest.fixture
def hanging_port():
    """A listening socket that never accepts nor speaks: the SMTP greeting never comes."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    yield server.getsockname()[1]
    server.close()


@pytest.fixture
def smtp_at(settings, db):
    retention = FeedbackSettings.load()
    retention.duty_safeguarding_email = "duty@kscb.example"
    retention.save()

    def point_at(port):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, TIMEOUT

    return point_at


def urgent_submission():
    submission = Submission.objects.create(language="en-gb", message="he hits me", urgent=True)
    alerts.submission_received(submission)
    return Alert.objects.get(submission=submission)


def fail_three_times(alert):
    timings = []
    for _ in range(3):
        alert.refresh_from_db()
        started = time.monotonic()
        assert alerts.send_due(now=alert.next_attempt_at) == (0, 1)
        timings.append(time.monotonic() - started)
    alert.refresh_from_db()
    return timings


def assert_banner(client, reviewer, error):
    client.force_login(reviewer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "have failed 3 or more times" in html
    assert error in html


@pytest.mark.parametrize("fault", ["closed_port", "hanging_port"])
def test_mail_fault_is_retried_within_the_timeout_and_shown(fault, request, smtp_at, client, reviewer, settings):
    smtp_at(request.getfixturevalue(fault))
    alert = urgent_submission()
    timings = fail_three_times(alert)
    assert alert.attempts == 3 and alert.sent_at is None
    assert max(timings) < TIMEOUT + 1.5
    if fault == "hanging_port":
        assert min(timings) >= TIMEOUT - 0.5  # it did wait for the greeting, then gave up
        assert "timed out" in alert.last_error.lower() or "timeout" in alert.last_error.lower()
    else:
        assert "refused" in alert.last_error.lower()
    assert_banner(client, reviewer, alert.last_error.split(":")[0])

    # The mail server comes back: the next retry sends it, and the banner goes.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert alerts.send_due(now=alert.next_attempt_at) == (1, 0)
    assert len(mail.outbox) == 1
    assert "have failed" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_young_persons_form_does_not_wait_for_a_hanging_mail_server(
    send, smtp_at, hanging_port, django_capture_on_commit_callbacks, settings
):
    """Production queues the alert for the worker: the request only writes the outbox row."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "alerts": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    smtp_at(hanging_port)
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = send(message="he hits me and I am scared to go home")
    assert time.monotonic() - started < TIMEOUT
    assert response.status_code == 302
    assert Alert.objects.get().sent_at is None
