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


def facet_options(name, counts, chosen):
    """One filter's options (those any asset has) with their counts, in the filter's own order."""
    definition = AssetFilter.base_filters[name]
    options = [
        {"value": value, "label": label, "count": counts[value], "checked": value in chosen}
        for value, label in definition.extra["choices"]
        if counts.get(value)
    ]
    return {"name": name, "label": definition.label, "options": options}
