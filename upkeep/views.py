"""Reports → Overdue and due soon (pages whose review date has passed or comes within 30 days) and
Reports → Broken links."""

import datetime

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import F
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext, gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import HeaderButton

from .links import broken_links
from .models import DUE_SOON_DAYS, PageReview
from .sections import section_of, section_titles, sections


def owners(request=None):
    return get_user_model().objects.filter(pk__in=PageReview.objects.values("owner")).order_by("last_name", "username")


def teams(request=None):
    return Group.objects.filter(pk__in=PageReview.objects.values("owner_team")).order_by("name")


class DueForReviewFilterSet(WagtailFilterSet):
    mine = django_filters.BooleanFilter(
        label="Only mine", method="filter_mine", widget=forms.CheckboxInput, help_text="Yours and your teams' pages"
    )
    owner = django_filters.ModelChoiceFilter(label="Owner", queryset=owners, empty_label="Anyone")
    owner_team = django_filters.ModelChoiceFilter(label="Team", queryset=teams, empty_label="Any team")
    section = django_filters.ModelChoiceFilter(
        label="Section", queryset=lambda request: sections(), method="filter_section", empty_label="Whole site"
    )

    class Meta:
        model = PageReview
        fields = ["mine", "owner", "owner_team", "section"]

    def filter_mine(self, queryset, name, value):
        return queryset.owned_by(self.request.user) if value else queryset

    def filter_section(self, queryset, name, value):
        return queryset.filter(page__path__startswith=value.path) if value else queryset


class DueForReviewView(ReportView):
    page_title = "Overdue and due soon"
    header_icon = "time"
    index_url_name = "upkeep_due_for_review"
    index_results_url_name = "upkeep_due_for_review_results"
    filterset_class = DueForReviewFilterSet
    no_results_message = f"No page is overdue or due for review in the next {DUE_SOON_DAYS} days."
    list_export = ["page_title", "section", "owner_label", "status_label", "review_by", "last_reviewed"]
    export_headings = {
        "page_title": "Page",
        "section": "Section",
        "owner_label": "Owner",
        "status_label": "Status",
        "review_by": "Review by",
        "last_reviewed": "Last reviewed",
    }
    # Every editor looks after pages; any admin user may read it.
    any_permission_required = None

    columns = [
        TitleColumn(
            "page_title",
            label="Page",
            get_url=lambda review: review.edit_url,
        ),
        Column("section", label="Section"),
        Column("owner_label", label="Owner"),
        Column("status_label", label="Status"),
        DateColumn("review_by", label="Review by"),
        DateColumn("last_reviewed", label="Last reviewed"),
    ]

    def get_base_queryset(self):
        return (
            PageReview.objects.due()
            .select_related("owner", "owner_team")
            .annotate(page_title=F("page__title"), page_path=F("page__path"))
            .order_by("review_by", "page_title", "pk")
        )

    @cached_property
    def section_titles(self):
        return section_titles()

    def decorate_paginated_queryset(self, object_list):
        # The listing's page of rows, or every row for a spreadsheet: named without a query per row.
        reviews = list(object_list)
        for review in reviews:
            review.section = section_of(review.page_path, self.section_titles)
            review.edit_url = reverse("wagtailadmin_pages:edit", args=[review.page_id])
        return reviews

    def get_filename(self):
        return f"pages-due-for-review-{datetime.date.today():%Y-%m-%d}"


class BrokenLinksView(ReportView):
    """Reports → Broken links: links on live pages to a page, document or image that is gone or
    unpublished, and links to other websites that failed their last check; each names who can fix it."""

    page_title = gettext_lazy("Broken links")
    header_icon = "link"
    index_url_name = "upkeep_broken_links"
    index_results_url_name = "upkeep_broken_links_results"
    no_results_message = gettext_lazy("No broken links found.")
    list_export = ["page_title", "kind", "target", "problem", "fixer"]
    export_headings = {
        "page_title": gettext_lazy("Page"),
        "kind": gettext_lazy("Link to"),
        "target": gettext_lazy("Linked item"),
        "problem": gettext_lazy("Problem"),
        "fixer": gettext_lazy("Who can fix it"),
    }
    # Every editor fixes links on their pages; any admin user may read it.
    any_permission_required = None

    columns = [
        TitleColumn("page_title", label=gettext_lazy("Page"), get_url=lambda link: link.edit_url),
        Column("kind", label=gettext_lazy("Link to")),
        Column("target", label=gettext_lazy("Linked item")),
        Column("problem", label=gettext_lazy("Problem")),
        Column("fixer", label=gettext_lazy("Who can fix it")),
    ]

    @cached_property
    def only_mine(self):
        return self.request.GET.get("mine") == "true"

    def get_base_queryset(self):
        # A list, not a queryset: internal links (reference index) and external ones (last check) together.
        return broken_links(self.request.user if self.only_mine else None)

    def get_page_subtitle(self):
        return gettext("Only yours") if self.only_mine else ""

    def get_header_buttons(self):
        if self.only_mine:
            return [HeaderButton(gettext("Everyone's pages"), reverse(self.index_url_name), icon_name="list-ul")]
        return [HeaderButton(gettext("Only my pages"), reverse(self.index_url_name) + "?mine=true", icon_name="user")]

    def get_filename(self):
        return f"broken-links-{datetime.date.today():%Y-%m-%d}"
