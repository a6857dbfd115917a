"""Query budgets: pages cost the same number of queries however much content they list, on a
first view with every cache empty and on a warm view alike."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from home.models import NewsIndexPage, NewsPage, PriorityPage

# The most queries any of these page views may make, with the demo content or far more.
BUDGET = 30


def add_news(index, count, image=None, prefix="Update", start=datetime.date(2017, 1, 1), first=0):
    """Publish `count` news items under the index, each a day newer than the last."""
    for number in range(first, first + count):
        page = NewsPage(
            title=f"{prefix} {number}",
            slug=f"{prefix.lower()}-{number}",
            date=start + datetime.timedelta(days=number),
            listing_summary="An update from the board.",
            listing_image=image,
            body=[("paragraph", "<p>Text</p>")],
        )
        index.add_child(instance=page)
        page.save_revision().publish()


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


@pytest.fixture(autouse=True)
def renditions_made(db):
    """Every rendition made, as `generate_renditions` makes them on deploy: the counts below are
    page views, not the one-off making of image files."""
    call_command("generate_renditions", "--no-progress", stdout=StringIO())


def card_image():
    return PriorityPage.objects.exclude(listing_image=None).first().listing_image


def get_ok(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def costs(count_queries, client, url):
    """(first view with every cache empty, warm view): the warm view never costs more."""
    cold = count_queries.cold(get_ok, client, url)
    warm = count_queries.warm(get_ok, client, url)
    assert warm <= cold, (cold, warm)
    return cold, warm


@pytest.fixture
def news_index(db):
    return NewsIndexPage.objects.get(slug="news", locale__language_code="en-gb")


def test_news_listing_costs_the_same_with_10_and_200_items(client, news_index, count_queries):
    image = card_image()
    add_news(news_index, 10, image, prefix="Small", start=datetime.date(2030, 1, 1))
    small = costs(count_queries, client, "/news/")
    html = get_ok(client, "/news/").content.decode()
    assert ">Small 9</a>" in html  # the newest of the ten is listed first

    add_news(news_index, 190, image, prefix="Large", start=datetime.date(2031, 1, 1))
    large = costs(count_queries, client, "/news/")
    html = get_ok(client, "/news/").content.decode()
    assert ">Large 189</a>" in html and ">Small 9</a>" not in html  # the 190 are live and newest
    assert html.count('class="card__image"') == 10
    total = NewsPage.objects.live().child_of(news_index).count()
    assert total >= 200 and f"Page 1 of {-(-total // 10)}" in html
    assert small == large, (small, large)
    assert large[0] <= BUDGET, large


def test_news_page_links_on_page_two(client, news_index):
    add_news(news_index, 15)
    html = get_ok(client, "/news/?page=2").content.decode()
    assert "Page 2 of" in html and 'rel="prev"' in html


def test_priority_page_costs_the_same_with_5_and_50_actions(client, db, count_queries):
    page = PriorityPage.objects.get(slug="neglect", locale__language_code="en-gb")
    set_actions(page, 5)
    small = costs(count_queries, client, page.url)
    set_actions(page, 50)
    large = costs(count_queries, client, page.url)
    assert small == large and large[0] <= BUDGET, (small, large)
    assert get_ok(client, page.url).content.decode().count('class="action action--done"') == 50


def test_home_page_costs_the_same_as_news_and_priorities_grow(client, news_index, count_queries):
    image = card_image()
    add_news(news_index, 3, image, prefix="Early", start=datetime.date(2030, 1, 1))
    small = costs(count_queries, client, "/")
    add_news(news_index, 37, image, prefix="Later", start=datetime.date(2031, 1, 1))
    for page in PriorityPage.objects.all():
        set_actions(page, 20)
    large = costs(count_queries, client, "/")
    assert small == large and large[0] <= BUDGET, (small, large)
    html = get_ok(client, "/").content.decode()
    assert ">Later 36</a>" in html and ">Early 2</a>" not in html
    assert "20 actions done" in html


def test_home_page_costs_the_same_however_many_cards_have_images(client, db, count_queries):
    image = card_image()
    priorities = PriorityPage.objects.filter(locale__language_code="en-gb")
    priorities.exclude(pk=priorities.first().pk).update(listing_image=None)
    one_image = costs(count_queries, client, "/")
    priorities.update(listing_image=image)
    all_images = costs(count_queries, client, "/")
    html = get_ok(client, "/").content.decode()
    assert html.count('class="card__image"') >= priorities.count()
    assert all_images == one_image and one_image[0] <= BUDGET, (one_image, all_images)


def test_priorities_index_costs_the_same_as_actions_grow(client, db, count_queries):
    small = costs(count_queries, client, "/priorities/")
    for page in PriorityPage.objects.all():
        set_actions(page, 40)
    large = costs(count_queries, client, "/priorities/")
    assert small == large and large[0] <= BUDGET, (small, large)
    assert "Done: 40" in get_ok(client, "/priorities/").content.decode()


def test_search_costs_the_same_as_results_grow(client, news_index, count_queries):
    # A word only these pages use, so every result page holds one page type.
    add_news(news_index, 5, prefix="Kaleidoscope")
    small = costs(count_queries, client, "/search/?q=kaleidoscope")
    add_news(news_index, 55, prefix="Kaleidoscope", first=5)
    large = costs(count_queries, client, "/search/?q=kaleidoscope")
    assert small == large and large[0] <= BUDGET, (small, large)
    assert "60 pages found" in get_ok(client, "/search/?q=kaleidoscope").content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/priorities/",
        "/priorities/domestic-abuse/",
        "/publications/",
        "/publications/child-r-serious-case-review/",
        "/news/",
        "/news/baby-box-initiative/",
        "/mash/",
        "/search/?q=safeguarding",
    ],
)
def test_every_home_page_type_stays_within_the_budget_on_a_first_view(client, db, url, count_queries):
    cold, warm = costs(count_queries, client, url)
    assert cold <= BUDGET, (url, cold, warm)
