"""Reports → Page feedback: per page, how many readers found it useful or not, and their comments."""

import datetime

import django_filters
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from .models import PageFeedback, pages_with_feedback

PERIODS = [("30", "Last 30 days"), ("90", "Last 90 days"), ("365", "Last year")]


class PageFeedbackFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label="Answers from", choices=PERIODS, method="filter_nothing", empty_label="Any time"
    )

    class Meta:
        model = Page
        fields = ["period"]

    def filter_nothing(self, queryset, name, value):
        # The period narrows the counts as well as the pages, so the view applies it.
        return queryset


def useful_share(page):
    total = page.useful_count + page.not_useful_count
    return f"{round(100 * page.useful_count / total)}%" if total else ""


class PageFeedbackReportView(ReportView):
    page_title = "Page feedback"
    header_icon = "help"
    index_url_name = "page_feedback_report"
    index_results_url_name = "page_feedback_report_results"
    filterset_class = PageFeedbackFilterSet
    no_results_message = "No reader has answered “Was this page useful?” yet (in this period)."
    list_export = ["title", "useful_count", "not_useful_count", "useful_share", "comment_count", "latest_feedback"]
    export_headings = {
        "useful_count": "Yes",
        "not_useful_count": "No",
        "useful_share": "Useful",
        "comment_count": "Comments",
        "latest_feedback": "Latest answer",
    }
    # Editors improve the pages; any admin user may read it. Comments that triage flagged are never here.
    any_permission_required = None

    columns = [
        TitleColumn(
            "title",
            label="Page",
            get_url=lambda page: reverse("page_feedback_comments", args=[page.pk]),
        ),
        Column("useful_count", label="Yes"),
        Column("not_useful_count", label="No"),
        Column("useful_share", label="Useful", accessor=useful_share),
        Column("comment_count", label="Comments"),
        DateColumn("latest_feedback", label="Latest answer"),
    ]

    @cached_property
    def since(self):
        days = self.filters.form.cleaned_data.get("period") if self.filters.is_valid() else None
        return timezone.now() - datetime.timedelta(days=int(days)) if days else None

    def get_base_queryset(self):
        return pages_with_feedback(self.since).order_by("-latest_feedback")

    def to_row_dict(self, item):
        item.useful_share = useful_share(item)  # computed from the counts, for the spreadsheet
        return super().to_row_dict(item)

    def get_filename(self):
        return f"page-feedback-{datetime.date.today():%Y-%m-%d}"


class PageCommentsReportView(ReportView):
    """One page's answers that came with a comment, newest first."""

    header_icon = "help"
    index_url_name = "page_feedback_comments"
    index_results_url_name = "page_feedback_comments_results"
    no_results_message = "No comments on this page yet."
    list_export = ["created_at", "useful", "comment", "language", "possible_flood"]
    export_headings = {"created_at": "Answered", "useful": "Useful", "possible_flood": "Possible flood"}
    any_permission_required = None

    columns = [
        DateColumn("created_at", label="Answered"),
        BooleanColumn("useful", label="Useful"),
        Column("comment", label="Comment"),
        Column("language", label="Language"),
        BooleanColumn("possible_flood", label="Possible flood"),
    ]

    @cached_property
    def page(self):
        return get_object_or_404(Page, pk=self.kwargs["page_id"])

    def get_page_title(self):
        return f"Comments on “{self.page.title}”"

    def get_page_subtitle(self):
        return ""

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.page.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.page.pk])

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items()[:-1],
            {"url": reverse("page_feedback_report"), "label": "Page feedback"},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_base_queryset(self):
        return PageFeedback.objects.with_comments().filter(page=self.page).order_by("-created_at")

    def get_filename(self):
        return f"page-feedback-{self.page.slug}-{datetime.date.today():%Y-%m-%d}"
