"""Each asset's entry is rendered once per content generation (campaigns/library.py, AssetLibrary.entries):
later views reuse it, while filters, edits and translations still show at once."""

import re
import uuid

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


def test_the_unfiltered_library_is_kept_whole_and_a_filtered_one_is_worked_out_per_view(client, db, monkeypatch):
    from campaigns.library import AssetLibrary

    first, _ = view(client, campaign().url)
    facets = AssetLibrary.facets.func
    worked_out = []
    monkeypatch.setattr(
        AssetLibrary, "facets", property(lambda library: worked_out.append(library.chosen) or facets(library))
    )
    second, _ = view(client, campaign().url)
    assert second == first and worked_out == []  # no counting: the whole section was kept

    filtered, _ = view(client, campaign().url + "?language=en-gb")
    assert worked_out and "match your filters" in filtered
    assert view(client, campaign().url + "?language=en-gb")[0] == filtered
    assert "match your filters" not in view(client, campaign().url)[0]


def test_an_asset_added_shows_in_the_kept_library_on_the_next_view(client, db):
    before, _ = view(client, campaign().url)
    count = int(re.search(r"(\d+) items?", before).group(1))
    leaflet = CampaignAsset.objects.get(title=ENGLISH_LEAFLET)
    leaflet.pk, leaflet.id, leaflet.translation_key = None, None, uuid.uuid4()
    leaflet.title = "Safer sleep: a second leaflet"
    leaflet.save()
    after, _ = view(client, campaign().url)
    assert f"{count + 1} items" in after and ">Safer sleep: a second leaflet</h3>" in after
