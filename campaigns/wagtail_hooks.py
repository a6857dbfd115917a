"""The admin: every campaign asset in one listing, searchable and filterable, and the asset usage report."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from .bulk_add import add_several
from .models import CampaignAsset
from .reports import AssetUsageReportView


class CampaignAssetIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        add_several = HeaderButton("Add several", url=reverse("campaign_assets_add_several"), icon_name="plus")
        return [*super().header_buttons, add_several]


class CampaignAssetViewSet(SnippetViewSet):
    model = CampaignAsset
    index_view_class = CampaignAssetIndexView
    icon = "doc-full-inverse"
    menu_label = "Campaign assets"
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "title",
        "campaign",
        "kind",
        "audience",
        "locale",
        Column("file_description", label="File"),
        Column("download_count", label="Downloads", sort_key="download_count"),
    ]
    list_filter = ["kind", "campaign", "locale", "audience"]
    list_export = ["title", "campaign", "kind", "audience", "locale", "dimensions", "download_count"]
    ordering = ["campaign", "sort_order", "title"]

    def get_queryset(self, request):
        return CampaignAsset.objects.select_related("campaign", "locale", "document", "image")


register_snippet(CampaignAssetViewSet)


@hooks.register("register_admin_urls")
def register_usage_report_urls():
    return [
        path("campaign-assets/add-several/", add_several, name="campaign_assets_add_several"),
        path("reports/campaign-assets/", AssetUsageReportView.as_view(), name="campaign_asset_usage"),
        path(
            "reports/campaign-assets/results/",
            AssetUsageReportView.as_view(results_only=True),
            name="campaign_asset_usage_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_usage_report_menu_item():
    return MenuItem("Campaign asset usage", reverse("campaign_asset_usage"), icon_name="doc-full-inverse", order=950)
