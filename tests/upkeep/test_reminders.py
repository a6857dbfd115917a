"""One reminder per owner listing all their pages due for review: never one email per page."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page

from resources.models import ResourcePage
from tests.languages.translating import translate
from upkeep.models import PageReview
from upkeep.tasks import send_page_review_reminders

from .conftest import add_pages, days


@pytest.fixture
def owner(db):
    return get_user_model().objects.create_user("upkeep-owner", "upkeep-owner@kscb.example")


def sent_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def test_each_owner_gets_one_email_listing_all_their_pages(home_page, owner):
    overdue = add_pages(home_page, 3, owner=owner, review_by=days(-5))
    soon = add_pages(home_page, 2, start=3, owner=owner, review_by=days(10))
    later = add_pages(home_page, 1, start=5, owner=owner, review_by=days(120))
    call_command("send_page_review_reminders", stdout=StringIO())
    [message] = sent_to("upkeep-owner@kscb.example")
    assert message.subject == "3 of your pages are overdue for review"
    for page in overdue + soon:
        assert page.title in message.body and f"/admin/pages/{page.pk}/edit/" in message.body
    assert later[0].title not in message.body
    assert "/admin/reports/overdue-and-due-soon/" in message.body
    # Every owner gets one email, whatever the number of their pages.
    recipients = [message.to[0] for message in mail.outbox]
    assert len(recipients) == len(set(recipients))


def test_a_team_page_goes_to_each_member_with_their_own_pages(home_page, owner):
    team = Group.objects.create(name="Upkeep team")
    colleague = get_user_model().objects.create_user("upkeep-colleague", "upkeep-colleague@kscb.example")
    left = get_user_model().objects.create_user("upkeep-left", "upkeep-left@kscb.example", is_active=False)
    for user in (owner, colleague, left):
        user.groups.add(team)
    [team_page] = add_pages(home_page, 1, owner_team=team, review_by=days(7))
    [own_page] = add_pages(home_page, 1, start=1, owner=owner, review_by=days(7))
    # A page with a named owner goes to that person only, even with a team set.
    [named] = add_pages(home_page, 1, start=2, owner=colleague, owner_team=team, review_by=days(7))
    call_command("send_page_review_reminders", stdout=StringIO())
    [to_owner] = sent_to("upkeep-owner@kscb.example")
    [to_colleague] = sent_to("upkeep-colleague@kscb.example")
    assert not sent_to("upkeep-left@kscb.example")
    assert team_page.title in to_owner.body and own_page.title in to_owner.body and named.title not in to_owner.body
    assert team_page.title in to_colleague.body and named.title in to_colleague.body
    assert own_page.title not in to_colleague.body
    assert to_owner.subject == "2 of your pages are due for review soon"


def test_a_failed_send_is_logged_and_the_others_still_go(home_page, owner, monkeypatch, caplog):
    other = get_user_model().objects.create_user("upkeep-other", "upkeep-other@kscb.example")
    add_pages(home_page, 1, owner=owner, review_by=days(-1))
    add_pages(home_page, 1, start=1, owner=other, review_by=days(-1))
    from django.core.mail import EmailMessage

    real_send = EmailMessage.send

    def send(message, fail_silently=False):
        if message.to == ["upkeep-owner@kscb.example"]:
            raise ConnectionRefusedError("mail server down")
        return real_send(message, fail_silently)

    monkeypatch.setattr(EmailMessage, "send", send)
    with pytest.raises(CommandError, match="1 review reminder"):
        call_command("send_page_review_reminders", stdout=StringIO())
    assert sent_to("upkeep-other@kscb.example") and not sent_to("upkeep-owner@kscb.example")
    assert "Review reminder to user" in caplog.text


def test_the_worker_sends_the_same_reminders(home_page, owner):
    add_pages(home_page, 2, owner=owner, review_by=days(-1))
    with override_settings(TASKS={"alerts": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}):
        result = send_page_review_reminders.enqueue()
    assert result.return_value["failed"] == 0 and len(sent_to("upkeep-owner@kscb.example")) == 1
    mail.outbox.clear()
    call_command("send_page_review_reminders", "--enqueue", stdout=StringIO())
    assert len(sent_to("upkeep-owner@kscb.example")) == 1


def test_a_translated_page_is_reminded_once(home_page, owner):
    [page] = add_pages(home_page, 1, owner=owner, review_by=days(-1))
    polish = translate(Page.objects.get(pk=page.pk).specific, "pl")
    assert PageReview.objects.filter(page__translation_key=page.translation_key).count() == 2
    call_command("send_page_review_reminders", stdout=StringIO())
    [message] = sent_to("upkeep-owner@kscb.example")
    assert f"/admin/pages/{page.pk}/edit/" in message.body and f"/admin/pages/{polish.pk}/" not in message.body
    # With the English page unpublished, the Polish one is still looked after.
    page.unpublish()
    mail.outbox.clear()
    call_command("send_page_review_reminders", stdout=StringIO())
    [message] = sent_to("upkeep-owner@kscb.example")
    assert f"/admin/pages/{polish.pk}/edit/" in message.body and f"/admin/pages/{page.pk}/" not in message.body


def test_a_resource_owner_gets_one_email_with_their_resources_and_other_pages(home_page, db):
    practice_lead = get_user_model().objects.get(username="practice-lead")
    [page] = add_pages(home_page, 1, owner=practice_lead, review_by=days(-1))
    resources = PageReview.objects.due().filter(owner=practice_lead, page__in=ResourcePage.objects.values("pk"))
    assert resources.exists()
    call_command("send_page_review_reminders", stdout=StringIO())
    [message] = sent_to("practice-lead@kscb.example")
    for review in [*resources, PageReview.objects.get(page=page)]:
        assert f"/admin/pages/{review.page_id}/edit/" in message.body
    # The resources' own reminder command is gone: one mechanism, one email.
    with pytest.raises(CommandError):
        call_command("send_review_reminders", stdout=StringIO())
