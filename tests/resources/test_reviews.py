"""Keeping resources current: the admin report and the daily reminder email."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from resources.models import ResourcePage


@pytest.fixture
def editor(db):
    return get_user_model().objects.get(username="demo")


def test_report_lists_overdue_and_soon_due_resources_by_owner(client, editor):
    client.force_login(editor)
    response = client.get(reverse("resources_due_for_review"))
    assert response.status_code == 200
    html = response.content.decode()
    today = timezone.localdate()
    due = ResourcePage.objects.filter(next_review_due__lte=today + datetime.timedelta(days=30))
    current = ResourcePage.objects.filter(next_review_due__gt=today + datetime.timedelta(days=30)).first()
    assert due.count() >= 5
    for page in due:
        assert page.title in html
    assert current.title not in html
    assert "Overdue" in html and "Due soon" in html
    assert "pshe-lead" in html and "practice-lead" in html
    # Ordered by owner: every practice-lead resource comes before every pshe-lead one.
    assert html.rindex("practice-lead") < html.index("pshe-lead")


def test_report_is_in_the_reports_menu_and_exports(client, editor):
    client.force_login(editor)
    admin_home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("resources_due_for_review") in admin_home
    export = client.get(reverse("resources_due_for_review") + "?export=csv")
    assert export.status_code == 200
    assert "Overdue" in b"".join(export.streaming_content).decode()


def test_report_needs_an_admin_login(client, db):
    response = client.get(reverse("resources_due_for_review"))
    assert response.status_code == 302


def test_reminder_emails_each_owner_their_own_list(db):
    call_command("send_review_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"pshe-lead@kscb.example", "practice-lead@kscb.example"}
    today = timezone.localdate()
    for address, message in by_recipient.items():
        owner = get_user_model().objects.get(email=address)
        due = ResourcePage.objects.filter(content_owner=owner, next_review_due__lte=today + datetime.timedelta(days=30))
        for page in due:
            assert page.title in message.body
            assert f"/admin/pages/{page.pk}/edit/" in message.body
        others = ResourcePage.objects.exclude(content_owner=owner).filter(next_review_due__lt=today)
        assert not any(page.title in message.body for page in others)
        assert "overdue for review" in message.subject


def test_reviewing_a_resource_takes_it_off_the_list(db):
    today = timezone.localdate()
    for page in ResourcePage.objects.filter(content_owner__username="pshe-lead"):
        page.last_reviewed = today
        page.next_review_due = today + datetime.timedelta(days=365)
        page.save_revision().publish()
    call_command("send_review_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [message.to for message in mail.outbox] == [["practice-lead@kscb.example"]]


def test_edits_are_in_the_page_history(client, editor):
    page = ResourcePage.objects.get(slug="neglect-strategy")
    client.force_login(editor)
    history_url = reverse("wagtailadmin_pages:history", args=[page.pk])
    before = client.get(history_url).content.decode()
    page.summary = "Updated after the annual review."
    page.save_revision(user=editor, log_action=True).publish(user=editor)
    after = client.get(history_url).content.decode()
    # The edit adds rows (the revision saved and its publication), one more of them "Published".
    assert after.count("<tr") > before.count("<tr")
    assert after.count("Published") == before.count("Published") + 1
