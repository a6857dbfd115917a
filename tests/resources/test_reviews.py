"""Keeping resources current: the page review record every page has (upkeep), its site-wide report
(Reports → Resources due for review leads to it, filtered to the library) and its one email per owner."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import StandardPage
from resources.models import Audience, ResourcePage, ResourceType, Topic
from upkeep.models import PageReview, set_review

REPORT = "/admin/reports/overdue-and-due-soon/"


def days(number):
    return timezone.localdate() + datetime.timedelta(days=number)


@pytest.fixture
def editor(db):
    return get_user_model().objects.get(username="demo")


@pytest.fixture
def owner(db):
    return get_user_model().objects.create_user("resource-owner", "resource-owner@kscb.example", first_name="Rhian")


def send_reminders():
    call_command("send_page_review_reminders", stdout=StringIO())


def sent_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def due_resources(**filters):
    return PageReview.objects.due().filter(page__in=ResourcePage.objects.values("pk"), **filters)


def test_the_resources_report_is_the_site_wide_report_filtered_to_the_library(client, editor, library):
    client.force_login(editor)
    response = client.get(reverse("resources_due_for_review"))
    assert response.status_code == 302
    assert response["Location"] == f"{REPORT}?section={library.pk}"
    html = client.get(response["Location"]).content.decode()
    due = due_resources()
    assert due.count() >= 5
    for review in due:
        assert reverse("wagtailadmin_pages:edit", args=[review.page_id]) in html
    current = PageReview.objects.filter(page__in=library.resources().values("pk"), review_by__gt=days(30)).first()
    assert reverse("wagtailadmin_pages:edit", args=[current.page_id]) not in html
    # Only the library's pages: the demo's other overdue pages are left out.
    elsewhere = PageReview.objects.due().exclude(page__path__startswith=library.path).first()
    assert reverse("wagtailadmin_pages:edit", args=[elsewhere.page_id]) not in html
    assert "Overdue" in html and "Due soon" in html
    assert "pshe-lead" in html and "practice-lead" in html


def test_the_menu_item_stays_and_the_report_exports(client, editor, library):
    client.force_login(editor)
    admin_home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("resources_due_for_review") in admin_home
    export = client.get(f"{REPORT}?section={library.pk}&export=csv")
    assert export.status_code == 200
    body = b"".join(export.streaming_content).decode()
    assert "Overdue" in body and "pshe-lead" in body


def test_the_report_needs_an_admin_login(client, db):
    response = client.get(reverse("resources_due_for_review"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_demo_owners_get_one_email_each_listing_their_resources(db):
    send_reminders()
    for username in ("pshe-lead", "practice-lead"):
        [message] = sent_to(f"{username}@kscb.example")
        for review in due_resources(owner__username=username):
            assert f"/admin/pages/{review.page_id}/edit/" in message.body
        for review in due_resources().exclude(owner__username=username):
            assert f"/admin/pages/{review.page_id}/edit/" not in message.body
        assert "overdue for review" in message.subject


def test_reviewing_a_resource_takes_it_off_the_list(db):
    for resource in ResourcePage.objects.filter(review__owner__username="pshe-lead"):
        [review] = resource.review.all()
        set_review(resource, owner=review.owner, last_reviewed=days(0), review_by=days(365))
        resource.save_revision().publish()
    send_reminders()
    assert not sent_to("pshe-lead@kscb.example")
    assert sent_to("practice-lead@kscb.example")


def add_resource_in_the_admin(client, library, owner):
    """A resource added and published through the editor, its owner and dates in Keeping it current."""
    data = nested_form_data(
        {
            "title": "Online safety lesson",
            "slug": "online-safety-lesson",
            "summary": "A lesson on staying safe online.",
            "files": streamfield([("link", {"title": "Read it", "url": "https://example.org/", "description": ""})]),
            "body": streamfield([]),
            "review": inline_formset(
                [{"owner": owner.pk, "owner_team": "", "last_reviewed": days(-400), "review_by": days(-3)}]
            ),
            "action-publish": "publish",
        }
    )
    # The library's filters: ticked boxes, one value each (nested_form_data would number a list).
    for field, taxonomy in (("audiences", Audience), ("topics", Topic), ("resource_types", ResourceType)):
        data[field] = [taxonomy.objects.filter(locale_id=library.locale_id).first().pk]
    response = client.post(reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", library.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return ResourcePage.objects.get(slug="online-safety-lesson")


def test_a_resource_reviewed_in_the_admin_is_on_the_report_and_in_its_owners_one_email(
    admin_client, library, owner, home_page
):
    resource = add_resource_in_the_admin(admin_client, library, owner)
    review = PageReview.objects.get(page=resource)
    assert (review.owner, review.last_reviewed, review.review_by) == (owner, days(-400), days(-3))
    # Readers see the date, from the same record.
    assert f'Last reviewed: <time datetime="{days(-400):%Y-%m-%d}">' in admin_client.get(resource.url).content.decode()

    html = admin_client.get(f"{REPORT}?owner={owner.pk}").content.decode()
    # The last link to its editor is its row (the first is the publish message's Edit button).
    row = html[html.rindex(reverse("wagtailadmin_pages:edit", args=[resource.pk])) :].split("</tr>")[0]
    assert "Online safety lesson" in row and "Rhian" in row and "Overdue" in row and library.title in row

    # The owner's other page, not a resource: both in one email.
    page = StandardPage(title="Owner's guidance page", slug="owners-guidance-page", body=[])
    home_page.add_child(instance=page)
    set_review(page, owner=owner, review_by=days(10))
    page.save_revision().publish()
    send_reminders()
    [message] = sent_to("resource-owner@kscb.example")
    assert f"/admin/pages/{resource.pk}/edit/" in message.body and f"/admin/pages/{page.pk}/edit/" in message.body
    assert message.subject == "1 of your pages is overdue for review"


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
