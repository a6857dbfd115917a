"""A campaign page costs the same number of queries with 5 assets as with 200."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import CampaignAsset, CampaignPage


def make_campaign(index, slug, assets, like):
    campaign = CampaignPage(title=slug, slug=slug, summary="A test campaign.", start_date=like.campaign.start_date)
    index.add_child(instance=campaign)
    campaign.save_revision().publish()
    CampaignAsset.objects.bulk_create(
        CampaignAsset(
            campaign=campaign,
            locale_id=like.locale_id,
            title=f"Leaflet {number}",
            kind=["leaflet", "poster", "banner"][number % 3],
            audience=["parents", "schools"][number % 2],
            document_id=like.document_id,
            preview_image_id=like.preview_image_id,
            preview_source=like.preview_source,
            page_count=like.page_count,
        )
        for number in range(assets)
    )
    return campaign


def test_campaign_page_queries_do_not_grow_with_assets(client, leaflet, count_queries):
    index = leaflet.campaign.get_parent()
    small = make_campaign(index, "small", 5, leaflet)
    large = make_campaign(index, "large", 200, leaflet)

    def visit(url):
        response = client.get(url)
        assert response.status_code == 200
        return response

    # Renditions made and the session saved once, as after a deploy; each count then starts with every cache empty.
    visit(small.url)
    visit(large.url)
    small_count = count_queries(visit, small.url)
    large_count = count_queries(visit, large.url)
    assert large_count == small_count
    assert "200 items" in visit(large.url).content.decode()
    assert count_queries(visit, large.url + "?kind=poster&audience=schools") == small_count


def first_view_queries(client, url):
    """Queries of a view with every cache empty, as after a publish on a fresh server."""
    for alias in settings.CACHES:
        caches[alias].clear()
    ContentType.objects.clear_cache()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_campaign_page_first_view_does_not_grow_with_assets(client, leaflet):
    index = leaflet.campaign.get_parent()
    small = make_campaign(index, "small", 5, leaflet)
    large = make_campaign(index, "large", 200, leaflet)
    filtered = "?kind=poster&kind=leaflet&audience=schools"
    first_view_queries(client, leaflet.campaign.url)  # what a process learns on its first campaign page
    assert first_view_queries(client, small.url) == first_view_queries(client, large.url) <= 30
    assert first_view_queries(client, small.url + filtered) == first_view_queries(client, large.url + filtered)


def test_index_queries_do_not_grow_with_campaigns(client, leaflet, count_queries):
    index = leaflet.campaign.get_parent()

    def visit():
        assert client.get(index.url).status_code == 200

    visit()  # renditions made and the session saved once, as after a deploy; then every cache emptied
    before = count_queries(visit)
    for number in range(10):
        make_campaign(index, f"campaign-{number}", 0, leaflet)
    assert count_queries(visit) == before
