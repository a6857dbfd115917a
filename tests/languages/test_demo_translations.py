"""The demo translations: made through wagtail-localize, complete, and safe to load twice."""

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from feedback.models import FeedbackArea, FeedbackTopic
from home.models import SafeguardingText
from languages.demo import STRINGS, TRANSLATED_PAGES, translated_snippets


@pytest.mark.django_db
def test_each_demo_page_is_translated_into_each_language_through_wagtail_localize(home_page):
    for path in TRANSLATED_PAGES:
        page = Page.objects.get(url_path=home_page.url_path + path)
        source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
        languages = set(
            Translation.objects.filter(source=source).values_list("target_locale__language_code", flat=True)
        )
        assert languages == {"pl", "ro", "ar"}
        translated = page.get_translations().filter(alias_of__isnull=True, live=True)
        assert set(translated.values_list("locale__language_code", flat=True)) == {"pl", "ro", "ar"}


@pytest.mark.django_db
def test_every_demo_segment_has_words_in_every_language(home_page):
    """Only the English text published after translation (the out-of-date page) is left to translate."""
    for path in TRANSLATED_PAGES:
        page = Page.objects.get(url_path=home_page.url_path + path)
        source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
        for segment in StringSegment.objects.filter(source=source).exclude(context__path="slug"):
            for language, strings in STRINGS.items():
                assert segment.string.data in strings, f"{path} ({language}): {segment.string.data}"


def demo_counts():
    return (
        Page.objects.count(),
        Translation.objects.count(),
        TranslationSource.objects.count(),
        SafeguardingText.objects.count(),
        FeedbackTopic.objects.count(),
        FeedbackArea.objects.count(),
    )


@pytest.mark.django_db
def test_loading_the_demo_again_changes_nothing():
    counts = demo_counts()
    latest = Page.objects.order_by("-last_published_at").values_list("pk", "last_published_at").first()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts[3:] == (4, 28, 28)  # one per language
    assert demo_counts() == counts
    assert Page.objects.order_by("-last_published_at").values_list("pk", "last_published_at").first() == latest


@pytest.mark.django_db
def test_snippets_readers_see_are_translated_into_each_language_through_wagtail_localize():
    snippets = translated_snippets()
    assert {type(snippet).__name__ for snippet in snippets} == {"SafeguardingText", "FeedbackTopic", "FeedbackArea"}
    for snippet in snippets:
        source = TranslationSource.objects.get(object_id=snippet.translation_key, locale=snippet.locale)
        languages = set(
            Translation.objects.filter(source=source).values_list("target_locale__language_code", flat=True)
        )
        assert languages == {"pl", "ro", "ar"}, snippet
        for segment in StringSegment.objects.filter(source=source):
            for language, strings in STRINGS.items():
                assert segment.string.data in strings, f"{snippet} ({language}): {segment.string.data}"
