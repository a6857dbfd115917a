"""The asset library's filters (campaigns/filters.py on home/facets.py): counts keep the other
filters' choices, options no asset has are not offered, and the pack holds what the page lists."""

import pytest
from django.http import QueryDict

from campaigns.library import AssetLibrary
from campaigns.models import CampaignAsset


def options(library):
    return {facet.name: {option.value: option.count for option in facet.options} for facet in library.facets}


@pytest.mark.parametrize(
    "query",
    ["", "kind=leaflet", "kind=leaflet&kind=poster", "audience=parents&language=pl", "kind=poster&language=en-gb"],
)
def test_counts_and_matches_agree_with_the_assets(safe_sleeping, query):
    data = QueryDict(query)
    library = AssetLibrary(safe_sleeping, data)
    assets = CampaignAsset.objects.for_campaign(safe_sleeping)
    rows = list(assets.values("pk", "kind", "audience", "locale__language_code"))
    assert len(rows) >= 6
    fields = {"kind": "kind", "audience": "audience", "language": "locale__language_code"}

    def keep(row, skip=None):
        return all(row[fields[name]] in data.getlist(name) for name in fields if name != skip and data.getlist(name))

    assert [asset.pk for asset in library.assets] == [row["pk"] for row in rows if keep(row)]
    for name, counts in options(library).items():
        for value, count in counts.items():
            assert count == sum(1 for row in rows if row[fields[name]] == value and keep(row, skip=name)), (name, value)
        # Only options some asset would show are offered (a ticked one stays, to be unticked).
        assert all(count or value in data.getlist(name) for value, count in counts.items())


def test_translations_link_only_to_assets_in_the_list(safe_sleeping, leaflet):
    english = AssetLibrary(safe_sleeping, QueryDict("kind=leaflet&language=en-gb"))
    listed = {asset.pk: asset for asset in english.assets}
    assert leaflet.pk in listed
    assert listed[leaflet.pk].translations == []
    both = {asset.pk: asset for asset in AssetLibrary(safe_sleeping, QueryDict("kind=leaflet")).assets}
    assert [other.locale.language_code for other in both[leaflet.pk].translations] == ["pl"]
