"""The library's admin: taxonomy snippets, and a way into the review report for resources."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, KeyStage, PSHETheme, ResourceType, Topic
from .views import resources_due_for_review


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]
    search_fields = ["name"]


def taxonomy_viewset(taxonomy, icon):
    return type(f"{taxonomy.__name__}ViewSet", (TaxonomyViewSet,), {"model": taxonomy, "icon": icon})


class ResourceTaxonomiesGroup(SnippetViewSetGroup):
    menu_label = "Resource library filters"
    menu_icon = "tag"
    menu_order = 300
    items = [
        taxonomy_viewset(Audience, "group"),
        taxonomy_viewset(Topic, "tag"),
        taxonomy_viewset(PSHETheme, "list-ul"),
        taxonomy_viewset(KeyStage, "order"),
        taxonomy_viewset(ResourceType, "doc-full"),
    ]


register_snippet(ResourceTaxonomiesGroup)


@hooks.register("register_admin_urls")
def register_review_report_urls():
    # Editors' old address and menu item lead to the site-wide report, filtered to the library.
    return [path("reports/resources-due-for-review/", resources_due_for_review, name="resources_due_for_review")]


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return MenuItem(
        "Resources due for review",
        reverse("resources_due_for_review"),
        name="resources-due-for-review",
        icon_name="time",
        order=645,
    )
