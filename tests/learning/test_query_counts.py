"""The library, its feeds and a briefing cost the same queries however many items there are."""

import pytest

from .conftest import LIBRARY_URL, add_items, get_ok

BUDGET = 40


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
