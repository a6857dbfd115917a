"""The dashboard panel "Your pages due for review": the signed-in person's pages, in two queries."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.staff import make_user

from .conftest import add_pages, days

DASHBOARD = "/admin/"


@pytest.fixture
def editor(db):
    return make_user("upkeep-editor", "Editors")


def panel(html):
    start = html.index('id="your-pages-due-section"')
    return html[start : start + 4000]


def test_the_panel_lists_the_editors_own_and_team_pages(client, home_page, editor):
    team = Group.objects.create(name="Upkeep team")
    editor.groups.add(team)
    [own] = add_pages(home_page, 1, owner=editor, review_by=days(-2))
    [teams] = add_pages(home_page, 1, start=1, owner_team=team, review_by=days(12))
    [someone_elses] = add_pages(home_page, 1, start=2, owner=make_user("upkeep-other"), review_by=days(-2))
    [later] = add_pages(home_page, 1, start=3, owner=editor, review_by=days(200))
    client.force_login(editor)
    html = panel(client.get(DASHBOARD).content.decode())
    assert "Your pages due for review" in html and "2 of your pages are overdue or due" in html
    for page in (own, teams):
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    for page in (someone_elses, later):
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) not in html
    assert "overdue, review by" in html and "due soon, review by" in html


def test_the_panel_says_when_nothing_is_due(client, editor):
    client.force_login(editor)
    assert "None of your pages is due for review" in panel(client.get(DASHBOARD).content.decode())


def test_the_panel_costs_the_same_however_many_pages_are_due(client, home_page, editor, count_queries):
    def get():
        assert client.get(DASHBOARD).status_code == 200

    client.force_login(editor)
    # Up to ten pages: one query; more: a second counts them all.
    pages = add_pages(home_page, 11, owner=editor, review_by=days(-2))
    small = count_queries.warm(get)
    pages += add_pages(home_page, 20, start=11, owner=editor, review_by=days(-2))
    assert count_queries.warm(get) == small
    html = panel(client.get(DASHBOARD).content.decode())
    assert "31 of your pages are overdue" in html and "See all 31" in html
    report = client.get(reverse("upkeep_due_for_review") + "?mine=true").content.decode()
    assert all(reverse("wagtailadmin_pages:edit", args=[page.pk]) in report for page in pages)
    assert "pshe-lead" not in report.split("<tbody")[1]
