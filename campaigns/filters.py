"""The asset library's GET filters: kind, audience and language (counted in campaigns/library.py)."""

import django_filters
from django.conf import settings

from .models import ASSET_KINDS, AUDIENCES, CampaignAsset

FACETS = {"kind": "kind", "audience": "audience", "language": "locale__language_code"}


class AssetFilter(django_filters.FilterSet):
    kind = django_filters.MultipleChoiceFilter(choices=ASSET_KINDS, label="Type")
    audience = django_filters.MultipleChoiceFilter(choices=AUDIENCES, label="Audience")
    language = django_filters.MultipleChoiceFilter(
        field_name="locale__language_code", choices=settings.LANGUAGES, label="Language"
    )

    class Meta:
        model = CampaignAsset
        fields = ["kind", "audience", "language"]


def facet_options(asset_filter, name, counts, chosen):
    """One filter's options (those any asset has) with their counts, in the filter's own order."""
    options = [
        {"value": value, "label": label, "count": counts[value], "checked": value in chosen}
        for value, label in asset_filter.filters[name].extra["choices"]
        if counts.get(value)
    ]
    return {"name": name, "label": asset_filter.filters[name].label, "options": options}
