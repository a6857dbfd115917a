"""The learning library's admin: its tag snippets and the briefing use report."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import BriefingUseReportView
from .models import AgeGroup, Agency, HarmType, Theme


class TagViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


def tag_viewset(model, icon):
    return type(f"{model.__name__}ViewSet", (TagViewSet,), {"model": model, "icon": icon})


class LearningTagsGroup(SnippetViewSetGroup):
    menu_label = "Learning library filters"
    menu_icon = "tag"
    menu_order = 310
    items = [
        tag_viewset(Theme, "tag"),
        tag_viewset(AgeGroup, "group"),
        tag_viewset(HarmType, "warning"),
        tag_viewset(Agency, "site"),
    ]


register_snippet(LearningTagsGroup)


@hooks.register("register_admin_urls")
def register_briefing_use_report_urls():
    return [
        path("reports/briefings-used/", BriefingUseReportView.as_view(), name="learning_briefing_use_report"),
        path(
            "reports/briefings-used/results/",
            BriefingUseReportView.as_view(results_only=True),
            name="learning_briefing_use_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_briefing_use_report_menu_item():
    return MenuItem(
        "7-minute briefings used",
        reverse("learning_briefing_use_report"),
        name="learning-briefings-used",
        icon_name="group",
        order=660,
    )
