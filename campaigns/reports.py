"""Admin report: which pages use each campaign asset, its file or its image.

A page "uses" an asset when the asset is in the page's library, or when the page
links to the same document or image (a download block, an image block) or to
the asset itself. Three queries per page of the report, however many assets.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, ReferenceIndex

from .models import CampaignAsset


class AssetUsageReportView(ReportView):
    page_title = "Campaign asset usage"
    header_icon = "doc-full-inverse"
    index_url_name = "campaign_asset_usage"
    index_results_url_name = "campaign_asset_usage_results"
    model = CampaignAsset
    list_export = ["title", "campaign", "used_on", "download_count"]
    columns = [
        TitleColumn("title", url_name="wagtailsnippets_campaigns_campaignasset:edit"),
        Column("campaign"),
        Column("used_on", label="Used on"),
        Column("download_count", label="Downloads"),
    ]

    def get_queryset(self):
        return CampaignAsset.objects.select_related("campaign", "document", "image").order_by("campaign", "title")

    def decorate_paginated_queryset(self, object_list):
        assets = list(object_list)
        users = pages_using(assets)
        for asset in assets:
            titles = [asset.campaign.title] + sorted(users.get(asset.pk, set()) - {asset.campaign.title})
            asset.used_on = "; ".join(titles)
        return assets


def pages_using(assets):
    """{asset pk: set of page titles} for pages that link to each asset, its document or its image."""
    targets = defaultdict(set)  # (content type id, object id as text) -> asset pks
    for asset in assets:
        targets[(ContentType.objects.get_for_model(CampaignAsset).pk, str(asset.pk))].add(asset.pk)
        for file in (asset.document, asset.image):
            if file is not None:
                file_type = ContentType.objects.get_for_model(file.__class__)
                targets[(file_type.pk, str(file.pk))].add(asset.pk)
    if not targets:
        return {}
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.objects.filter(
        base_content_type=page_type, to_object_id__in={object_id for _type, object_id in targets}
    ).values_list("to_content_type_id", "to_object_id", "object_id")
    references = [(key[:2], key[2]) for key in references if key[:2] in targets]
    titles = dict(Page.objects.filter(pk__in={int(page_id) for _key, page_id in references}).values_list("pk", "title"))
    used = defaultdict(set)
    for key, page_id in references:
        for asset_pk in targets[key]:
            used[asset_pk].add(titles.get(int(page_id), ""))
    return used
