"""Reports → Broken links: links on live pages to a page that was unpublished or deleted, or a
document that was deleted, each naming who can fix it, at a cost that does not grow."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model

from home.models import StandardPage
from upkeep.links import broken_links
from upkeep.models import ExternalLink, LostLink, set_review

from .conftest import add_pages, days

REPORT = "/admin/reports/broken-links/"


@pytest.fixture
def owner(db):
    return get_user_model().objects.create_user("links-owner", "links-owner@kscb.example", first_name="Ada")


@pytest.fixture
def document(db):
    document = get_document_model()(title="Links test leaflet")
    document.file.save("links-test-leaflet.txt", ContentFile(b"illustrative"), save=False)
    document.save()
    return document


def publish_linking_page(parent, number, target, document=None, owner=None):
    """A live page whose text links to `target` (rich text, by id) and to `document` (a download block)."""
    body = [("paragraph", f'<p>See <a linktype="page" id="{target.pk}">the other page</a>.</p>')]
    if document is not None:
        body.append(("document", {"document": document, "title": "", "description": ""}))
    page = StandardPage(title=f"Linking page {number}", slug=f"linking-page-{number}", body=body)
    parent.add_child(instance=page)
    if owner is not None:
        set_review(page, owner=owner, review_by=days(100))
    page.save_revision().publish()
    return page


def rows(html):
    return html.split("<tbody>")[1].split("</tbody>")[0] if "<tbody>" in html else ""


def row_for(html, page):
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return html[html.index(edit) :].split("</tr>")[0]


def test_a_link_to_an_unpublished_page_is_listed_with_the_pages_owner(
    admin_client, home_page, owner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        target = add_pages(home_page, 1)[0]
        linking = publish_linking_page(home_page, 1, target, owner=owner)
    edit = reverse("wagtailadmin_pages:edit", args=[linking.pk])
    assert edit not in admin_client.get(REPORT).content.decode()

    target.unpublish()
    html = admin_client.get(REPORT).content.decode()
    row = row_for(html, linking)
    assert "Linking page 1" in row and "Upkeep page 0" in row and "Unpublished" in row and "Ada (owner)" in row

    target.save_revision().publish()
    assert edit not in admin_client.get(REPORT).content.decode()


def test_links_to_a_deleted_page_and_document_are_listed_until_the_page_is_published_again(
    admin_client, home_page, document, admin_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        target = add_pages(home_page, 1)[0]
        linking = publish_linking_page(home_page, 2, target, document=document)
        linking.save_revision(user=admin_user).publish()
    with django_capture_on_commit_callbacks(execute=True):
        target.delete()
        document.delete()
    assert LostLink.objects.filter(page=linking).count() == 2

    html = admin_client.get(REPORT).content.decode()
    body = rows(html)
    assert body.count(reverse("wagtailadmin_pages:edit", args=[linking.pk])) == 2
    assert "Upkeep page 0" in body and "Links test leaflet" in body and "Deleted" in body
    # No owner named on the page: whoever last edited it can fix it.
    assert "(last edited)" in row_for(html, linking)

    # The editor takes the links out and publishes: the report is clear.
    linking.body = []
    with django_capture_on_commit_callbacks(execute=True):
        linking.save_revision().publish()
    assert reverse("wagtailadmin_pages:edit", args=[linking.pk]) not in admin_client.get(REPORT).content.decode()


def test_a_moved_page_keeps_its_links(admin_client, home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        section, target = add_pages(home_page, 2)
        linking = publish_linking_page(home_page, 3, target)
    target.move(section, pos="last-child")
    assert reverse("wagtailadmin_pages:edit", args=[linking.pk]) not in admin_client.get(REPORT).content.decode()


def test_deleting_a_section_notes_only_the_pages_left_behind(home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        section = add_pages(home_page, 1)[0]
        inside = add_pages(section, 1, start=1)[0]
        linking_inside = publish_linking_page(section, 4, inside)
        linking_outside = publish_linking_page(home_page, 5, inside)
    with django_capture_on_commit_callbacks(execute=True):
        section.delete()
    assert list(LostLink.objects.values_list("page_id", flat=True)) == [linking_outside.pk]
    assert linking_inside.pk not in {link.page_id for link in broken_links()}


def test_external_links_found_broken_are_listed_and_only_mine_filters(admin_client, home_page, owner, admin_user):
    mine = add_pages(home_page, 1, owner=admin_user, review_by=days(10))[0]
    theirs = add_pages(home_page, 1, start=1, owner=owner, review_by=days(10))[0]
    for page in (mine, theirs):
        ExternalLink.objects.create(
            page=page, url="https://gone.example/", works=False, outcome="Not found (404)", checked_at=timezone.now()
        )
    ExternalLink.objects.create(
        page=mine, url="https://fine.example/", works=True, outcome="Works (200)", checked_at=timezone.now()
    )
    html = admin_client.get(REPORT).content.decode()
    assert "https://gone.example/" in row_for(html, mine) and "Not found (404)" in row_for(html, mine)
    assert "https://fine.example/" not in html
    only_mine = admin_client.get(REPORT + "?mine=true").content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[mine.pk]) in only_mine
    assert reverse("wagtailadmin_pages:edit", args=[theirs.pk]) not in only_mine


def test_the_report_exports_a_spreadsheet(admin_client, home_page, owner):
    page = add_pages(home_page, 1, owner=owner, review_by=days(10))[0]
    ExternalLink.objects.create(
        page=page, url="https://gone.example/", works=False, outcome="Not found (404)", checked_at=timezone.now()
    )
    response = admin_client.get(REPORT + "?export=csv")
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert body.splitlines()[0] == "Page,Link to,Linked item,Problem,Who can fix it"
    assert "Upkeep page 0,Other website,https://gone.example/,Not found (404),Ada (owner)" in body


def test_the_report_costs_the_same_queries_as_pages_grow(
    admin_client, home_page, owner, document, count_queries, django_capture_on_commit_callbacks
):
    def get(url):
        assert admin_client.get(url).status_code == 200

    def add_broken(start, count):
        with django_capture_on_commit_callbacks(execute=True):
            targets = add_pages(home_page, count, start=start)
            linking = [
                publish_linking_page(home_page, number, target, owner=owner if number % 2 else None)
                for number, target in enumerate(targets, start=start)
            ]
        for target in targets:
            target.unpublish()
        for number, page in enumerate(linking, start=start):
            ExternalLink.objects.create(
                page=page,
                url=f"https://gone.example/{number}",
                works=False,
                outcome="Not found (404)",
                checked_at=timezone.now(),
            )

    add_broken(0, 2)
    small = count_queries.warm(get, REPORT)
    small_mine = count_queries.warm(get, REPORT + "?mine=true")
    add_broken(10, 20)
    assert len(broken_links()) >= 40
    assert count_queries.warm(get, REPORT) == small
    assert count_queries.warm(get, REPORT + "?mine=true") == small_mine


def test_readers_cannot_open_the_report(client, db):
    response = client.get(REPORT)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_report_is_in_the_reports_menu(admin_client):
    assert REPORT in admin_client.get(reverse("wagtailadmin_home")).content.decode()


def dashboard_panel(html):
    start = html.index('id="broken-links-on-your-pages-section"')
    return html[start : start + 4000]


def test_the_dashboard_shows_broken_links_on_your_pages_only_when_there_are_some(
    admin_client, home_page, admin_user, owner, count_queries
):
    assert 'id="broken-links-on-your-pages-section"' not in admin_client.get("/admin/").content.decode()
    mine = add_pages(home_page, 1, owner=admin_user, review_by=days(10))[0]
    theirs = add_pages(home_page, 1, start=1, owner=owner, review_by=days(10))[0]
    for page in (mine, theirs):
        ExternalLink.objects.create(
            page=page, url="https://gone.example/", works=False, outcome="Not found (404)", checked_at=timezone.now()
        )
    html = dashboard_panel(admin_client.get("/admin/").content.decode())
    assert "Broken links on your pages" in html and "1 link on your pages leads nowhere" in html
    assert reverse("wagtailadmin_pages:edit", args=[mine.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[theirs.pk]) not in html


def test_the_dashboard_costs_the_same_queries_as_broken_links_grow(admin_client, home_page, admin_user, count_queries):
    def get():
        assert admin_client.get("/admin/").status_code == 200

    def add_broken(start, count):
        # Not due for review: only this panel's list grows (the review panel adds its count past ten).
        for page in add_pages(home_page, count, start=start, owner=admin_user, review_by=days(100)):
            ExternalLink.objects.create(
                page=page,
                url="https://gone.example/",
                works=False,
                outcome="Not found (404)",
                checked_at=timezone.now(),
            )

    add_broken(0, 2)
    small = count_queries.warm(get)
    add_broken(2, 20)
    assert count_queries.warm(get) == small
