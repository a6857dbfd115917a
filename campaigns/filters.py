"""The asset library's GET filters: kind, audience and language, with the count of each option."""

import django_filters
from django.conf import settings
from django.db.models import Count

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

    def facets(self):
        """Each filter's options with how many assets each would show, given the other filters.

        One query per filter, however many assets there are.
        """
        self.is_valid()
        chosen = {name: self.form.cleaned_data.get(name) or [] for name in FACETS}
        facets = []
        for name, lookup in FACETS.items():
            others = self.queryset
            for other, values in chosen.items():
                if other != name and values:
                    others = others.filter(**{f"{FACETS[other]}__in": values})
            counts = dict(others.order_by().values_list(lookup).annotate(total=Count("pk")))
            options = [
                {"value": value, "label": label, "count": counts[value], "checked": value in chosen[name]}
                for value, label in self.filters[name].extra["choices"]
                if counts.get(value)
            ]
            facets.append({"name": name, "label": self.filters[name].label, "options": options})
        return facets
