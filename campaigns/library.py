"""A campaign's asset library as a visitor sees it: filtered, with previews and download links.

The page keeps one light row per asset (id, translation key and the three facets) per
content generation and works out the filters' counts and what matches from those rows in
Python, per view. Each entry's
HTML is kept per content generation (home/fragments.py): only the assets whose entries
are not kept yet are loaded in full, with their documents and preview renditions (three
queries, however many assets). The "download all" pack loads every matching asset.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.template.loader import get_template
from django.utils.functional import cached_property
from django.utils.safestring import SafeString
from wagtail.images import get_image_model

from home.fragments import fragment_key
from home.memory import MISSING, recall, remember, remembered

from .filters import FACETS, AssetFilter, facet_options
from .models import CampaignAsset

ENTRY_TEMPLATE = "components/campaigns/asset.html"

PREVIEW_SPEC = "max-240x240|format-webp"
LANGUAGE_NAMES = dict(settings.LANGUAGES)


@dataclass(frozen=True)
class AssetRow:
    pk: int
    translation_key: object
    facets: dict  # {facet name: this asset's value}


class AssetLibrary:
    def __init__(self, campaign, query, request=None):
        self.campaign = campaign
        self.query = query
        self.request = request

    @cached_property
    def filter(self):
        """The django-filter FilterSet: its form for the query string, its queryset for the ZIP pack."""
        return AssetFilter(self.query, queryset=CampaignAsset.objects.for_campaign(self.campaign).for_library())

    @cached_property
    def chosen(self):
        """{facet name: the values ticked}, read as the filter's form reads them (a facet with any
        unknown value is ignored, as the form drops it) without building the form."""
        chosen = {}
        for name in FACETS:
            values = [str(value) for value in self.query.getlist(name)]
            known = {str(value) for value, _label in AssetFilter.base_filters[name].extra["choices"]}
            chosen[name] = values if values and set(values) <= known else []
        return chosen

    @cached_property
    def rows(self):
        """Every asset of the campaign in library order, as light rows, like the resource library's
        index: read in one query once per content generation (saving or deleting an asset starts
        a new one, campaigns/signals.py); filtering and counting happen per view."""
        return remembered(self.request, ("campaign-asset-rows", self.campaign.pk), self._read_rows)

    def _read_rows(self):
        values = CampaignAsset.objects.for_campaign(self.campaign).values_list(
            "pk", "translation_key", *FACETS.values()
        )
        return tuple(AssetRow(pk, key, dict(zip(FACETS, facets, strict=True))) for pk, key, *facets in values)

    @cached_property
    def matched(self):
        return [row for row in self.rows if _matches(row, self.chosen)]

    @property
    def count(self):
        return len(self.matched)

    @cached_property
    def facets(self):
        """Each filter's options with how many assets each would show, given the other filters."""
        facets = []
        for name in FACETS:
            others = {other: values for other, values in self.chosen.items() if other != name}
            counts = defaultdict(int)
            for row in self.rows:
                if _matches(row, others):
                    counts[row.facets[name]] += 1
            facets.append(facet_options(name, counts, self.chosen[name]))
        return facets

    @cached_property
    def entries(self):
        """The HTML of each matching asset's entry, in order; kept per content generation.

        An entry shows its download link and links to the translations the filters leave in
        the list, so both are part of its key.
        """
        base_url = self.campaign.get_url(self.request)
        by_translation = defaultdict(list)
        for row in self.matched:
            by_translation[row.translation_key].append(row.pk)
        translations = {
            row.pk: tuple(pk for pk in by_translation[row.translation_key] if pk != row.pk) for row in self.matched
        }
        prefix = fragment_key(self.request, ("campaign-asset",))
        keys = {pk: (*prefix, pk, f"{base_url}download/{pk}/", others) for pk, others in translations.items()}
        html = {pk: recall(self.request, key) for pk, key in keys.items()}
        missing = [pk for pk, entry in html.items() if entry is MISSING]
        if missing:
            wanted = set(missing).union(*(translations[pk] for pk in missing))
            assets = {asset.pk: asset for asset in self._prepare(self.filter.queryset.filter(pk__in=wanted), base_url)}
            template = get_template(ENTRY_TEMPLATE)
            for pk in missing:
                asset = assets.get(pk)
                if asset is None:  # deleted since the rows were read
                    continue
                asset.translations = [assets[other] for other in translations[pk] if other in assets]
                html[pk] = remember(self.request, keys[pk], template.render({"asset": asset, "request": self.request}))
        return [html[row.pk] for row in self.matched if html[row.pk] is not MISSING]

    @property
    def entries_html(self):
        return SafeString("".join(self.entries))

    @property
    def kept_as(self):
        """For {% pagevariant %}: with no filter chosen every reader sees the same library until the
        next generation, so it is kept; a filtered view (its ZIP link carries the query string as
        sent) is worked out per view."""
        return None if any(self.chosen.values()) else ()

    @cached_property
    def is_filtered(self):
        return any(option["checked"] for facet in self.facets for option in facet["options"])

    @cached_property
    def query_string(self):
        """The current filters, for the 'download all' link: the pack holds what the visitor sees."""
        return self.query.urlencode() if self.is_filtered else ""

    @cached_property
    def assets(self):
        """Every matching asset in full, for the "download all" pack."""
        self.filter.is_valid()
        assets = self._prepare(self.filter.qs, self.campaign.get_url(self.request))
        by_translation = defaultdict(list)
        for asset in assets:
            by_translation[asset.translation_key].append(asset)
        for asset in assets:
            asset.translations = [other for other in by_translation[asset.translation_key] if other is not asset]
        return assets

    @staticmethod
    def _prepare(queryset, base_url):
        assets = list(queryset)
        for asset in assets:
            asset.download_url = f"{base_url}download/{asset.pk}/"
            asset.language_name = LANGUAGE_NAMES.get(asset.locale.language_code, asset.locale.language_code)
        _attach_preview_renditions(assets)
        return assets


def _matches(row, chosen):
    """Within a facet any ticked value; across facets all of them (as the filter's queryset does)."""
    return all(row.facets[name] in values for name, values in chosen.items() if values)


def _attach_preview_renditions(assets):
    """Fetch every preview image with its rendition in two queries instead of one per asset."""
    ids = {asset.image_id or asset.preview_image_id for asset in assets} - {None}
    if not ids:
        return
    images = {
        image.pk: image for image in get_image_model().objects.filter(pk__in=ids).prefetch_renditions(PREVIEW_SPEC)
    }
    for asset in assets:
        if asset.image_id:
            asset.image = images.get(asset.image_id)
        elif asset.preview_image_id:
            asset.preview_image = images.get(asset.preview_image_id)
