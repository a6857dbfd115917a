"""The site chrome (menu, breadcrumbs, language links, safeguarding words) is built once per
content generation: later page views skip those queries, and what an editor publishes or saves
shows on the next page view all the same."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import SafeguardingSettings, StandardPage

NEWS_INDEX = "/news/"


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


def test_a_second_page_view_skips_the_chrome_queries(client, db):
    first, _ = queries_for(client, "/priorities/domestic-abuse/")
    second, html = queries_for(client, "/priorities/domestic-abuse/")
    assert second <= first - 5, (first, second)
    assert 'class="main-nav"' in html and 'class="breadcrumbs"' in html


def test_a_page_published_into_the_menu_shows_on_the_next_view(client, home_page):
    client.get(NEWS_INDEX)  # the menu is now remembered
    page = StandardPage(title="Getting help in school", slug="getting-help", show_in_menus=True, body=[])
    home_page.add_child(instance=page)
    page.save_revision().publish()

    _, html = queries_for(client, NEWS_INDEX)
    assert ">Getting help in school</a>" in html


def test_a_renamed_menu_page_shows_its_new_title(client, home_page):
    client.get(NEWS_INDEX)
    news = home_page.get_children().get(slug="news").specific
    news.title = "Board updates"
    news.save_revision().publish()

    _, html = queries_for(client, NEWS_INDEX)
    assert ">Board updates</a>" in html


def test_changed_safeguarding_contacts_show_on_the_next_view(client, site):
    client.get(NEWS_INDEX)
    contacts = SafeguardingSettings.for_site(site)
    contacts.quick_exit_url = "https://www.bbc.co.uk/weather"
    contacts.save()

    _, html = queries_for(client, NEWS_INDEX)
    assert 'href="https://www.bbc.co.uk/weather"' in html


def test_with_redis_down_the_chrome_is_built_for_every_view(client, db, redis_down):
    """Without the shared generation nothing tells this process what changed: it keeps nothing."""
    client.get(NEWS_INDEX)
    first, _ = queries_for(client, NEWS_INDEX)
    second, html = queries_for(client, NEWS_INDEX)
    assert first == second, (first, second)
    assert 'class="main-nav"' in html


def test_the_first_view_in_a_new_generation_costs_the_same_with_10_and_200_news_items(client, db):
    """What the memory saves must not hide an N+1: the cold view (chrome and route built) is flat too."""
    from home.memory import forget_all
    from home.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.get(slug="news", locale__language_code="en-gb")

    def add(count, prefix):
        for number in range(count):
            index.add_child(instance=NewsPage(title=f"{prefix} {number}", slug=f"{prefix}-{number}", body=[]))

    def cold_view():
        client.get(NEWS_INDEX)  # warm Django's own per-process caches (content types, site root paths)
        forget_all()
        count, html = queries_for(client, NEWS_INDEX)
        assert 'class="main-nav"' in html
        return count

    add(10, "small")
    small = cold_view()
    add(190, "large")
    assert cold_view() == small


def test_what_readers_use_most_stays_in_memory_when_a_crawler_walks_many_pages(monkeypatch):
    from home import memory

    monkeypatch.setattr(memory, "current_generation", lambda: "generation-1")
    monkeypatch.setattr(memory, "MAX_ENTRIES", 3)
    builds = []

    def build(name):
        builds.append(name)
        return name

    for name in ("menu", "page-1", "page-2"):
        memory.remembered(None, name, lambda name=name: build(name))
    memory.remembered(None, "menu", lambda: build("menu"))  # a reader: the menu is recently used again
    memory.remembered(None, "page-3", lambda: build("page-3"))  # the crawler: something must go
    memory.remembered(None, "menu", lambda: build("menu"))

    assert builds == ["menu", "page-1", "page-2", "page-3"], "the menu was pushed out instead of page-1"
