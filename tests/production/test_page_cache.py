"""The page cache: anonymous readers get stored pages; nobody gets a stale or personal one."""

import pytest
from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.utils.cache import patch_cache_control
from wagtail.models import Page, PageViewRestriction

from home.models import NewsIndexPage, NewsPage, SafeguardingSettings, StandardPage
from kscb_site.page_cache import CACHE_HEADER, PageCacheMiddleware


@pytest.fixture(autouse=True)
def page_cache_on(db):
    caches["default"].clear()
    with override_settings(KSCB_PAGE_CACHE_SECONDS=600):
        yield
    caches["default"].clear()


@pytest.fixture
def news_index(db):
    return NewsIndexPage.objects.get(slug="news")


def get(client, url, expect_status=200):
    response = client.get(url)
    assert response.status_code == expect_status
    return response


def test_second_anonymous_visit_is_a_hit_with_the_same_page(client):
    first = get(client, "/news/")
    second = get(client, "/news/")
    assert first[CACHE_HEADER] == "miss"
    assert second[CACHE_HEADER] == "hit"
    assert second.content == first.content
    assert second["Cache-Control"] == first["Cache-Control"]
    assert "public" in second["Cache-Control"]
    assert not second.cookies


def test_a_hit_costs_no_database_query(client, count_queries):
    assert count_queries.warm(get, client, "/") == 0


def test_security_headers_are_on_hits_too(client):
    get(client, "/mash/")
    hit = get(client, "/mash/")
    assert hit[CACHE_HEADER] == "hit"
    assert "default-src 'none'" in hit["Content-Security-Policy"]


def test_query_strings_are_cached_apart(client):
    get(client, "/news/?page=1")
    assert get(client, "/news/?page=2")[CACHE_HEADER] == "miss"


def test_signed_in_editors_never_use_or_fill_the_cache(client, django_user_model):
    get(client, "/news/")
    client.force_login(django_user_model.objects.create_user("editor", password="x" * 12))
    response = get(client, "/news/")
    assert CACHE_HEADER not in response
    assert "no-store" in response["Cache-Control"]


def test_pages_that_must_not_be_shared_are_never_cached(client, monkeypatch):
    # A page with a form turns cache_publicly off.
    monkeypatch.setattr(StandardPage, "cache_publicly", False)
    get(client, "/mash/")
    response = get(client, "/mash/")
    assert CACHE_HEADER not in response
    assert "no-store" in response["Cache-Control"]


def test_search_results_are_never_cached(client):
    get(client, "/search/?q=domestic+abuse")
    assert CACHE_HEADER not in get(client, "/search/?q=domestic+abuse")


def test_posts_pass_straight_through(client):
    response = client.post("/news/", {})
    assert CACHE_HEADER not in response


def test_a_response_that_sets_a_cookie_is_not_stored():
    calls = []

    def view(request):
        calls.append(request)
        response = HttpResponse("hello")
        patch_cache_control(response, public=True, max_age=60)
        response.set_cookie("csrftoken", "abc")
        return response

    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        response = middleware(RequestFactory().get("/cookie-page/"))
        assert CACHE_HEADER not in response
    assert len(calls) == 2


@pytest.mark.parametrize(
    "cache_control",
    ["private, max-age=60", "", "max-age=60", "public, no-store", "public, no-cache", "public, private"],
)
def test_only_responses_marked_public_are_stored(cache_control):
    """A login- or password-restricted page is private: nothing that is not `public` is kept."""
    calls = []

    def view(request):
        calls.append(request)
        response = HttpResponse("only for some")
        if cache_control:
            response["Cache-Control"] = cache_control
        return response

    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        assert CACHE_HEADER not in middleware(RequestFactory().get("/restricted/"))
    assert len(calls) == 2


def test_a_public_response_is_stored_and_served_again():
    """The control for the test above: the same view marked public is stored once, then served."""
    calls = []

    def view(request):
        calls.append(request)
        response = HttpResponse("for everyone")
        patch_cache_control(response, public=True, max_age=60)
        return response

    middleware = PageCacheMiddleware(view)
    assert middleware(RequestFactory().get("/open/"))[CACHE_HEADER] == "miss"
    hit = middleware(RequestFactory().get("/open/"))
    assert hit[CACHE_HEADER] == "hit" and hit.content == b"for everyone"
    assert len(calls) == 1


@pytest.mark.parametrize("restriction", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_a_restricted_page_is_never_stored_nor_public(client, restriction):
    page = Page.objects.get(slug="domestic-abuse", locale__language_code="en-gb")
    PageViewRestriction.objects.create(page=page, restriction_type=restriction, password="open-sesame-please")
    for _ in range(2):
        response = client.get("/priorities/domestic-abuse/")
        assert response.status_code in (200, 302)
        assert CACHE_HEADER not in response
        assert "public" not in response.get("Cache-Control", "")


def test_publishing_a_news_item_refreshes_the_listing_and_home_page(client, news_index):
    get(client, "/news/")
    get(client, "/")
    # As an editor does it: create a draft, then publish it.
    draft = news_index.add_child(instance=NewsPage(title="Board meets new partners", slug="board-meets", live=False))
    draft.save_revision().publish()
    listing = get(client, "/news/")
    assert listing[CACHE_HEADER] == "miss"
    assert b"Board meets new partners" in listing.content
    assert get(client, "/")[CACHE_HEADER] == "miss"


def test_unpublishing_removes_the_page_at_once(client):
    news = NewsPage.objects.live().first()
    get(client, news.url)
    assert get(client, news.url)[CACHE_HEADER] == "hit"
    news.unpublish()
    get(client, news.url, expect_status=404)
    assert news.title.encode() not in get(client, "/news/").content


def test_editing_and_republishing_shows_the_new_words(client):
    news = NewsPage.objects.live().first()
    get(client, news.url)
    news.title = "A corrected headline"
    news.save_revision().publish()
    response = get(client, news.url)
    assert response[CACHE_HEADER] == "miss"
    assert b"A corrected headline" in response.content


def test_moving_a_page_serves_it_at_the_new_address(client, news_index):
    page = StandardPage.objects.get(slug="mash")
    old_url = page.url
    get(client, old_url)
    page.move(news_index, pos="last-child")
    new_url = Page.objects.get(pk=page.pk).url
    # Wagtail leaves a redirect at the old address; the stored page is not served there.
    assert get(client, old_url, expect_status=301)["Location"] == new_url
    assert get(client, new_url)[CACHE_HEADER] == "miss"


def test_changing_safeguarding_contacts_refreshes_every_page(client, site):
    get(client, "/mash/")
    contacts = SafeguardingSettings.for_site(site)
    contacts.text.worried_heading = "Worried about a child or young person?"
    contacts.text.save()
    response = get(client, "/mash/")
    assert response[CACHE_HEADER] == "miss"
    assert b"Worried about a child or young person?" in response.content
