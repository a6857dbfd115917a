"""Where reviewers read and edit the triage rules, per language and category."""

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from feedback.models import TriageRule


class TriageRuleViewSet(ModelViewSet):
    model = TriageRule
    url_prefix = "childrens-voice/triage-rules"
    name = "feedback_triage_rule"
    icon = "warning"
    menu_label = "Triage rules"
    menu_order = 251
    add_to_admin_menu = True
    list_display = ["name", "language", "category", "kind", "enabled"]
    list_filter = ["language", "category", "kind", "enabled"]
    search_fields = ["name", "phrases", "near_words"]
    list_per_page = 100


@hooks.register("register_admin_viewset")
def register_triage_rules():
    return TriageRuleViewSet()
