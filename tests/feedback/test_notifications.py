"""Alerts for new messages: written with the submission, sent after commit, never carrying the child's words."""

import io

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command

from feedback import alerts
from feedback.models import Alert, AlertKind, FeedbackSettings, Submission

DISCLOSURE = "I want to kill myself. Call me on 07700 900982, I'm Jo"
SECRETS = ("kill myself", "07700", "Jo", "jo")


class MailServerDown(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server is down")


@pytest.fixture
def duty_address(db):
    retention = FeedbackSettings.load()
    retention.duty_safeguarding_email = "duty@kscb.example"
    retention.save()
    return retention.duty_safeguarding_email


def send_disclosure(send, django_capture_on_commit_callbacks, message=DISCLOSURE):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(
            message=message,
            wants_reply="yes",
            contact_name="Jo",
            contact_method="phone",
            contact_detail="07700 900982",
        )
    assert response.status_code == 302
    return Submission.objects.latest("pk")


def assert_no_secrets(email):
    for secret in SECRETS:
        assert secret not in email.body and secret not in email.subject


def test_urgent_submission_notifies_duty_address_after_commit_without_details(
    send, duty_address, django_capture_on_commit_callbacks
):
    submission = send_disclosure(send, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [duty_address]
    assert f"/admin/childrens-voice/submissions/edit/{submission.pk}/" in email.body
    assert_no_secrets(email)
    assert Alert.objects.get(kind=AlertKind.URGENT, submission=submission).sent_at is not None


def test_no_alert_is_sent_inside_the_young_persons_transaction(send, duty_address, django_capture_on_commit_callbacks):
    """Before commit only the outbox row exists: a rolled-back submission alerts nobody."""
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        send(message=DISCLOSURE)
    assert mail.outbox == []
    assert Alert.objects.filter(kind=AlertKind.URGENT, sent_at__isnull=True).count() == 1
    assert len(callbacks) == 1


def test_calm_submission_waits_for_the_daily_digest(send, duty_address, reviewer, django_capture_on_commit_callbacks):
    reviewer.email = "rita@kscb.example"
    reviewer.save()
    with django_capture_on_commit_callbacks(execute=True):
        send(message="Can we have more benches in the park")
    assert mail.outbox == []
    assert not Alert.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_feedback_digest", stdout=io.StringIO())
    assert len(mail.outbox) == 1
    digest = mail.outbox[0]
    assert "rita@kscb.example" in digest.to
    assert "Messages nobody has reviewed yet: 1 (0 urgent, 1 not urgent)" in digest.body
    assert "/admin/childrens-voice/submissions/?status=new" in digest.body
    assert "benches" not in digest.body and "park" not in digest.body


def test_no_digest_when_nothing_waits(db, duty_address, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_feedback_digest", stdout=io.StringIO())
    assert mail.outbox == []


def test_mail_server_down_keeps_the_submission_and_the_command_sends_it_later(
    send, duty_address, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.feedback.test_notifications.MailServerDown"
    submission = send_disclosure(send, django_capture_on_commit_callbacks)
    assert submission.urgent
    alert = Alert.objects.get()
    assert alert.sent_at is None and alert.attempts == 1
    assert "mail server is down" in alert.last_error

    # Not due again until its backoff has passed.
    call_command("send_feedback_alerts", stdout=io.StringIO(), stderr=io.StringIO())
    alert.refresh_from_db()
    assert alert.attempts == 1
    sent, failed = alerts.send_due(now=alert.next_attempt_at)
    alert.refresh_from_db()
    assert (sent, failed, alert.attempts) == (0, 1, 2)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert alerts.send_due(now=alert.next_attempt_at) == (1, 0)
    alert.refresh_from_db()
    assert alert.sent_at is not None
    assert len(mail.outbox) == 1
    # Sent once only, however often the command runs.
    assert alerts.send_due(now=alert.next_attempt_at) == (0, 0)
    assert len(mail.outbox) == 1


def test_no_duty_address_is_a_failure_that_is_retried_not_a_silent_drop(
    send, db, settings, django_capture_on_commit_callbacks
):
    settings.KSCB_FEEDBACK_DUTY_EMAIL = ""
    retention = FeedbackSettings.load()
    retention.duty_safeguarding_email = ""
    retention.save()
    send_disclosure(send, django_capture_on_commit_callbacks)
    alert = Alert.objects.get()
    assert alert.sent_at is None and alert.attempts == 1
    assert "No address" in alert.last_error
    settings.KSCB_FEEDBACK_DUTY_EMAIL = "duty-from-the-server@kscb.example"
    alerts.send_due(now=alert.next_attempt_at)
    assert mail.outbox[0].to == ["duty-from-the-server@kscb.example"]
