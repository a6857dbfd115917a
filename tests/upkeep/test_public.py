"""Readers see when a page was last checked, where a date is set, in their language."""

from django.utils import translation
from wagtail.models import Page

from resources.models import ResourceLibraryPage, ResourcePage
from tests.languages.translating import translate

from .conftest import add_pages, days


def test_a_page_shows_its_last_reviewed_date(client, home_page):
    [page] = add_pages(home_page, 1, last_reviewed=days(-20), review_by=days(300))
    html = client.get(page.url).content.decode()
    assert f'Last reviewed: <time datetime="{days(-20):%Y-%m-%d}">' in html


def test_no_date_no_line(client, home_page):
    [without_review] = add_pages(home_page, 1)
    [without_date] = add_pages(home_page, 1, start=1, review_by=days(10))
    for page in (without_review, without_date):
        assert "Last reviewed" not in client.get(page.url).content.decode()


def test_a_translation_shows_the_date_in_its_language(client, home_page):
    [page] = add_pages(home_page, 1, last_reviewed=days(-20), review_by=days(300))
    polish = translate(Page.objects.get(pk=page.pk).specific, "pl")
    html = client.get(polish.url).content.decode()
    with translation.override("pl"):
        assert translation.gettext("Last reviewed:") in html
    assert f'<time datetime="{days(-20):%Y-%m-%d}">' in html


def test_a_resource_says_it_once(client, db):
    resource = ResourcePage.objects.live().filter(review__last_reviewed__isnull=False).first()
    html = client.get(resource.url).content.decode()
    assert html.count("Last reviewed:") == 1


def test_the_home_page_and_the_library_leave_it_to_the_pages_they_list(client, home_page):
    # Pages of links to other pages; they stay within their query budgets (tests/languages, tests/resources).
    library = ResourceLibraryPage.objects.live().first()
    for page in (home_page, library):
        assert "Last reviewed" not in client.get(page.url).content.decode()
