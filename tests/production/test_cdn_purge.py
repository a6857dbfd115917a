"""CDN purging: publishing, unpublishing or moving a page purges it, its listing pages and its old address."""

from urllib.parse import urlparse

import pytest
from django.test import override_settings
from wagtail.models import Page

from campaigns.models import CampaignAsset
from home.models import NewsIndexPage, NewsPage, StandardPage

from . import recording_cdn

CDN = {"test": {"BACKEND": "tests.production.recording_cdn.RecordingBackend"}}


@pytest.fixture
def purged(db, django_capture_on_commit_callbacks):
    recording_cdn.purged.clear()
    with override_settings(WAGTAILFRONTENDCACHE=CDN), django_capture_on_commit_callbacks(execute=True):
        yield recording_cdn.purged


def paths(urls):
    return {urlparse(url).path for url in urls}


def test_publishing_purges_the_page_its_listing_and_the_home_page(purged):
    news = NewsPage.objects.live().first()
    news.title = "A corrected headline"
    news.save_revision().publish()
    assert {news.url, "/news/", "/"} <= paths(purged)


def test_unpublishing_purges_the_page_and_its_listing(purged):
    news = NewsPage.objects.live().first()
    url = news.url
    news.unpublish()
    assert {url, "/news/", "/"} <= paths(purged)


def test_moving_purges_the_old_address_and_both_listings(purged):
    page = StandardPage.objects.get(slug="mash")
    old_url = page.url
    page.move(NewsIndexPage.objects.get(slug="news"), pos="last-child")
    new_url = Page.objects.get(pk=page.pk).url
    assert {old_url, new_url, "/news/", "/"} <= paths(purged)


def test_nothing_is_sent_without_a_configured_cdn(db, django_capture_on_commit_callbacks):
    recording_cdn.purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        NewsPage.objects.live().first().save_revision().publish()
    assert recording_cdn.purged == []


def test_editing_a_campaign_asset_purges_its_campaign_page_and_listings(purged, django_capture_on_commit_callbacks):
    asset = CampaignAsset.objects.select_related("campaign").filter(campaign__live=True).first()
    asset.title = "Safer sleep poster (2018 edition)"
    with django_capture_on_commit_callbacks(execute=True):  # purged once the edit is committed
        asset.save()
    assert {asset.campaign.url, "/campaigns/", "/"} <= paths(purged)
