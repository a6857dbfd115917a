"""Retention: contact details and whole submissions go when staff say, and the admin and privacy notice say when."""

import datetime
import io

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from feedback.models import FeedbackSettings, Submission, SubmissionNote


def aged(days, **fields):
    return Submission.objects.create(
        language="en-gb",
        message=fields.pop("message", "A message"),
        created_at=timezone.now() - datetime.timedelta(days=days),
        **fields,
    )


def contact():
    return {"wants_reply": True, "contact_name": "Sam", "contact_method": "email", "contact_detail": "s@example.com"}


def test_command_removes_old_contact_details_and_deletes_old_submissions(db):
    fresh = aged(10, **contact())
    old_contact = aged(100, **contact())
    expired = aged(400, **contact())
    SubmissionNote.objects.create(submission=expired, text="Spoke to school")
    out = io.StringIO()
    call_command("apply_feedback_retention", stdout=out)
    assert "Removed contact details from 1 submission(s) older than 90 days." in out.getvalue()
    assert "Deleted 1 submission(s) older than 365 days." in out.getvalue()
    fresh.refresh_from_db()
    old_contact.refresh_from_db()
    assert fresh.contact_detail == "s@example.com"
    assert (old_contact.contact_name, old_contact.contact_detail) == ("", "")
    assert old_contact.contact_details_removed_at is not None
    assert old_contact.message == "A message"
    assert not Submission.objects.filter(pk=expired.pk).exists()
    assert not SubmissionNote.objects.exists()


def test_periods_come_from_settings_staff_edit(db):
    retention = FeedbackSettings.load()
    retention.contact_details_days, retention.submission_days = 7, 30
    retention.save()
    kept = aged(5, **contact())
    aged(31)
    out = io.StringIO()
    call_command("apply_feedback_retention", stdout=out)
    assert "older than 7 days" in out.getvalue() and "Deleted 1 submission(s) older than 30 days." in out.getvalue()
    assert Submission.objects.get() == kept


def test_admin_shows_when_each_submission_will_be_deleted(client, reviewer):
    submission = aged(0)
    client.force_login(reviewer)
    expected = (submission.created_at + datetime.timedelta(days=365)).date()
    listing = client.get(reverse("feedback_submission:index")).content.decode()
    detail = client.get(reverse("feedback_submission:edit", args=[submission.pk])).content.decode()
    assert date_format(expected) in listing
    assert date_format(expected) in detail


def test_privacy_notice_states_the_periods(client, db):
    html = client.get("/privacy-notice/").content.decode()
    assert "When you use our &#x27;Have your say&#x27; form" in html
    assert "for 90 days, then delete them" in html
    assert "after 365 days" in html
