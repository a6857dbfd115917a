"""The upkeep admin: the overdue report in the Reports menu and the owner's dashboard panel."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .dashboard import YourPagesDuePanel
from .views import DueForReviewView


@hooks.register("register_admin_urls")
def register_due_for_review_urls():
    return [
        path("reports/overdue-and-due-soon/", DueForReviewView.as_view(), name="upkeep_due_for_review"),
        path(
            "reports/overdue-and-due-soon/results/",
            DueForReviewView.as_view(results_only=True),
            name="upkeep_due_for_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_due_for_review_menu_item():
    return MenuItem(
        "Overdue and due soon",
        reverse("upkeep_due_for_review"),
        name="overdue-and-due-soon",
        icon_name="time",
        order=640,
    )


@hooks.register("construct_homepage_panels")
def add_your_pages_due_panel(request, panels):
    panels.append(YourPagesDuePanel(request.user))
