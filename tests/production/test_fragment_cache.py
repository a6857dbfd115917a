"""Fragments of a page-cache miss (header, menu, footer, listings, facet counts) kept in Redis with
Wagtail's {% wagtailpagecache %} and Django's cache, retired by the next publish or save, keyed
only by validated values, and never a way round a page's privacy."""

import math
import uuid

import pytest
from django.core.cache import caches
from django.test import Client, override_settings
from django.utils.html import escape
from wagtail.models import Locale, PageViewRestriction

from campaigns.models import CampaignPage
from home.models import NewsIndexPage, NewsPage, SafeguardingSettings
from kscb_site.settings.base import redis_cache
from resources.models import ResourcePage
from resources.models.pages import RESOURCES_PER_PAGE


@pytest.fixture
def fragments_in_redis(db, redis_url):
    """The page cache off, fragments on, Django's cache in Redis as in production."""
    cache_settings = {"default": redis_cache(redis_url, f"kscb-fragments-{uuid.uuid4().hex[:8]}")}
    with override_settings(CACHES=cache_settings, KSCB_PAGE_CACHE_SECONDS=0, KSCB_FRAGMENT_CACHE_SECONDS=600):
        caches["default"].clear()
        yield caches["default"]
        caches["default"].clear()


def keys(cache):
    return set(cache.keys("*"))


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_fragments_make_the_second_miss_cheaper_and_the_same(client, fragments_in_redis, count_queries):
    for url in ("/", "/news/", "/campaigns/", "/campaigns/safe-sleeping/", "/resources/"):
        cold = count_queries.measure(client.get, url)
        first = html(client, url)
        warm = count_queries.measure(client.get, url)
        assert warm < cold, url
        assert html(client, url) == first, url


def test_a_publish_retires_every_fragment(client, fragments_in_redis):
    html(client, "/")
    html(client, "/news/")
    news_index = NewsIndexPage.objects.get(slug="news", locale=Locale.get_default())
    item = news_index.add_child(instance=NewsPage(title="Fragments retired by this publish", slug="fragments-news"))
    item.save_revision().publish()
    assert "Fragments retired by this publish" in html(client, "/news/")
    assert "Fragments retired by this publish" in html(client, "/")

    item.unpublish()
    assert "Fragments retired by this publish" not in html(client, "/news/")
    assert "Fragments retired by this publish" not in html(client, "/")


def test_a_setting_saved_reaches_the_cached_footer(client, fragments_in_redis):
    before = html(client, "/news/")
    settings = SafeguardingSettings.objects.get()
    settings.childline_phone = "0800 1111 (changed)"
    settings.save()
    after = html(client, "/news/")
    assert "0800 1111 (changed)" not in before
    assert "0800 1111 (changed)" in after


def test_unknown_filters_page_numbers_and_keywords_add_no_cache_entries(client, fragments_in_redis):
    pages = math.ceil(ResourcePage.objects.live().count() / RESOURCES_PER_PAGE)
    for number in range(1, pages + 1):
        html(client, f"/resources/?page={number}")
    html(client, "/campaigns/safe-sleeping/")
    known = keys(fragments_in_redis)
    assert known, "the first views should have kept fragments"
    for query in (
        f"?topic={uuid.uuid4().hex}",
        f"?page={uuid.uuid4().int % 10**9 + pages}",  # the last page, already kept
        "?page=0",
        "?page=-1",
        "?page=two",
        f"?sort={uuid.uuid4().hex}",
        f"?q={uuid.uuid4().hex}",
        f"?q={uuid.uuid4().hex}&topic=domestic-abuse",
    ):
        html(client, "/resources/" + query)
    for query in (f"?kind={uuid.uuid4().hex}", f"?language={uuid.uuid4().hex}"):
        html(client, "/campaigns/safe-sleeping/" + query)
    assert keys(fragments_in_redis) == known


def test_a_restricted_page_kept_for_a_reader_who_may_see_it_is_never_shown_to_others(
    client, fragments_in_redis, django_user_model
):
    campaign = CampaignPage.objects.get(slug="safe-sleeping", locale=Locale.get_default())
    PageViewRestriction.objects.create(page=campaign, restriction_type=PageViewRestriction.LOGIN)
    reader = django_user_model.objects.create_user("reader", "reader@example.org", "a long reader password")
    signed_in = Client()
    signed_in.force_login(reader)
    summary = escape(campaign.summary)
    assert summary in html(signed_in, campaign.url)
    assert summary in html(signed_in, campaign.url)  # now from its fragments

    anonymous = client.get(campaign.url)
    assert anonymous.status_code == 302
    assert summary not in anonymous.content.decode()
    assert summary not in client.get(campaign.url, follow=True).content.decode()


def test_the_library_keeps_pages_of_results_in_order_and_forgets_them_on_publish(client, fragments_in_redis):
    first = html(client, "/resources/?sort=title")
    titles = sorted(ResourcePage.objects.live().values_list("title", flat=True), key=str.lower)
    positions = [first.index(title) for title in titles[:3] if title in first]
    assert len(positions) == 3 and positions == sorted(positions)

    resource = ResourcePage.objects.live().order_by("title").first()
    resource.title = "AAA retitled while the library was kept"
    resource.save_revision().publish()
    assert "AAA retitled while the library was kept" in html(client, "/resources/?sort=title")


def test_the_form_offers_kept_choices_until_one_is_saved_and_checks_a_sent_form_against_the_database(
    client, fragments_in_redis, count_queries
):
    from feedback.models import FeedbackTopic

    cold = count_queries.measure(client.get, "/have-your-say/")
    topic = FeedbackTopic.objects.filter(locale=Locale.get_default()).order_by("sort_order").first()
    assert escape(topic.name) in html(client, "/have-your-say/")
    assert count_queries.measure(client.get, "/have-your-say/") < cold

    # An editor renames the topic: the next blank form offers the new name, not the kept one.
    topic.name = "Topic renamed since the form was kept"
    topic.save()
    assert "Topic renamed since the form was kept" in html(client, "/have-your-say/")

    # A form sent back is checked against the choices in the database now, not the kept ones.
    form_page = client.get("/have-your-say/")
    removed = topic.pk
    topic.delete()
    sent = client.post(
        "/have-your-say/",
        {"message": "a message about the choices", "topics": [removed], "started": form_page.context["started"]},
    )
    assert sent.status_code == 200 and "Choose topics from the list." in sent.content.decode()
