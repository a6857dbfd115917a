"""The admin report of resources that need reviewing."""

import datetime

from django.utils import timezone
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn, UserColumn
from wagtail.admin.views.reports import ReportView

from .reviews import resources_due_for_review


class ResourcesDueForReviewView(ReportView):
    page_title = "Resources due for review"
    header_icon = "time"
    index_url_name = "resources_due_for_review"
    index_results_url_name = "resources_due_for_review_results"
    no_results_message = "No resources are overdue or due for review in the next 30 days."
    list_export = ["title", "content_owner", "next_review_due", "last_reviewed", "review_status_label"]
    export_headings = {"content_owner": "Owner", "next_review_due": "Review due", "review_status_label": "Status"}
    # The report serves editors; any admin user may read it.
    any_permission_required = None

    columns = [
        UserColumn("content_owner", label="Owner", blank_display_name="No owner: assign one"),
        TitleColumn(
            "title",
            label="Resource",
            url_name="wagtailadmin_pages:edit",
        ),
        Column("review_status_label", label="Status"),
        DateColumn("next_review_due", label="Review due"),
        DateColumn("last_reviewed", label="Last reviewed"),
    ]

    def get_queryset(self):
        return resources_due_for_review()

    def get_filename(self):
        return f"resources-due-for-review-{datetime.date.today():%Y-%m-%d}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["today"] = timezone.localdate()
        return context
