"""The upkeep admin: the overdue and broken-link reports in the Reports menu, the owner's dashboard
panels, and the reading age of the pages young people read: a warning on saving, and a check in
Wagtail's Checks panel."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .dashboard import BrokenLinksOnYourPagesPanel, YourPagesDuePanel
from .reading_age import warn_if_too_hard
from .reading_check import add_reading_age_check
from .views import BrokenLinksView, DueForReviewView


def report_urls(slug, view_class, name):
    """A report's page and its results (what the filters reload)."""
    return [
        path(f"reports/{slug}/", view_class.as_view(), name=name),
        path(f"reports/{slug}/results/", view_class.as_view(results_only=True), name=f"{name}_results"),
    ]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        *report_urls("overdue-and-due-soon", DueForReviewView, "upkeep_due_for_review"),
        *report_urls("broken-links", BrokenLinksView, "upkeep_broken_links"),
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


@hooks.register("register_reports_menu_item")
def register_broken_links_menu_item():
    return MenuItem(_("Broken links"), reverse("upkeep_broken_links"), name="broken-links", icon_name="link", order=650)


@hooks.register("construct_homepage_panels")
def add_upkeep_panels(request, panels):
    panels.append(YourPagesDuePanel(request.user))
    panels.append(BrokenLinksOnYourPagesPanel(request.user))


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_reading_age(request, page):
    warn_if_too_hard(request, page)


hooks.register("construct_wagtail_userbar", add_reading_age_check)
