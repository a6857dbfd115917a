"""Urgent notifications: sent after commit, retried when mail is down, and never carrying the child's words."""

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command

from feedback.models import FeedbackSettings, Submission, UrgentNotification

DISCLOSURE = "I want to kill myself. Call me on 07700 900982, I'm Jo"


class MailServerDown(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server is down")


@pytest.fixture
def duty_address(db):
    settings = FeedbackSettings.load()
    settings.duty_safeguarding_email = "duty@kscb.example"
    settings.save()
    return settings.duty_safeguarding_email


def send_disclosure(send, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(
            message=DISCLOSURE,
            wants_reply="yes",
            contact_name="Jo",
            contact_method="phone",
            contact_detail="07700 900982",
        )
    assert response.status_code == 302
    return Submission.objects.get()


def test_urgent_submission_notifies_duty_address_after_commit_without_details(
    send, duty_address, django_capture_on_commit_callbacks
):
    submission = send_disclosure(send, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [duty_address]
    assert f"/admin/childrens-voice/submissions/edit/{submission.pk}/" in email.body
    for secret in ("kill myself", "07700", "Jo", "jo"):
        assert secret not in email.body and secret not in email.subject
    assert UrgentNotification.objects.get().sent_at is not None


def test_calm_submission_sends_nothing(send, duty_address, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send(message="Can we have more benches in the park")
    assert mail.outbox == []
    assert not UrgentNotification.objects.exists()


def test_mail_server_down_keeps_the_submission_and_the_command_sends_it_later(
    send, duty_address, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.feedback.test_notifications.MailServerDown"
    submission = send_disclosure(send, django_capture_on_commit_callbacks)
    assert submission.urgent
    notification = UrgentNotification.objects.get()
    assert notification.sent_at is None and notification.attempts == 1
    assert "mail server is down" in notification.last_error

    call_command("send_feedback_notifications", stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))  # noqa: SIM115
    notification.refresh_from_db()
    assert notification.sent_at is None and notification.attempts == 2

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_feedback_notifications", stdout=open("/dev/null", "w"))  # noqa: SIM115
    notification.refresh_from_db()
    assert notification.sent_at is not None
    assert len(mail.outbox) == 1
    # Sent once only, however often the command runs.
    call_command("send_feedback_notifications", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1
