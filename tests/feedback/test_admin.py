"""Reviewers, and only reviewers, see submissions: listing, review, notes, export, dashboard and audit log."""

import csv
import datetime
import io
import zipfile

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from feedback.models import Submission, SubmissionNote

INDEX = "feedback_submission:index"


def make_submission(**fields):
    return Submission.objects.create(language="en-gb", message=fields.pop("message", "A message"), **fields)


@pytest.fixture
def submissions(db):
    return {
        "calm": make_submission(message="More youth clubs please"),
        "urgent": make_submission(message="Someone hurts me", urgent=True, matched_indicators="hurts me"),
    }


def test_reviewer_sees_urgent_first(client, reviewer, submissions):
    client.force_login(reviewer)
    html = client.get(reverse(INDEX)).content.decode()
    assert html.index(submissions["urgent"].reference) < html.index(submissions["calm"].reference)
    assert "Will be deleted on" in html


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [("urgent=true", "urgent", "calm"), ("status=closed", None, "calm"), ("language=pl", None, "urgent")],
)
def test_reviewer_filters_the_list(client, reviewer, submissions, query, shown, hidden):
    client.force_login(reviewer)
    html = client.get(reverse(INDEX) + "?" + query).content.decode()
    assert submissions[hidden].reference not in html
    if shown:
        assert submissions[shown].reference in html


def test_reviewer_changes_status_and_adds_a_note_which_are_audited(client, reviewer, submissions):
    client.force_login(reviewer)
    submission = submissions["urgent"]
    url = reverse("feedback_submission:edit", args=[submission.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert "Someone hurts me" in response.content.decode()
    response = client.post(
        url,
        {"status": "in_review", "assigned_to": reviewer.pk, "urgent": "on", "urgency_reason": "", "new_note": "Called"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    submission.refresh_from_db()
    assert submission.status == "in_review" and submission.assigned_to == reviewer
    note = SubmissionNote.objects.get(submission=submission)
    assert (note.text, note.author) == ("Called", reviewer)
    actions = set(ModelLogEntry.objects.for_instance(submission).values_list("action", "user"))
    assert {
        ("feedback.view", reviewer.pk),
        ("feedback.status_change", reviewer.pk),
        ("feedback.note", reviewer.pk),
    } <= actions
    assert "Rita Reviewer" in client.get(url).content.decode()


def test_changing_urgency_needs_a_reason(client, reviewer, submissions):
    client.force_login(reviewer)
    submission = submissions["urgent"]
    url = reverse("feedback_submission:edit", args=[submission.pk])
    response = client.post(url, {"status": "new", "urgency_reason": ""})
    assert "Say why you changed the urgency." in response.content.decode()
    client.post(url, {"status": "new", "urgency_reason": "Talked to the school: not a safeguarding concern"})
    submission.refresh_from_db()
    assert not submission.urgent
    assert ModelLogEntry.objects.for_instance(submission).filter(action="feedback.urgency_change").exists()


def test_stored_text_is_escaped_in_the_admin(client, reviewer, db):
    submission = make_submission(message='<script>alert("x")</script><b>bold</b>')
    client.force_login(reviewer)
    html = client.get(reverse("feedback_submission:edit", args=[submission.pk])).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in html


def test_a_flag_from_the_statistical_model_is_named_plainly_for_the_reviewer(client, reviewer, db):
    match = {"category": "model", "rule": "Statistical model: score 4.1 (flags at 3.0); no rule matched", "words": []}
    submission = make_submission(message="I cant go on", urgent=True, triage_matches=[match])
    client.force_login(reviewer)
    html = client.get(reverse("feedback_submission:edit", args=[submission.pk])).content.decode()
    assert "Statistical model (no rule matched)" in html
    assert "score 4.1" in html


def test_export_is_audited_and_safe_against_formula_injection(client, reviewer, db):
    dangerous = make_submission(message='=HYPERLINK("http://evil.example","click")')
    make_submission(message="+44 is not a sum", urgent=True)
    client.force_login(reviewer)
    response = client.get(reverse(INDEX) + "?export=csv")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    messages = {row["Message"] for row in rows}
    assert '\'=HYPERLINK("http://evil.example","click")' in messages
    assert "'+44 is not a sum" in messages
    assert not any(value.startswith(("=", "+", "-", "@")) for row in rows for value in row.values())
    assert ModelLogEntry.objects.for_instance(dangerous).filter(action="feedback.export", user=reviewer).exists()


def test_export_follows_the_filters(client, reviewer, submissions):
    client.force_login(reviewer)
    response = client.get(reverse(INDEX) + "?urgent=true&export=csv")
    body = b"".join(response.streaming_content).decode()
    assert "Someone hurts me" in body and "More youth clubs" not in body


def test_dashboard_shows_reviewers_new_and_urgent_counts(client, reviewer, editor, submissions):
    client.force_login(reviewer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 urgent</a> (not closed) and" in html and "2 new</a>" in html
    client.force_login(editor)
    assert "Children&#x27;s voice" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_nobody_adds_a_submission_by_hand(client, admin_user, db):
    client.force_login(admin_user)
    response = client.get(reverse("feedback_submission:add"))
    # Wagtail answers a refused admin view by sending the user back to the dashboard.
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))


def submission_urls(submission):
    pk = submission.pk
    return [
        reverse(INDEX),
        reverse(INDEX) + "?export=csv",
        reverse(INDEX) + "?export=xlsx",
        reverse("feedback_submission:index_results"),
        reverse("feedback_submission:edit", args=[pk]),
        reverse("feedback_submission:history", args=[pk]),
        reverse("feedback_submission:delete", args=[pk]),
        reverse("feedback_submission:usage", args=[pk]),
    ]


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_cannot_reach_any_submission(client, request, reviewer, submissions, role):
    log(instance=submissions["urgent"], action="feedback.view", user=reviewer)
    user = request.getfixturevalue(role)
    client.force_login(user)
    for url in submission_urls(submissions["urgent"]):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert "Someone hurts me" not in response.content.decode()
        if response.status_code == 302:
            assert response["Location"] == reverse("wagtailadmin_home"), url
    # Nor in the menu, the dashboard, the admin search or the site history.
    searches = [reverse("wagtailadmin_pages:search") + "?q=hurts", reverse("wagtailadmin_reports:site_history")]
    for url in [reverse("wagtailadmin_home"), *searches]:
        html = client.get(url).content.decode()
        assert "Someone hurts me" not in html
        assert submissions["urgent"].reference not in html
        assert reverse(INDEX) not in html


def test_editor_cannot_edit_the_safeguarding_phrases(client, editor):
    client.force_login(editor)
    response = client.get(reverse("wagtailsnippets_feedback_safeguardingindicator:list"))
    assert response.status_code in (302, 403)


def test_listing_shows_how_long_each_message_has_waited_oldest_unread_urgent_first(client, reviewer, db):
    now = timezone.now()

    def sent(hours, **fields):
        return make_submission(created_at=now - datetime.timedelta(hours=hours), **fields)

    newer_urgent = sent(1, urgent=True)
    older_urgent = sent(5, urgent=True)
    read_urgent = sent(9, urgent=True, status="in_review")
    calm = sent(30)
    client.force_login(reviewer)
    html = client.get(reverse(INDEX)).content.decode()
    positions = [html.index(s.reference) for s in (older_urgent, newer_urgent, calm, read_urgent)]
    assert positions == sorted(positions)
    assert "Waiting" in html
    assert "5\xa0hours" in html and "1\xa0day, 6\xa0hours" in html


def test_responded_needs_how_and_when_the_reply_was_made_and_a_note(client, reviewer, submissions):
    client.force_login(reviewer)
    submission = submissions["urgent"]
    url = reverse("feedback_submission:edit", args=[submission.pk])
    base = {"status": "responded", "urgent": "on", "urgency_reason": ""}
    html = client.post(url, base).content.decode()
    for error in ("Say how the reply was made.", "Say when the reply was made.", "Add a note of the reply"):
        assert error in html
    submission.refresh_from_db()
    assert submission.status == "new"

    response = client.post(
        url,
        {**base, "reply_method": "phone", "replied_at": "2026-01-05T16:30", "new_note": "Agreed a school visit"},
    )
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "responded"
    note = SubmissionNote.objects.get(submission=submission)
    assert note.text == "Reply made: Phone call, 05 Jan 2026 16:30.\nAgreed a school visit"
    entry = ModelLogEntry.objects.for_instance(submission).get(action="feedback.responded")
    assert entry.data["method"] == "phone" and entry.user == reviewer


def test_closing_a_case_starts_its_retention_clock(client, reviewer, submissions):
    client.force_login(reviewer)
    submission = submissions["calm"]
    url = reverse("feedback_submission:edit", args=[submission.pk])
    client.post(url, {"status": "closed", "urgency_reason": ""})
    submission.refresh_from_db()
    assert submission.status == "closed" and submission.closed_at is not None
    client.post(url, {"status": "in_review", "urgency_reason": ""})
    submission.refresh_from_db()
    assert submission.closed_at is None


def test_xlsx_export_has_no_formula_cell(client, reviewer, db):
    make_submission(message='=HYPERLINK("http://evil.example","click")')
    make_submission(message="=1+1", urgent=True)
    client.force_login(reviewer)
    response = client.get(reverse(INDEX) + "?export=xlsx")
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    cells = [cell for row in workbook.active.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert "=1+1" in [cell.value for cell in cells]
    # Written as inline strings, not as formulas Excel would evaluate.
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and 't="inlineStr"' in sheet
