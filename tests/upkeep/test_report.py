"""Reports → Overdue and due soon: filterable by owner, team and section, at a cost that does not grow."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from resources.models import ResourcePage
from upkeep.models import PageReview

from .conftest import add_pages, days

REPORT = "/admin/reports/overdue-and-due-soon/"


@pytest.fixture
def owner(db):
    return get_user_model().objects.create_user("upkeep-owner", "upkeep-owner@kscb.example", first_name="Olu")


def test_the_report_lists_overdue_and_soon_due_pages_with_links_to_edit_them(admin_client, section, owner):
    overdue = add_pages(section, 1, owner=owner, review_by=days(-10))[0]
    soon = add_pages(section, 1, start=1, owner=owner, review_by=days(20))[0]
    later = add_pages(section, 1, start=2, owner=owner, review_by=days(90))[0]
    response = admin_client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    for page in (overdue, soon):
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[later.pk]) not in html
    row = html[html.index(reverse("wagtailadmin_pages:edit", args=[overdue.pk])) :].split("</tr>")[0]
    assert "Upkeep section" in row and "Olu" in row and "Overdue" in row
    # Resources are on it too (their review record is the same); the demo has some overdue.
    resource = PageReview.objects.due().filter(page__in=ResourcePage.objects.values("pk")).first()
    assert reverse("wagtailadmin_pages:edit", args=[resource.page_id]) in html


def test_the_report_filters_by_owner_team_and_section(admin_client, home_page, section, owner):
    team = Group.objects.create(name="Upkeep team")
    mine = add_pages(section, 1, owner=owner, review_by=days(-1))[0]
    theirs = add_pages(home_page, 1, start=1, owner_team=team, review_by=days(-1))[0]
    mine_url, theirs_url = (reverse("wagtailadmin_pages:edit", args=[page.pk]) for page in (mine, theirs))

    by_owner = admin_client.get(f"{REPORT}?owner={owner.pk}").content.decode()
    assert mine_url in by_owner and theirs_url not in by_owner
    by_team = admin_client.get(f"{REPORT}?owner_team={team.pk}").content.decode()
    assert theirs_url in by_team and mine_url not in by_team
    by_section = admin_client.get(f"{REPORT}?section={section.pk}").content.decode()
    resource = PageReview.objects.due().filter(page__in=ResourcePage.objects.values("pk")).first()
    resource_url = reverse("wagtailadmin_pages:edit", args=[resource.page_id])
    assert mine_url in by_section and theirs_url not in by_section and resource_url not in by_section


def test_the_report_exports_a_spreadsheet(admin_client, section, owner):
    add_pages(section, 1, owner=owner, review_by=days(-3))
    response = admin_client.get(REPORT + "?export=csv")
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert body.splitlines()[0] == "Page,Section,Owner,Status,Review by,Last reviewed"
    assert "Upkeep page 0,Upkeep section,Olu,Overdue" in body


def test_the_report_costs_the_same_queries_as_pages_grow(admin_client, home_page, section, owner, count_queries):
    def get(url):
        assert admin_client.get(url).status_code == 200

    team = Group.objects.create(name="Upkeep team")
    add_pages(section, 2, owner=owner, review_by=days(-1))
    add_pages(home_page, 2, start=2, owner_team=team, review_by=days(3))
    small = count_queries.warm(get, REPORT)
    small_filtered = count_queries.warm(get, f"{REPORT}?section={section.pk}&owner={owner.pk}")

    add_pages(section, 15, start=4, owner=owner, review_by=days(-1))
    add_pages(home_page, 15, start=19, owner_team=team, review_by=days(3))
    assert PageReview.objects.due().count() > 40
    assert count_queries.warm(get, REPORT) == small
    assert count_queries.warm(get, f"{REPORT}?section={section.pk}&owner={owner.pk}") == small_filtered


def test_readers_cannot_open_the_report(client, db):
    response = client.get(REPORT)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_report_is_in_the_reports_menu(admin_client):
    assert REPORT in admin_client.get(reverse("wagtailadmin_home")).content.decode()
