"""Retention: only closed cases lose contact details or are deleted, on schedule, and every run is audited."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.models import ModelLogEntry

from feedback.models import FeedbackSettings, Status, Submission, SubmissionNote
from feedback.retention import apply_retention


def aged(days, closed_days=None, **fields):
    now = timezone.now()
    if closed_days is not None:
        fields.update(status=Status.CLOSED, closed_at=now - datetime.timedelta(days=closed_days))
    return Submission.objects.create(
        language="en-gb",
        message=fields.pop("message", "A message"),
        created_at=now - datetime.timedelta(days=days),
        **fields,
    )


def contact():
    return {
        "wants_reply": True,
        "contact_name": "Sam",
        "contact_method": "email",
        "contact_detail": "s@example.com",
        "safe_to_contact": "yes",
        "good_time_to_contact": "after school, not at my dads",
    }


def test_closed_cases_lose_contact_details_and_are_deleted_on_schedule(db):
    recently_closed = aged(200, closed_days=10, **contact())
    closed_long_ago = aged(200, closed_days=100, **contact())
    expired = aged(400, closed_days=380, **contact())
    SubmissionNote.objects.create(submission=expired, text="Spoke to school")
    out = io.StringIO()
    call_command("apply_feedback_retention", stdout=out)
    assert "Removed contact details from 1 submission(s) of cases closed more than 90 days ago." in out.getvalue()
    assert "Deleted 1 closed submission(s) past 365 days." in out.getvalue()
    recently_closed.refresh_from_db()
    closed_long_ago.refresh_from_db()
    assert recently_closed.contact_detail == "s@example.com"
    # Everything given so we could reply goes, the safety answer and the good time included.
    assert closed_long_ago.contact_name == closed_long_ago.contact_method == closed_long_ago.contact_detail == ""
    assert closed_long_ago.safe_to_contact == closed_long_ago.good_time_to_contact == ""
    assert recently_closed.good_time_to_contact == "after school, not at my dads"
    assert closed_long_ago.contact_details_removed_at is not None
    assert closed_long_ago.message == "A message"
    assert not Submission.objects.filter(pk=expired.pk).exists()
    assert not SubmissionNote.objects.filter(text="Spoke to school").exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"status": Status.NEW},
        {"status": Status.IN_REVIEW},
        {"status": Status.RESPONDED},
        {"status": Status.CLOSED, "closed_at": None},
        {"status": Status.CLOSED, "urgent": True},
        {"status": Status.CLOSED, "on_hold": True},
    ],
    ids=["new", "in-review", "responded", "closed-without-date", "urgent", "on-hold"],
)
def test_new_urgent_open_and_on_hold_submissions_are_never_deleted(db, fields):
    long_ago = timezone.now() - datetime.timedelta(days=5000)
    fields = {"closed_at": long_ago, **fields}
    kept = aged(5000, **contact(), **fields)
    apply_retention()
    assert Submission.objects.filter(pk=kept.pk).exists()
    kept.refresh_from_db()
    if kept.status != Status.CLOSED or kept.closed_at is None or kept.on_hold:
        # Contact details stay while the case is open or held.
        assert kept.contact_detail == "s@example.com"


def test_periods_have_minimums(db):
    retention = FeedbackSettings.load()
    retention.contact_details_days, retention.submission_days = 0, 0
    with pytest.raises(ValidationError) as error:
        retention.full_clean()
    assert set(error.value.message_dict) >= {"contact_details_days", "submission_days"}
    # A zero saved some other way still keeps a month.
    retention.save()
    kept = aged(20, closed_days=20)
    apply_retention()
    assert Submission.objects.filter(pk=kept.pk).exists()


def test_every_purge_is_in_the_audit_log_with_counts_never_content(db):
    aged(400, closed_days=380, message="my secret words", **contact())
    apply_retention()
    entry = ModelLogEntry.objects.filter(action="feedback.purge").latest("timestamp")
    assert entry.data["submissions_deleted"] == 1
    assert "secret" not in str(entry.data) and "s@example.com" not in str(entry.data)


def test_admin_shows_when_each_closed_submission_will_be_deleted(client, reviewer):
    closed = aged(0, closed_days=0)
    still_open = aged(0)
    client.force_login(reviewer)
    expected = (closed.closed_at + datetime.timedelta(days=365)).date()
    listing = client.get(reverse("feedback_submission:index")).content.decode()
    detail = client.get(reverse("feedback_submission:edit", args=[closed.pk])).content.decode()
    assert date_format(expected) in listing
    assert date_format(expected) in detail
    assert "Kept while open" in listing
    open_detail = client.get(reverse("feedback_submission:edit", args=[still_open.pk])).content.decode()
    assert "Kept while the case is open" in open_detail


def test_privacy_notice_states_the_periods(client, db):
    html = client.get("/privacy-notice/").content.decode()
    assert "When you use our &#x27;Have your say&#x27; form" in html
    assert "and for 90 days after we finish, then delete them" in html
    assert "365 days after we finish dealing with it" in html


def test_start_tokens_are_forgotten_once_they_could_only_be_refused_as_expired(db):
    from feedback.forms import STARTED_MAX_AGE
    from feedback.models import UsedStartToken

    now = timezone.now()
    old = UsedStartToken.objects.create(digest="a" * 64, used_at=now - datetime.timedelta(seconds=STARTED_MAX_AGE + 60))
    recent = UsedStartToken.objects.create(digest="b" * 64, used_at=now - datetime.timedelta(hours=1))
    apply_retention(now)
    assert list(UsedStartToken.objects.values_list("digest", flat=True)) == [recent.digest]
    assert not UsedStartToken.objects.filter(pk=old.pk).exists()
