"""The library, its feeds and a briefing cost the same queries however many items there are."""

import pytest

from learning.models import Theme
from tests.languages.translating import translate

from .conftest import LIBRARY_URL, add_items, get_ok
from .tags import add_tags

BUDGET = 40
# A translated page's first view also reads its fallbacks and translations (measured: 44 for a
# Polish briefing, the same with 6 more tags); what matters here is that it stays flat.
TRANSLATED_BUDGET = 48


@pytest.mark.parametrize("path", ["", "?theme=safe-sleeping&theme=neglect&agency=health", "feed/rss/", "feed/json/"])
def test_the_library_costs_the_same_with_4_and_24_more_items(client, library, count_queries, path):
    add_items(library, 4)
    small = count_queries(get_ok, client, LIBRARY_URL + path)
    add_items(library, 20, offset=4)
    large = count_queries(get_ok, client, LIBRARY_URL + path)
    assert small == large <= BUDGET, (small, large)


def test_a_briefing_costs_the_same_as_the_library_grows(client, library, briefing, count_queries):
    small = count_queries(get_ok, client, briefing.url)
    add_items(library, 10)
    assert count_queries(get_ok, client, briefing.url) == small <= BUDGET


@pytest.mark.parametrize("query", ["", "?theme=safe-sleeping&agency=health"])
def test_a_translated_library_costs_the_same_as_tags_and_pages_grow(
    client, library, translate_library, count_queries, query
):
    add_tags(2)
    polish = translate_library("pl")
    add_items(polish, 2)
    small = count_queries(get_ok, client, polish.url + query)
    add_tags(10, offset=2)
    add_items(polish, 20, offset=2)
    large = count_queries(get_ok, client, polish.url + query)
    assert small == large <= TRANSLATED_BUDGET, (small, large)


def test_a_translated_briefing_costs_the_same_as_its_tags_grow(client, library, briefing, count_queries):
    translate(library, "pl")
    polish = translate(briefing, "pl")
    small = count_queries(get_ok, client, polish.url)
    add_tags(6)
    # English tags, as wagtail-localize gives a translated page its source's tags.
    polish.themes.add(*Theme.objects.filter(slug__startswith="theme-", locale=library.locale))
    polish.save_revision().publish()
    assert count_queries(get_ok, client, polish.url) == small <= TRANSLATED_BUDGET
