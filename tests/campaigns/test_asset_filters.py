"""The asset library reads the filters from the address as django-filter's form does, without
building the form on every view (campaigns/library.py, AssetLibrary.chosen)."""

import pytest
from django.http import QueryDict

from campaigns.filters import FACETS, AssetFilter
from campaigns.library import AssetLibrary
from campaigns.models import CampaignAsset, CampaignPage

QUERIES = [
    "",
    "kind=leaflet",
    "kind=leaflet&kind=poster",
    "kind=leaflet&kind=not-a-kind",  # one unknown value: the form drops the whole facet
    "audience=parents&language=pl",
    "language=xx",
    "kind=",
    "kind=poster&audience=schools&language=en-gb&unrelated=1",
]


@pytest.mark.parametrize("query", QUERIES)
def test_the_filters_read_are_the_forms(db, query):
    campaign = CampaignPage.objects.get(slug="safe-sleeping", locale__language_code="en-gb")
    data = QueryDict(query)
    form_filter = AssetFilter(data, queryset=CampaignAsset.objects.for_campaign(campaign))
    form_filter.is_valid()
    expected = {name: form_filter.form.cleaned_data.get(name) or [] for name in FACETS}
    assert AssetLibrary(campaign, data).chosen == expected
