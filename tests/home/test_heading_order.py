"""Headings never skip a level, so a screen reader's list of headings reads as an outline (axe `heading-order`)."""

import re

import pytest

LISTINGS_AND_PAGES = [
    "/",
    "/news/",
    "/news/baby-box-initiative/",
    "/priorities/",
    "/publications/",
    "/search/?q=domestic+abuse",
    "/campaigns/",
    "/campaigns/safe-sleeping/",
    "/resources/",
    "/resources/?topic=domestic-abuse&key_stage=ks3",
    "/have-your-say/",
]


def heading_levels(html):
    return [int(level) for level in re.findall(r"<h([1-6])[\s>]", html)]


@pytest.mark.parametrize("url", LISTINGS_AND_PAGES)
def test_heading_levels_go_down_one_at_a_time(client, db, url):
    response = client.get(url)
    assert response.status_code == 200
    levels = heading_levels(response.content.decode())
    assert 1 in levels
    skips = [(before, after) for before, after in zip(levels, levels[1:], strict=False) if after > before + 1]
    assert not skips, f"{url}: headings jump from h{skips[0][0]} to h{skips[0][1]} ({levels})"


def test_news_cards_are_headings_straight_under_the_page_title(client, db):
    html = client.get("/news/").content.decode()
    assert re.search(r'<h2 class="card__title"><a href="/news/baby-box-initiative/">', html)
    assert 'class="card__title"' not in re.sub(r'<h2 class="card__title">', "", html)
