"""Cards are rendered once per content generation (home/fragments.py): later listings reuse them
without loading their pages, and what an editor publishes shows on the next view all the same."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import NewsPage, PriorityPage
from tests.rendering import view_counting_renders

CARD_TEMPLATE = "components/card.html"


def view(client, url):
    return view_counting_renders(client, url, CARD_TEMPLATE)


def test_a_second_view_of_a_listing_reuses_its_cards(client, db):
    first, rendered_first = view(client, "/news/")
    second, rendered_second = view(client, "/news/")
    assert rendered_first == first.count('<li class="card">') > 0
    assert rendered_second == 0
    assert second == first


@pytest.mark.parametrize(
    ("url", "item_column"),
    [
        ("/", '"home_newspage"."listing_summary"'),
        ("/", '"home_prioritypage"."actions"'),
        ("/news/", '"home_newspage"."listing_summary"'),
        ("/campaigns/", '"campaigns_campaignpage"."summary"'),
        ("/resources/", '"resources_resourcepage"."summary"'),
        ("/campaigns/safe-sleeping/", '"campaigns_campaignasset"."usage_notes"'),
    ],
)
def test_a_second_view_of_a_listing_reads_only_which_items_it_shows(client, db, url, item_column):
    """The first view loads the items to render their cards; the next reads their ids and nothing more."""
    with CaptureQueriesContext(connection) as first:
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as second:
        assert client.get(url).status_code == 200
    assert any(item_column in query["sql"] for query in first.captured_queries)
    assert not any(item_column in query["sql"] for query in second.captured_queries)


def test_a_renamed_page_shows_its_new_title_on_its_card(client, db):
    view(client, "/news/")
    item = NewsPage.objects.live().filter(locale__language_code="en-gb").order_by("-date", "-pk").first()
    item.title = "Board publishes its annual report for 2017 to 2018"
    item.save_revision().publish()
    html, rendered = view(client, "/news/")
    assert rendered >= 1
    assert ">Board publishes its annual report for 2017 to 2018</a>" in html


def test_cards_in_another_language_are_their_own(client, db):
    view(client, "/")
    polish, rendered = view(client, "/pl/")
    assert rendered == polish.count('<li class="card">') > 0  # nothing reused from the English home page


def test_a_second_view_reuses_the_site_chrome(client, db):
    first, built = view_counting_renders(client, "/priorities/domestic-abuse/", "components/breadcrumbs.html")
    second, reused = view_counting_renders(client, "/priorities/domestic-abuse/", "components/breadcrumbs.html")
    assert built == 1 and reused == 0
    assert second == first


def test_a_preview_never_leaves_its_draft_in_the_chrome_readers_see(client, db):
    page = PriorityPage.objects.get(url_path="/home/priorities/domestic-abuse/")
    page.title = "Draft title not yet approved"
    preview = page.make_preview_request()
    assert '<li aria-current="page">Draft title not yet approved</li>' in preview.content.decode()
    public = client.get("/priorities/domestic-abuse/").content.decode()
    assert "Draft title not yet approved" not in public


PRIORITY_URL = "/priorities/domestic-abuse/"


def test_a_second_view_of_a_page_reuses_its_content_without_reading_its_streamfields(client, db):
    first, built = view_counting_renders(client, PRIORITY_URL, "components/blocks/action.html")
    with CaptureQueriesContext(connection) as queries:
        second, reused = view_counting_renders(client, PRIORITY_URL, "components/blocks/action.html")
    assert built > 0 and reused == 0
    assert second == first
    assert len(queries.captured_queries) == 1  # the page itself; no chosen pages looked up


def test_a_published_change_to_a_page_shows_on_the_next_view(client, db):
    client.get(PRIORITY_URL)
    page = PriorityPage.objects.get(url_path="/home/priorities/domestic-abuse/")
    page.introduction = "Updated after the board met in March: every school now has a named lead."
    page.save_revision().publish()
    assert "every school now has a named lead" in client.get(PRIORITY_URL).content.decode()


def test_a_preview_never_leaves_its_draft_in_the_content_readers_see(client, db):
    page = PriorityPage.objects.get(url_path="/home/priorities/domestic-abuse/")
    page.introduction = "Draft introduction not yet approved"
    assert "Draft introduction not yet approved" in page.make_preview_request().content.decode()
    assert "Draft introduction not yet approved" not in client.get(PRIORITY_URL).content.decode()
