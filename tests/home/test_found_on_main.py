"""What a new user found missing on main (issue 18): a search box on every page, a home page title
that does not repeat itself, a demo Site record at the address `make run` serves, and links that
fall back to English saying so on translated pages."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page, Site

from home.site_address import parse_site_address, set_default_site_address

SITE_NAME = "Knowsley Safeguarding Children Board"


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


# Search in the header.


@pytest.mark.parametrize("url", ["/", "/priorities/neglect/", "/news/", "/ar/", "/pl/staying-safe-online/"])
def test_every_page_has_a_labelled_search_form_in_its_header(client, db, url):
    header = soup_of(client, url).find("header", class_="site-header")
    form = header.find("form", attrs={"role": "search"})
    assert form is not None, url
    assert form["method"] == "get"
    prefix = re.match(r"^/(ar|pl|ro)/", url)
    assert form["action"] == (f"/{prefix.group(1)}/search/" if prefix else "/search/")
    search_box = form.find("input", attrs={"name": "q"})
    label = form.find("label", attrs={"for": search_box["id"]})
    assert label is not None and label.get_text(strip=True)
    assert form.find("button", attrs={"type": "submit"}).get_text(strip=True)
    # A plain GET form: no token, nothing personal, so the page stays the same for everyone.
    assert not form.find("input", attrs={"name": "csrfmiddlewaretoken"})


def test_the_header_search_is_in_the_readers_language(client, db):
    form = soup_of(client, "/ar/").find("header").find("form", attrs={"role": "search"})
    assert form.find("label").get_text(strip=True) == "ابحث في هذا الموقع"


def test_the_header_search_finds_pages(client, db):
    soup = soup_of(client, "/search/?q=neglect")
    assert soup.find("a", string="Neglect") is not None


def test_pages_with_the_header_search_stay_public_and_set_no_cookie(client, db):
    response = client.get("/news/")
    assert "public" in response["Cache-Control"]
    assert not response.cookies


# Titles.


def titles_of(client, url):
    return soup_of(client, url).title.get_text()


def test_the_home_page_title_says_the_board_name_once(client, db):
    assert titles_of(client, "/") == SITE_NAME


def test_the_translated_home_page_title_says_the_board_name_once(client, db):
    title = titles_of(client, "/pl/")
    assert title == "Rada ds. Ochrony Dzieci w Knowsley"


def test_every_page_type_has_a_title_then_the_board_name_once(client, db):
    first_of_each_type = {}
    for page in Page.objects.live().public().filter(locale__language_code="en-gb", depth__gte=2).order_by("path"):
        first_of_each_type.setdefault(page.content_type_id, page)
    assert len(first_of_each_type) >= 8
    for page in first_of_each_type.values():
        title = titles_of(client, page.url)
        if page.depth == 2:
            assert title == SITE_NAME
            continue
        assert title.count(SITE_NAME) == 1, (page.url, title)
        assert title == f"{page.seo_title or page.title} – {SITE_NAME}", page.url


@pytest.mark.parametrize("url", ["/search/?q=neglect", "/no-such-page/"])
def test_other_views_say_the_board_name_once(client, db, url):
    response = client.get(url)
    title = BeautifulSoup(response.content, "html.parser").title.get_text()
    assert title.count(SITE_NAME) == 1 and title.endswith(f" – {SITE_NAME}")


# The demo Site record.


def test_the_demo_site_is_where_make_run_serves(db):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)


def test_hreflang_alternates_point_at_the_served_address(client, db):
    links = soup_of(client, "/priorities/").find_all("link", rel="alternate", hreflang=True)
    assert {link["href"] for link in links} >= {
        "http://127.0.0.1:8000/priorities/",
        "http://127.0.0.1:8000/ar/priorities/",
    }


def test_the_demo_loader_takes_the_address_make_run_serves_and_is_safe_twice(db):
    for _ in range(2):
        call_command("load_demo", "--address", "http://127.0.0.1:8123", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Site.objects.count() == 1
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)


def test_the_makefile_passes_its_host_and_port_to_the_demo_loader():
    from django.conf import settings

    makefile = (settings.BASE_DIR / "Makefile").read_text()
    assert "load_demo --address http://$(HOST):$(PORT)" in makefile


@override_settings(WAGTAILADMIN_BASE_URL="https://kscb.example.org")
def test_production_sets_the_site_address_from_configuration(db):
    call_command("set_site_address", stdout=open("/dev/null", "w"))  # noqa: SIM115
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("kscb.example.org", 443)
    assert set_default_site_address("https://kscb.example.org") is False  # twice changes nothing


def test_a_site_address_without_a_host_is_refused():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        parse_site_address("kscb.example.org")
    assert parse_site_address("http://localhost") == ("localhost", 80)


# Links that fall back to English.


def nav_link(soup, text):
    nav = soup.find("nav", class_="main-nav")
    return next(link for link in nav.find_all("a") if link.get_text(" ", strip=True).startswith(text))


@pytest.mark.parametrize(("prefix", "in_english"), [("/ar/", "(بالإنجليزية)"), ("/pl/", "(po angielsku)")])
def test_menu_links_to_english_pages_say_so_on_translated_pages(client, db, prefix, in_english):
    soup = soup_of(client, prefix)
    publications = nav_link(soup, "Publications")
    assert publications["lang"] == "en" and publications["hreflang"] == "en"
    note = publications.find("span", class_="link-language")
    assert note.get_text() == in_english and note["lang"] == prefix.strip("/")
    # A translated menu page is in the reader's language: nothing to say.
    translated = soup.find("nav", class_="main-nav").find("a", href=f"{prefix}priorities/")
    assert not translated.has_attr("lang") and not translated.has_attr("hreflang")
    assert translated.find("span", class_="link-language") is None


@pytest.mark.parametrize(("prefix", "in_english"), [("/ar/", "(بالإنجليزية)"), ("/pl/", "(po angielsku)")])
def test_footer_links_to_english_pages_say_so(client, db, prefix, in_english):
    footer = soup_of(client, prefix).find("footer")
    links = {link["href"]: link for link in footer.find("nav").find_all("a")}
    english = links["/accessibility-statement/"]
    assert english["hreflang"] == "en" and english["lang"] == "en"
    assert english.find("span", class_="link-language").get_text() == in_english
    translated = links[f"{prefix}staying-safe-online/"]
    assert not translated.has_attr("hreflang")


def test_listing_cards_of_english_pages_say_so(client, db):
    soup = soup_of(client, "/ar/")
    updates = soup.find("section", attrs={"aria-labelledby": "updates-heading"})
    card_link = updates.find("a")
    assert card_link["lang"] == "en" and card_link["hreflang"] == "en"
    assert card_link.find("span", class_="link-language").get_text() == "(بالإنجليزية)"


def test_english_pages_mark_no_link_as_another_language(client, db):
    soup = soup_of(client, "/")
    assert soup.find("span", class_="link-language") is None
    assert not soup.find("nav", class_="main-nav").find("a", hreflang=True)
