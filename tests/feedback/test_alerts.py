"""No alert silently dropped: marked messages grouped, unopened urgent ones escalated, failures shown."""

import datetime
import io
import logging

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from feedback import alerts
from feedback.models import Alert, AlertKind, FeedbackSettings, Submission

FLAG_FIELDS = {field.name for field in Submission._meta.get_fields()} & {"possible_flood", "possible_spam"}


@pytest.fixture
def addresses(db):
    retention = FeedbackSettings.load()
    retention.duty_safeguarding_email = "duty@kscb.example"
    retention.out_of_hours_email = "out-of-hours@kscb.example"
    retention.save()
    return retention


def receive(message, urgent=False, created_at=None, flagged=False):
    """What feedback.intake.receive does once the form is valid: store, then alert in the same transaction."""
    fields = {"possible_flood": True} if flagged and "possible_flood" in FLAG_FIELDS else {}
    submission = Submission.objects.create(
        language="en-gb", message=message, urgent=urgent, created_at=created_at or timezone.now(), **fields
    )
    if flagged:
        submission.possible_flood = True  # until the intake's flood marks are merged
    alerts.submission_received(submission)
    return submission


def test_a_flood_of_marked_messages_makes_one_email_not_one_each(addresses, django_capture_on_commit_callbacks):
    start = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(40):
            receive(f"spam {number} he hits me", urgent=number % 2 == 0, flagged=True)
    # The group waits a few minutes to collect the flood; nothing is sent one by one.
    assert mail.outbox == []
    assert Alert.objects.count() == 1
    later = start + datetime.timedelta(minutes=6)
    with django_capture_on_commit_callbacks(execute=True):
        assert alerts.send_due(now=later) == (1, 0)
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["duty@kscb.example"]
    assert "possible flood or spam" in email.body
    assert "hits me" not in email.body and "spam 1" not in email.body
    if FLAG_FIELDS:
        assert "40 new message(s) marked" in email.body and "20 of them flagged as urgent" in email.body
    # The next flood starts a new group.
    with django_capture_on_commit_callbacks(execute=True):
        receive("more spam", flagged=True)
    assert Alert.objects.filter(kind=AlertKind.FLAGGED, sent_at__isnull=True).count() == 1


def test_unopened_urgent_message_is_escalated_and_again_until_opened(
    addresses, client, reviewer, django_capture_on_commit_callbacks
):
    sent_at = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        submission = receive("my mums boyfriend slaps me", urgent=True, created_at=sent_at)
    assert [email.to for email in mail.outbox] == [["duty@kscb.example"]]

    def escalate(minutes_later):
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            return alerts.escalate_unopened(now=sent_at + datetime.timedelta(minutes=minutes_later))

    assert escalate(29) == 0 and mail.outbox == []
    assert escalate(31) == 1
    (email,) = mail.outbox
    assert email.to == ["out-of-hours@kscb.example"]
    assert "ESCALATION" in email.subject and "not opened" in email.subject
    assert f"/admin/childrens-voice/submissions/edit/{submission.pk}/" in email.body
    assert "waiting 31" in email.body and "slaps" not in email.body
    assert escalate(45) == 0 and mail.outbox == []  # not again before the interval
    assert escalate(62) == 1 and len(mail.outbox) == 1  # and again after it

    client.force_login(reviewer)
    client.get(reverse("feedback_submission:edit", args=[submission.pk]))
    assert ModelLogEntry.objects.for_instance(submission).filter(action="feedback.view", user=reviewer).exists()
    assert escalate(200) == 0 and mail.outbox == []


def test_escalation_times_come_from_settings(addresses, settings, django_capture_on_commit_callbacks):
    settings.KSCB_FEEDBACK_ESCALATION_MINUTES = 5
    settings.KSCB_FEEDBACK_ESCALATION_REPEAT_MINUTES = 10
    sent_at = timezone.now()
    receive("he punched me", urgent=True, created_at=sent_at)
    with django_capture_on_commit_callbacks(execute=True):
        assert alerts.escalate_unopened(now=sent_at + datetime.timedelta(minutes=6)) == 1
        assert alerts.escalate_unopened(now=sent_at + datetime.timedelta(minutes=12)) == 0
        assert alerts.escalate_unopened(now=sent_at + datetime.timedelta(minutes=17)) == 1


def test_many_unopened_messages_escalate_in_one_email(addresses, django_capture_on_commit_callbacks):
    sent_at = timezone.now() - datetime.timedelta(hours=1)
    for number in range(5):
        receive(f"urgent {number}", urgent=True, created_at=sent_at)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert alerts.escalate_unopened() == 5
    assert len(mail.outbox) == 1
    assert "5 urgent children's voice message(s) not opened" in mail.outbox[0].subject


def test_retries_back_off_to_fifteen_minutes_and_never_stop():
    delays = [alerts.retry_delay(attempt) for attempt in range(1, 60)]
    assert delays[:4] == [datetime.timedelta(seconds=s) for s in (30, 60, 120, 240)]
    assert max(delays) == delays[-1] == datetime.timedelta(minutes=15)


def test_after_three_failures_an_error_is_logged_and_the_dashboard_shows_a_banner(
    addresses, settings, client, reviewer, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.feedback.test_notifications.MailServerDown"
    caplog.set_level(logging.WARNING, logger="feedback.alerts")
    with django_capture_on_commit_callbacks(execute=True):
        receive("I have been cutting", urgent=True)
    alert = Alert.objects.get()
    client.force_login(reviewer)
    assert "still being retried" not in client.get(reverse("wagtailadmin_home")).content.decode()
    for _ in range(2):
        alert.refresh_from_db()
        alerts.send_due(now=alert.next_attempt_at)
    alert.refresh_from_db()
    assert alert.attempts == 3 and alert.sent_at is None
    levels = [record.levelno for record in caplog.records if record.name == "feedback.alerts"]
    assert levels[-3:] == [logging.WARNING, logging.WARNING, logging.ERROR]
    assert "attempt 3" in caplog.records[-1].getMessage()
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 children's voice alert email(s) have failed 3 or more times" in html
    assert "mail server is down" in html

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    alerts.send_due(now=alert.next_attempt_at)
    assert len(mail.outbox) == 1
    assert "still being retried" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_editors_never_see_the_banner(addresses, client, editor):
    Alert.objects.create(kind=AlertKind.DIGEST, attempts=5, last_error="refused")
    client.force_login(editor)
    assert "still being retried" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_demo_loader_sets_demo_addresses_only_in_demo_mode(db, settings):
    from feedback.demo import content, load

    retention = FeedbackSettings.load()
    retention.duty_safeguarding_email = retention.out_of_hours_email = ""
    retention.save()
    settings.KSCB_DEMO_MODE = False
    load(io.StringIO())
    retention = FeedbackSettings.load()
    assert (retention.duty_safeguarding_email, retention.out_of_hours_email) == ("", "")
    settings.KSCB_DEMO_MODE = True
    load(io.StringIO())
    retention = FeedbackSettings.load()
    assert retention.duty_safeguarding_email == content.DEMO_DUTY_EMAIL
    assert retention.out_of_hours_email == content.DEMO_OUT_OF_HOURS_EMAIL


def test_production_check_with_the_database_refuses_a_demo_address_stored_by_staff(db, settings):
    from feedback.checks import production_alert_settings

    settings.KSCB_PRODUCTION_CHECKS = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.KSCB_FEEDBACK_DUTY_EMAIL = "duty@safeguarding.kscb.internal"
    settings.KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL = "ooh@safeguarding.kscb.internal"
    retention = FeedbackSettings.load()
    retention.duty_safeguarding_email, retention.out_of_hours_email = "", ""
    retention.save()
    assert production_alert_settings(databases=["default"]) == []
    retention.duty_safeguarding_email = "duty-safeguarding@kscb.example"
    retention.save()
    assert [error.id for error in production_alert_settings(databases=["default"])] == ["feedback.E003"]
    assert production_alert_settings(databases=None) == []  # without the database: the server's settings


def test_deploy_check_warns_when_the_page_without_a_database_has_no_mash_number(settings):
    from feedback.checks import mash_number_without_database

    settings.KSCB_FALLBACK_CONTACTS = {"emergency": "999", "childline": "0800 1111", "mash_phone": ""}
    assert [warning.id for warning in mash_number_without_database()] == ["feedback.W005"]
    settings.KSCB_FALLBACK_CONTACTS = {**settings.KSCB_FALLBACK_CONTACTS, "mash_phone": "0151 496 0000"}
    assert mash_number_without_database() == []
