"""The safeguarding contacts' words are translated per language; the numbers stay shared."""

import re

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from home.models import SafeguardingSettings, SafeguardingText
from kscb_site import page_cache as cache

pytestmark = pytest.mark.django_db


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def footer_heading(html):
    return re.search(r'<h2 id="worried-heading-footer"[^>]*>([^<]*)</h2>', html).group(1)


@pytest.fixture
def contacts(site):
    return SafeguardingSettings.for_site(site)


def text_in(contacts, language_code):
    return SafeguardingText.objects.get(
        translation_key=contacts.text.translation_key, locale__language_code=language_code
    )


def test_an_editors_words_show_in_each_language_from_its_translation(client, contacts):
    english = contacts.text
    english.worried_heading = "Worried about a child in Knowsley?"
    english.save()
    polish = text_in(contacts, "pl")
    polish.worried_heading = "Martwisz się o dziecko w Knowsley?"
    polish.save()
    assert footer_heading(html_of(client, "/")) == "Worried about a child in Knowsley?"
    assert footer_heading(html_of(client, "/pl/")) == "Martwisz się o dziecko w Knowsley?"
    assert footer_heading(html_of(client, "/ar/")) == "هل أنت قلق على طفل؟"


def test_words_not_translated_show_in_english(client, contacts):
    text_in(contacts, "ro").delete()
    contacts.text.worried_text = "Call us if something feels wrong at home."
    contacts.text.save()
    html = html_of(client, "/ro/")
    assert '<html lang="ro" dir="ltr">' in html
    assert "Call us if something feels wrong at home." in html


def test_numbers_are_shared_and_the_hours_translated(client, contacts):
    contacts.mash_phone = "0151 443 2600"
    contacts.save()
    contacts.text.mash_hours = "Monday to Friday, 9am to 5pm"
    contacts.text.save()
    polish = text_in(contacts, "pl")
    polish.mash_hours = "od poniedziałku do piątku, 9:00–17:00"
    polish.save()
    english, translated = html_of(client, "/"), html_of(client, "/pl/")
    assert 'href="tel:01514432600"' in english and 'href="tel:01514432600"' in translated
    assert "(Monday to Friday, 9am to 5pm)" in english
    assert "(od poniedziałku do piątku, 9:00–17:00)" in translated and "Monday to Friday" not in translated


def test_the_demo_translates_the_words_through_wagtail_localize(contacts):
    text = contacts.text
    assert text.locale.language_code == "en-gb"
    source = TranslationSource.objects.get(object_id=text.translation_key, locale=text.locale)
    languages = set(Translation.objects.filter(source=source).values_list("target_locale__language_code", flat=True))
    assert languages == {"pl", "ro", "ar"}
    assert text_in(contacts, "ar").worried_heading == "هل أنت قلق على طفل؟"
    assert len(text_in(contacts, "pl").footer_links) == 3


def test_a_site_without_words_yet_shows_the_catalogue_defaults(client, contacts):
    contacts.text = None
    contacts.save()
    assert footer_heading(html_of(client, "/pl/")) == "Martwisz się o dziecko?"
    assert footer_heading(html_of(client, "/")) == "Worried about a child?"


def test_changing_the_words_in_any_language_refreshes_cached_pages(contacts):
    before = cache.current_generation()
    polish = text_in(contacts, "pl")
    polish.worried_heading = "Nowy nagłówek"
    polish.save()
    assert cache.current_generation() != before


def test_translators_see_every_reader_facing_field():
    declared = {field.field_name for field in SafeguardingText.translatable_fields}
    assert declared == {"worried_heading", "worried_text", "mash_hours", "footer_links"}
    assert Locale.objects.filter(language_code="ar").exists()
