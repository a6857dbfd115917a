"""What a reader sees in each language: URLs, the switcher, hreflang, interface text and fallbacks."""

import re

import pytest
from django.utils import translation
from wagtail.models import Locale

from home.models import PriorityPage, SafeguardingSettings, StandardPage

LANGUAGE_NAMES = {"en-gb": "English", "pl": "Polski", "ro": "Română", "ar": "العربية"}


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    if nav is None:
        return []
    return re.findall(r'<a href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)"[^>]*>([^<]+)</a>', nav.group(0))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "lang", "direction", "heading"),
    [
        ("/", "en-gb", "ltr", "Knowsley Safeguarding Children Board"),
        ("/pl/", "pl", "ltr", "Rada ds. Ochrony Dzieci w Knowsley"),
        ("/ro/staying-safe-online/", "ro", "ltr", "Siguranța online"),
        ("/ar/staying-safe-online/", "ar", "rtl", "البقاء آمنًا على الإنترنت"),
        ("/ar/priorities/neglect/", "ar", "rtl", "الإهمال"),
    ],
)
def test_each_language_is_served_at_its_own_prefix_with_lang_and_dir(client, url, lang, direction, heading):
    html = html_of(client, url)
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert re.search(rf"<h1>\s*{re.escape(heading)}\s*</h1>", html)


@pytest.mark.django_db
def test_english_has_no_prefix_and_a_page_not_translated_is_not_found_in_other_languages(client):
    assert client.get("/staying-safe-online/").status_code == 200
    assert client.get("/en-gb/staying-safe-online/").status_code == 404
    assert client.get("/pl/mash/").status_code == 404


@pytest.mark.django_db
def test_switcher_links_to_the_same_page_in_each_language_in_its_own_name(client):
    links = switcher_links(html_of(client, "/pl/staying-safe-online/"))
    assert links == [
        ("/staying-safe-online/", "en-gb", "en-gb", "English"),
        ("/pl/staying-safe-online/", "pl", "pl", "Polski"),
        ("/ro/staying-safe-online/", "ro", "ro", "Română"),
        ("/ar/staying-safe-online/", "ar", "ar", "العربية"),
    ]
    assert '<a href="/pl/staying-safe-online/" lang="pl" hreflang="pl" aria-current="true">' in html_of(
        client, "/pl/staying-safe-online/"
    )


@pytest.mark.django_db
def test_switcher_lists_only_languages_the_page_exists_in(client):
    assert switcher_links(html_of(client, "/mash/")) == []
    neglect = PriorityPage.objects.get(slug="neglect", locale__language_code="en-gb")
    neglect.get_translation(Locale.objects.get(language_code="ro")).unpublish()
    languages = [lang for _url, lang, _hreflang, _name in switcher_links(html_of(client, "/priorities/neglect/"))]
    assert languages == ["en-gb", "pl", "ar"]


@pytest.mark.django_db
def test_head_names_every_translation_with_hreflang(client):
    html = html_of(client, "/ar/priorities/")
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)
    assert alternates == [
        ("en-gb", "http://127.0.0.1:8000/priorities/"),
        ("pl", "http://127.0.0.1:8000/pl/priorities/"),
        ("ro", "http://127.0.0.1:8000/ro/priorities/"),
        ("ar", "http://127.0.0.1:8000/ar/priorities/"),
    ]
    assert "hreflang" not in html_of(client, "/mash/").split("</head>")[0]


@pytest.mark.django_db
def test_interface_text_is_translated_from_the_catalogues(client):
    html = html_of(client, "/pl/")
    assert "Przejdź do treści głównej" in html  # skip link
    assert "Opuść tę stronę" in html  # quick exit
    assert "Martwisz się o dziecko?" in html  # worried panel default heading
    assert 'aria-label="Języki"' in html  # the switcher's label
    assert 'data-exit-this-page-presses-left-2="Shift: naciśnij jeszcze 2 razy, aby wyjść."' in html
    arabic = html_of(client, "/ar/priorities/neglect/")
    assert "ما أنجزناه" in arabic and "Done:" not in arabic  # tracker heading and status labels


@pytest.mark.django_db
def test_text_without_a_translation_shows_in_english(client, site):
    contacts = SafeguardingSettings.for_site(site)
    contacts.text.get_translation(Locale.objects.get(language_code="pl")).delete()
    contacts.text.worried_heading = "Concerned about a child in Knowsley?"
    contacts.text.save()
    assert "Concerned about a child in Knowsley?" in html_of(client, "/pl/")
    with translation.override("pl"):
        assert translation.gettext("A sentence no catalogue holds") == "A sentence no catalogue holds"


@pytest.mark.django_db
def test_a_segment_without_a_translation_shows_in_english_not_broken(client):
    # The demo publishes a new English action after the Polish translation: until it is
    # synchronised and translated, the Polish page keeps its last translated text intact.
    html = html_of(client, "/pl/priorities/neglect/")
    assert "Przegląd strategii przeciwdziałania zaniedbaniu" in html
    assert "{" not in re.sub(r"<script.*?</script>", "", html.split("<main", 1)[1], flags=re.S)


@pytest.mark.django_db
def test_search_finds_pages_in_the_language_being_browsed(client):
    polish = html_of(client, "/pl/search/?q=zaniedbanie")
    assert "/pl/priorities/neglect/" in polish
    english = html_of(client, "/search/?q=neglect")
    assert "/priorities/neglect/" in english and "/pl/priorities/neglect/" not in english


@pytest.mark.django_db
def test_sitemap_lists_every_translation_with_alternates(client):
    xml = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    for prefix in ("", "/pl", "/ro", "/ar"):
        assert f"http://127.0.0.1:8000{prefix}/staying-safe-online/" in locations
    assert "http://127.0.0.1:8000/mash/" in locations
    entry = re.search(r"<url><loc>http://127.0.0.1:8000/ar/priorities/neglect/</loc>.*?</url>", xml, re.S).group(0)
    assert re.findall(r'hreflang="([^"]+)"', entry) == ["en-gb", "pl", "ro", "ar"]


@pytest.mark.django_db
def test_sitemap_costs_the_same_queries_with_more_translated_pages(client, count_queries, home_page):
    def get_sitemap():
        assert client.get("/sitemap.xml").status_code == 200

    before = count_queries(get_sitemap)
    polish_home = home_page.get_translation(Locale.objects.get(language_code="pl"))
    for number in range(30):
        page = StandardPage(title=f"Strona {number}", slug=f"strona-{number}", body=[])
        polish_home.add_child(instance=page)
        page.save_revision().publish()
    assert count_queries(get_sitemap) == before
