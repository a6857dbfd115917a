"""A campaign's asset library as a visitor sees it: filtered, with previews and download links.

The number of queries is fixed: one for the assets, one per filter for the
counts and two for preview renditions, however many assets there are.
"""

from collections import defaultdict

from django.conf import settings
from django.utils.functional import cached_property
from wagtail.images import get_image_model

from .filters import AssetFilter
from .models import CampaignAsset

PREVIEW_SPEC = "max-240x240|format-webp"
LANGUAGE_NAMES = dict(settings.LANGUAGES)


class AssetLibrary:
    def __init__(self, campaign, query):
        self.campaign = campaign
        self.filter = AssetFilter(query, queryset=CampaignAsset.objects.for_campaign(campaign).for_library())

    @cached_property
    def facets(self):
        return self.filter.facets()

    @cached_property
    def is_filtered(self):
        return any(option["checked"] for facet in self.facets for option in facet["options"])

    @cached_property
    def query_string(self):
        """The current filters, for the 'download all' link: the pack holds what the visitor sees."""
        self.filter.is_valid()
        return self.filter.form.data.urlencode() if self.is_filtered else ""

    @cached_property
    def assets(self):
        self.filter.is_valid()
        assets = list(self.filter.qs)
        base_url = self.campaign.url
        by_translation = defaultdict(list)
        for asset in assets:
            asset.download_url = f"{base_url}download/{asset.pk}/"
            asset.language_name = LANGUAGE_NAMES.get(asset.locale.language_code, asset.locale.language_code)
            by_translation[asset.translation_key].append(asset)
        for asset in assets:
            asset.translations = [other for other in by_translation[asset.translation_key] if other is not asset]
        _attach_preview_renditions(assets)
        return assets


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
