"""A translated library and briefing: the app's own strings come from learning/locale."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, TranslationSource

from learning.models import ReviewPage, Theme
from tests.languages.translating import translate

from .conftest import facet_counts, get_ok, soup_of
from .tags import translate_tag


def test_a_polish_library_and_briefing_speak_polish(client, library, briefing):
    polish = Locale.objects.get(language_code="pl")
    translated_library = library.copy_for_translation(polish, copy_parents=True)
    translated_library.save_revision().publish()
    translated_briefing = briefing.copy_for_translation(polish)
    translated_briefing.save_revision().publish()

    soup = soup_of(client, translated_library.url)
    assert soup.find("html")["lang"] == "pl"
    assert soup.find("h2", id="library-count").get_text(strip=True) == "Znaleziono 1 pozycję"
    assert "7-minutowa notatka" in soup.find("form", class_="library-filters").get_text()

    soup = soup_of(client, translated_briefing.url)
    assert [heading.get_text(" ", strip=True) for heading in soup.select(".briefing__part h2")][:2] == [
        "1 Kontekst",
        "2 Dlaczego to ważne",
    ]
    assert soup.find("button", string="Mój zespół skorzystał z tej notatki")


# Names for the tests only (machine-assisted; the demo does not translate tags).
SAFE_SLEEPING = {"pl": "Bezpieczny sen", "ro": "Somn în siguranță", "ar": "النوم الآمن"}


def label_of(soup, name, value):
    box = soup.find("input", attrs={"name": name, "value": value})
    return soup.find("label", attrs={"for": box["id"]})


@pytest.mark.parametrize("language_code", ["pl", "ro", "ar"])
def test_a_translated_library_filters_by_the_same_tags_named_in_its_language(
    client, library, translate_library, language_code
):
    theme = Theme.objects.get(slug="safe-sleeping", locale=library.locale)
    translate_tag(theme, language_code, SAFE_SLEEPING[language_code])
    translated = translate_library(language_code)

    english, soup = soup_of(client, library.url), soup_of(client, translated.url)
    assert soup.find("html")["lang"] == language_code
    for facet in ("type", "theme", "age", "harm", "agency"):
        assert facet_counts(soup, facet) == facet_counts(english, facet), facet
    # Translated: the reader's name, not marked. Not translated: the English name, marked as English.
    label = label_of(soup, "theme", "safe-sleeping")
    assert label.get_text(" ", strip=True) == f"{SAFE_SLEEPING[language_code]} (2)"
    assert not label.find(attrs={"lang": True})
    assert label_of(soup, "theme", "think-family").find("span", lang="en").get_text() == "Think family"

    # The same address values as in English: the tag's slug.
    filtered = soup_of(client, translated.url + "?theme=think-family&agency=health")
    links = [heading.find("a")["href"] for heading in filtered.find_all(class_="learning-item__title")]
    assert links == [ReviewPage.objects.get(locale=translated.locale, slug="child-r-serious-case-review").url]
    remove = filtered.find_all(class_="active-filters__remove")
    assert [link.find("span", lang="en").get_text() for link in remove] == ["Think family", "Health"]


def test_a_reader_s_own_words_are_not_filter_values(client, library, translate_library):
    theme = Theme.objects.get(slug="safe-sleeping", locale=library.locale)
    translate_tag(theme, "pl", "Bezpieczny sen")
    translated = translate_library("pl")
    response = get_ok(client, translated.url + "?theme=Bezpieczny+sen&theme=%3Cb%3Ex%3C%2Fb%3E&agency=nobody")
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.find_all(class_="learning-item")) == 2
    assert not soup.find(class_="active-filters")
    assert "<b>x</b>" not in response.content.decode()
    both = soup_of(client, translated.url + "?theme=safe-sleeping")
    assert len(both.find_all(class_="learning-item")) == 2
    assert both.find(class_="active-filters__remove").get_text(" ", strip=True).endswith("Bezpieczny sen")


def test_a_translated_briefing_names_its_tags_in_its_language_where_it_can(client, library, briefing):
    theme = Theme.objects.get(slug="safe-sleeping", locale=library.locale)
    translate_tag(theme, "pl", "Bezpieczny sen")
    translate(library, "pl")
    polish = translate(briefing, "pl")
    tags = soup_of(client, polish.url).find(class_="learning-tags")
    assert "Bezpieczny sen" in tags.get_text()
    assert "Safe sleeping" not in tags.get_text()
    assert "Infants" in [span.get_text() for span in tags.find_all("span", lang="en")]
    # In English nothing is marked.
    assert not soup_of(client, briefing.url).find(class_="learning-tags").find(attrs={"lang": True})


def test_a_tag_s_translations_keep_its_slug(library):
    theme = Theme.objects.get(slug="safe-sleeping", locale=library.locale)
    source, _created = TranslationSource.get_or_create_from_instance(theme)
    assert [segment.context.path for segment in StringSegment.objects.filter(source=source)] == ["name"]
    polish = translate_tag(theme, "pl", "Bezpieczny sen")
    assert (polish.slug, polish.name, polish.sort_order) == ("safe-sleeping", "Bezpieczny sen", theme.sort_order)


def test_a_slug_another_tag_uses_in_any_language_is_refused(library):
    polish = Locale.objects.get(language_code="pl")
    clash = Theme(locale=polish, name="Sen", slug="safe-sleeping")
    with pytest.raises(ValidationError) as refused:
        clash.full_clean()
    assert "Another tag of this kind uses this slug" in str(refused.value)
    Theme(locale=polish, name="Sen", slug="sen").full_clean()


def test_a_preview_names_the_tags_chosen_in_the_form(library, briefing):
    translate_tag(Theme.objects.get(slug="safe-sleeping", locale=library.locale), "pl", "Bezpieczny sen")
    translate(library, "pl")
    polish = translate(briefing, "pl")
    # As in a preview: the editor's choices are held in memory, not yet saved.
    polish.themes = list(Theme.objects.filter(slug__in=["safe-sleeping", "think-family"], locale=library.locale))
    assert [(tag.shown_name, tag.other_language) for tag in polish.tags()[:2]] == [
        ("Bezpieczny sen", ""),
        ("Think family", "en"),
    ]


def test_editors_tick_each_tag_once_in_english(admin_client, library, review):
    english = Theme.objects.get(slug="safe-sleeping", locale=library.locale)
    polish = translate_tag(english, "pl", "Bezpieczny sen")
    response = admin_client.get(f"/admin/pages/{review.pk}/edit/")
    soup = BeautifulSoup(response.content, "html.parser")
    offered = {int(box["value"]) for box in soup.find_all("input", attrs={"name": "themes"})}
    assert english.pk in offered and polish.pk not in offered
    assert offered == set(Theme.objects.filter(locale=library.locale).values_list("pk", flat=True))
