"""Other formats in the admin: Snippets > Other formats, one record per page (permissions by group)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import OtherFormats


class OtherFormatsViewSet(SnippetViewSet):
    model = OtherFormats
    icon = "media"
    menu_label = "Other formats"
    list_display = ["__str__", "easy_read_page", "bsl_video"]
    search_fields = ["page__title"]
    ordering = ["page__title"]


register_snippet(OtherFormatsViewSet)
