"""A translated campaign page shows its campaign's materials: its own language first, then the rest."""

import io
import re
import zipfile

import pytest
from wagtail.models import Locale

from campaigns.models import CampaignAsset, CampaignPage
from languages.publishing import publish_translation
from tests.campaigns.test_query_counts import make_campaign

POLISH_LEAFLET = "Bezpieczny sen niemowląt: ulotka dla rodziców"
ENGLISH_LEAFLET = "Safer sleep for babies: leaflet for parents"


@pytest.fixture
def english_campaign(db):
    return CampaignPage.objects.get(slug="safe-sleeping", locale__language_code="en-gb")


@pytest.fixture
def polish_campaign(english_campaign):
    return english_campaign.get_translation(Locale.objects.get(language_code="pl"))


@pytest.fixture
def arabic_campaign(english_campaign):
    return english_campaign.get_translation(Locale.objects.get(language_code="ar"))


def asset_titles(response):
    return re.findall(r'<h3 class="asset__title" lang="[^"]+">([^<]+)</h3>', response.content.decode())


def test_translated_page_lists_every_asset_with_its_own_language_first(client, english_campaign, polish_campaign):
    english_titles = asset_titles(client.get(english_campaign.url))
    polish_titles = asset_titles(client.get(polish_campaign.url))

    assert polish_titles[0] == POLISH_LEAFLET
    assert sorted(polish_titles) == sorted(english_titles)
    assert polish_titles[1:] == [title for title in english_titles if title != POLISH_LEAFLET]
    # The English page keeps English first: the Polish leaflet comes after every English asset.
    assert english_titles[-1] == POLISH_LEAFLET


def test_page_in_a_language_without_its_own_assets_lists_them_all_in_the_editors_order(
    client, english_campaign, arabic_campaign
):
    response = client.get(arabic_campaign.url)
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    titles = asset_titles(response)
    assert sorted(titles) == sorted(asset_titles(client.get(english_campaign.url)))
    # No language comes first, so the sort order decides: the leaflet and its Polish version side by side.
    assert titles[:3] == [ENGLISH_LEAFLET, POLISH_LEAFLET, "Safer sleep poster"]


def test_download_from_the_translated_page_serves_the_file_and_counts_it(client, polish_campaign):
    leaflet = CampaignAsset.objects.get(title=POLISH_LEAFLET)
    response = client.get(f"{polish_campaign.url}download/{leaflet.pk}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    leaflet.refresh_from_db()
    assert leaflet.download_count == 1
    assert f'href="{polish_campaign.url}download/{leaflet.pk}/"' in client.get(polish_campaign.url).content.decode()


def test_another_campaigns_asset_is_not_served_from_the_translated_page(client, polish_campaign):
    other = CampaignAsset.objects.exclude(campaign__translation_key=polish_campaign.translation_key).first()
    assert client.get(f"{polish_campaign.url}download/{other.pk}/").status_code == 404


def test_filters_and_download_all_work_on_the_translated_page(client, polish_campaign):
    filtered = client.get(polish_campaign.url + "?language=pl")
    assert asset_titles(filtered) == [POLISH_LEAFLET]

    posters = client.get(polish_campaign.url + "?kind=poster")
    assert asset_titles(posters) == ["Safer sleep poster"]

    pack = client.get(polish_campaign.url + "download-all/?language=pl")
    assert pack.status_code == 200
    with zipfile.ZipFile(io.BytesIO(b"".join(pack.streaming_content))) as archive:
        assert archive.namelist() == ["bezpieczny-sen-niemowlat-ulotka-dla-rodzicow.pdf"]


def make_translated_campaign(index, slug, assets, like, locale):
    """A campaign with this many assets, every fourth in the locale's language, translated and published."""
    from wagtail_localize.models import Translation, TranslationSource

    campaign = make_campaign(index, slug, assets, like)
    every_fourth = campaign.assets.order_by("pk").values_list("pk", flat=True)[::4]
    CampaignAsset.objects.filter(pk__in=list(every_fourth)).update(locale=locale)
    source, _created = TranslationSource.get_or_create_from_instance(campaign)
    return publish_translation(Translation.objects.create(source=source, target_locale=locale))


def test_translated_campaign_page_queries_do_not_grow_with_assets(client, english_campaign, count_queries):
    polish = Locale.objects.get(language_code="pl")
    leaflet = CampaignAsset.objects.get(title=ENGLISH_LEAFLET)
    index = english_campaign.get_parent()
    small = make_translated_campaign(index, "small", 5, leaflet, polish)
    large = make_translated_campaign(index, "large", 200, leaflet, polish)

    def visit(url):
        response = client.get(url)
        assert response.status_code == 200
        return response

    assert small.url.startswith("/pl/") and large.url.startswith("/pl/")
    # Renditions made and the session saved once, as after a deploy; each count then starts with every cache empty.
    visit(small.url)
    visit(large.url)
    small_count = count_queries(visit, small.url)
    assert count_queries(visit, large.url) == small_count
    titles = asset_titles(visit(large.url))
    assert len(titles) == 200
    # Every fourth asset is in Polish: those fifty come first.
    assert {int(title.split()[1]) % 4 == 0 for title in titles[:50]} == {True}
    assert {int(title.split()[1]) % 4 == 0 for title in titles[50:]} == {False}
    assert count_queries(visit, large.url + "?kind=poster&language=pl") == small_count
