"""Site alerts in the admin: a snippet with revisions (history and compare) and Wagtail's log."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SiteAlert


class SiteAlertViewSet(SnippetViewSet):
    model = SiteAlert
    icon = "warning"
    menu_label = "Site alerts"
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["__str__", "severity", "live", "starts_at", "ends_at"]
    list_filter = ["live", "severity"]


register_snippet(SiteAlertViewSet)
