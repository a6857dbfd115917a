"""Each asset's entry is rendered once per content generation (campaigns/library.py, AssetLibrary.entries):
later views reuse it, while filters, edits and translations still show at once."""

import re

from campaigns.models import CampaignAsset, CampaignPage
from tests.rendering import view_counting_renders

ASSET_TEMPLATE = "components/campaigns/asset.html"
ENGLISH_LEAFLET = "Safer sleep for babies: leaflet for parents"


def view(client, url):
    return view_counting_renders(client, url, ASSET_TEMPLATE)


def entry(html, title):
    """The <li> of the asset called `title`."""
    for item in re.findall(r'<li class="asset".*?</li>', html, flags=re.S):
        if f">{title}</h3>" in item:
            return item
    raise AssertionError(f"no entry for {title!r}")


def campaign():
    return CampaignPage.objects.get(slug="safe-sleeping", locale__language_code="en-gb")


def test_a_second_view_reuses_every_entry(client, db):
    first, rendered_first = view(client, campaign().url)
    second, rendered_second = view(client, campaign().url)
    assert rendered_first == first.count('<li class="asset"') > 0
    assert rendered_second == 0
    assert second == first


def test_a_language_filter_drops_the_links_to_translations_it_hides(client, db):
    everything, _ = view(client, campaign().url)
    assert 'hreflang="pl"' in entry(everything, ENGLISH_LEAFLET)
    english_only, _ = view(client, campaign().url + "?language=en-gb")
    assert 'hreflang="pl"' not in entry(english_only, ENGLISH_LEAFLET)


def test_an_edited_asset_shows_on_the_next_view(client, db):
    view(client, campaign().url)
    leaflet = CampaignAsset.objects.get(title=ENGLISH_LEAFLET)
    leaflet.title = "Safer sleep for babies: a leaflet for every parent"
    leaflet.save()  # as the snippet editor saves it
    html, rendered = view(client, campaign().url)
    assert rendered >= 1
    assert ">Safer sleep for babies: a leaflet for every parent</h3>" in html
