"""A campaign's asset library as a visitor sees it: filtered, with previews and download links.

The filters and their counts are home/facets.py (three count queries); the matching assets are
loaded with their documents, language and preview renditions in three more, however many there are.
The "download all" pack holds the same assets.
"""

from collections import defaultdict
from urllib.parse import urlencode

from django.conf import settings
from django.utils.functional import cached_property
from wagtail.images import get_image_model

from home.facets import Faceting
from home.images import CAMPAIGN_ASSET_PREVIEW_SPEC

from .filters import FACETS
from .models import CampaignAsset

PREVIEW_SPEC = CAMPAIGN_ASSET_PREVIEW_SPEC  # as campaigns/campaign_page.html asks for
LANGUAGE_NAMES = dict(settings.LANGUAGES)


class AssetLibrary:
    def __init__(self, campaign, query, request=None):
        self.campaign = campaign
        self.request = request
        self.faceting = Faceting(FACETS, CampaignAsset.objects.for_campaign(campaign), query)

    @cached_property
    def facets(self):
        """Each filter's options that some asset has, with how many assets each would show."""
        return self.faceting.results(hide_empty=True)

    @property
    def is_filtered(self):
        return self.faceting.is_filtered

    @cached_property
    def query_string(self):
        """The chosen filters (known values only), for the 'download all' link: the pack holds what
        the visitor sees."""
        return urlencode(self.faceting.selected)

    @cached_property
    def assets(self):
        """Every matching asset in library order, ready to show: download link, language name,
        preview rendition, and the asset's translations that the filters leave in the list."""
        base_url = self.campaign.get_url(self.request)
        assets = list(self.faceting.filter().for_library())
        for asset in assets:
            asset.download_url = f"{base_url}download/{asset.pk}/"
            asset.language_name = LANGUAGE_NAMES.get(asset.locale.language_code, asset.locale.language_code)
        _attach_preview_renditions(assets)
        by_translation = defaultdict(list)
        for asset in assets:
            by_translation[asset.translation_key].append(asset)
        for asset in assets:
            asset.translations = [other for other in by_translation[asset.translation_key] if other is not asset]
        return assets

    @property
    def count(self):
        return len(self.assets)


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
