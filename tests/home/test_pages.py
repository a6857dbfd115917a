"""Every page type renders for a visitor, and editors can create each only where it belongs."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import (
    BasePage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    PrioritiesIndexPage,
    PriorityPage,
    PublicationIndexPage,
    PublicationPage,
    SafeguardingSettings,
    StandardPage,
)

DEMO_PAGES = [
    ("/", "Knowsley Safeguarding Children Board"),
    ("/priorities/", "Our priorities"),
    ("/priorities/domestic-abuse/", "Deliver the multi-agency domestic abuse action plan"),
    ("/publications/", "Child R serious case review"),
    ("/publications/child-r-serious-case-review/", "The board's response: what we have done"),
    ("/news/", "Baby Box initiative to be phased in across Merseyside"),
    ("/news/baby-box-initiative/", "phased in across Merseyside"),
    ("/mash/", "established in February 2014"),
    ("/staying-safe-online/", "It does not delete your browsing history"),
    ("/accessibility-statement/", "Enforcement procedure"),
    ("/privacy-notice/", "Reading pages sets no cookies"),
]


@pytest.mark.parametrize(("url", "text"), DEMO_PAGES)
def test_demo_page_renders(client, db, url, text):
    response = client.get(url)
    assert response.status_code == 200
    assert text in response.content.decode()


def test_every_page_type_has_a_demo_page(db):
    from django.apps import apps

    page_types = [model for model in apps.get_models() if issubclass(model, BasePage) and not model._meta.abstract]
    assert HomePage in page_types
    for model in page_types:
        assert model.objects.live().exists(), f"No live demo page of type {model.__name__}"


def test_page_models_all_build_on_base_page():
    from django.apps import apps

    for model in apps.get_app_config("home").get_models():
        if issubclass(model, Page):
            assert issubclass(model, BasePage), model


@pytest.mark.parametrize("url", [url for url, _ in DEMO_PAGES])
def test_every_page_has_the_quick_exit_and_sets_no_cookie(client, db, url):
    response = client.get(url)
    html = response.content.decode()
    assert html.count('rel="nofollow noreferrer"') >= 2  # the button and the skip link
    assert '<span class="visually-hidden">Emergency</span> Exit this page' in html
    assert 'href="https://www.bbc.co.uk/weather"' in html
    assert not response.cookies, "readers must not be given cookies"
    assert "public" in response["Cache-Control"] and "s-maxage=" in response["Cache-Control"]


def test_quick_exit_destination_comes_from_site_settings(client, site):
    contacts = SafeguardingSettings.for_site(site)
    contacts.quick_exit_url = "https://www.example.org/neutral"
    contacts.save()
    html = client.get("/").content.decode()
    assert 'href="https://www.example.org/neutral"' in html
    assert "bbc.co.uk" not in html


def test_worried_panel_shows_the_contacts_editors_set(client, site):
    contacts = SafeguardingSettings.for_site(site)
    contacts.mash_phone = "0151 000 0000"
    contacts.out_of_hours_phone = "0151 000 0001"
    contacts.save()
    contacts.text.mash_hours = "Monday to Friday, 9am to 5pm"
    contacts.text.save()
    html = client.get("/").content.decode()
    assert "Worried about a child?" in html
    assert 'href="tel:01510000000"' in html
    assert "Monday to Friday, 9am to 5pm" in html
    assert 'href="tel:01510000001"' in html
    assert 'href="tel:999"' in html
    assert 'href="tel:08001111"' in html


def test_worried_panel_hides_lines_left_blank(client, db):
    html = client.get("/").content.decode()
    assert "Knowsley MASH:" not in html  # the demo leaves the local number for staff to fill in
    assert "Out of hours:" not in html


def test_priority_page_shows_the_tracker_counts(client, db):
    html = client.get("/priorities/neglect/").content.decode()
    assert "What we have done" in html
    assert "Done: 3" in html
    assert "In progress: 3" in html
    assert "Lead agency" in html


def test_publication_offers_its_download_with_type_and_size(client, db):
    html = client.get("/publications/child-r-serious-case-review/").content.decode()
    assert "KSCB response – what we have done" in html
    assert "PDF, " in html and "KB" in html


def test_navigation_and_breadcrumbs(client, db):
    html = client.get("/priorities/domestic-abuse/").content.decode()
    assert '<nav class="main-nav" aria-label="Main">' in html
    assert 'aria-current="true">Our priorities</a>' in html
    assert '<nav class="breadcrumbs" aria-label="Breadcrumb">' in html
    assert '<li aria-current="page">Domestic abuse</li>' in html


def test_unpublished_page_is_not_served(client, db):
    page = PriorityPage.objects.get(slug="neglect", locale__language_code="en-gb")
    page.unpublish()
    assert client.get("/priorities/neglect/").status_code == 404
    assert "Neglect" not in client.get("/priorities/").content.decode()


class TestWhereEditorsCanCreatePages(WagtailPageTestCase):
    def test_home_page_only_at_the_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_priorities_live_under_their_index(self):
        self.assertAllowedSubpageTypes(PrioritiesIndexPage, {PriorityPage})
        self.assertAllowedParentPageTypes(PriorityPage, {PrioritiesIndexPage})
        self.assertCanCreateAt(HomePage, PrioritiesIndexPage)

    def test_publications_live_under_their_index(self):
        self.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage})
        self.assertAllowedParentPageTypes(PublicationPage, {PublicationIndexPage})

    def test_news_lives_under_the_news_index(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(PriorityPage, StandardPage)
