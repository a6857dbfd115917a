"""The campaign assets listing in the admin: every asset across campaigns, searchable and filterable."""

from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CampaignAsset


class CampaignAssetViewSet(SnippetViewSet):
    model = CampaignAsset
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
