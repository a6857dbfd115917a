"""Query budgets: pages cost the same number of queries however much content they list."""

import datetime

import pytest

from home.models import NewsIndexPage, NewsPage, PriorityPage
from kscb_site.page_cache import start_new_generation

# The most queries any of these page views may make, with the demo content or far more.
BUDGET = 30


def add_news(index, count, image=None):
    for number in range(count):
        index.add_child(
            instance=NewsPage(
                title=f"Update {number}",
                slug=f"update-{number}",
                date=datetime.date(2017, 1, 1) + datetime.timedelta(days=number),
                listing_summary="An update from the board.",
                listing_image=image,
                body=[("paragraph", "<p>Text</p>")],
            )
        )


def set_actions(page, count):
    action = {
        "action": "An action",
        "progress": "Progress so far",
        "lead_agency": "KSCB",
        "status": "done",
        "date": datetime.date(2017, 3, 1),
        "evidence": [
            {"label": "", "page": page.get_parent(), "document": None, "url": ""},
        ],
    }
    page.actions = [("action", dict(action)) for _ in range(count)]
    page.save_revision().publish()


def get_ok(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


@pytest.fixture
def news_index(db):
    return NewsIndexPage.objects.get(slug="news")


def test_news_listing_costs_the_same_with_10_and_200_items(client, news_index, count_queries):
    first_image = PriorityPage.objects.first().listing_image
    add_news(news_index, 10, first_image)
    small = count_queries(get_ok, client, "/news/")
    add_news_more = 190
    for number in range(add_news_more):
        news_index.add_child(
            instance=NewsPage(title=f"More {number}", slug=f"more-{number}", listing_image=first_image, body=[])
        )
    large = count_queries(get_ok, client, "/news/")
    assert small == large <= BUDGET, (small, large)


def test_news_page_links_on_page_two(client, news_index):
    add_news(news_index, 15)
    html = get_ok(client, "/news/?page=2").content.decode()
    assert "Page 2 of 2" in html and 'rel="prev"' in html


def test_priority_page_costs_the_same_with_5_and_50_actions(client, db, count_queries):
    page = PriorityPage.objects.get(slug="neglect", locale__language_code="en-gb")
    set_actions(page, 5)
    small = count_queries(get_ok, client, page.url)
    set_actions(page, 50)
    large = count_queries(get_ok, client, page.url)
    assert small == large <= BUDGET, (small, large)
    assert get_ok(client, page.url).content.decode().count('class="action action--done"') == 50


def test_home_page_costs_the_same_as_news_and_priorities_grow(client, news_index, count_queries):
    image = PriorityPage.objects.first().listing_image
    add_news(news_index, 3, image)
    small = count_queries(get_ok, client, "/")
    for number in range(3, 40):
        news_index.add_child(instance=NewsPage(title=f"U{number}", slug=f"u-{number}", listing_image=image, body=[]))
    for page in PriorityPage.objects.all():
        set_actions(page, 20)
    large = count_queries(get_ok, client, "/")
    assert small == large <= BUDGET, (small, large)


def test_home_page_costs_the_same_however_many_cards_have_images(client, db, count_queries):
    image = PriorityPage.objects.exclude(listing_image=None).first().listing_image
    priorities = PriorityPage.objects.filter(locale__language_code="en-gb")
    priorities.exclude(pk=priorities.first().pk).update(listing_image=None)
    one_image = count_queries(get_ok, client, "/")
    priorities.update(listing_image=image)
    start_new_generation()  # a raw update sends no signal; an editor's publish would
    html = get_ok(client, "/").content.decode()
    assert html.count('class="card__image"') >= priorities.count()
    assert count_queries(get_ok, client, "/") == one_image <= BUDGET


def test_priorities_index_costs_the_same_as_actions_grow(client, db, count_queries):
    small = count_queries(get_ok, client, "/priorities/")
    for page in PriorityPage.objects.all():
        set_actions(page, 40)
    large = count_queries(get_ok, client, "/priorities/")
    assert small == large <= BUDGET, (small, large)


def test_search_costs_the_same_as_results_grow(client, news_index, count_queries):
    # A word only these pages use, so every result page holds one page type.
    for number in range(5):
        news_index.add_child(instance=NewsPage(title=f"Kaleidoscope {number}", slug=f"k-{number}", body=[]))
    small = count_queries(get_ok, client, "/search/?q=kaleidoscope")
    for number in range(5, 60):
        news_index.add_child(instance=NewsPage(title=f"Kaleidoscope {number}", slug=f"k-{number}", body=[]))
    large = count_queries(get_ok, client, "/search/?q=kaleidoscope")
    assert small == large <= BUDGET, (small, large)
