"""The admin report of how many teams used each 7-minute briefing, for the yearly report."""

import datetime

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from .models import BriefingUse


class BriefingUseReportView(ReportView):
    page_title = "7-minute briefings used by teams"
    header_icon = "group"
    index_url_name = "learning_briefing_use_report"
    index_results_url_name = "learning_briefing_use_report_results"
    no_results_message = "No team has said it used a briefing yet."
    list_export = ["year", "page.title", "page.locale.language_code", "count"]
    export_headings = {"page.title": "Briefing", "page.locale.language_code": "Language", "count": "Teams"}
    # Numbers only, no personal data: any admin user may read it.
    any_permission_required = None

    columns = [
        Column("year", label="Year"),
        TitleColumn(
            "briefing",
            label="Briefing",
            accessor=lambda row: row.page.title,
            url_name="wagtailadmin_pages:edit",
            id_accessor="page_id",
        ),
        Column("language", label="Language", accessor=lambda row: row.page.locale.get_display_name()),
        Column("count", label="Teams that used it"),
    ]

    def get_queryset(self):
        return BriefingUse.objects.select_related("page", "page__locale").order_by("-year", "-count", "page__title")

    def get_filename(self):
        return f"briefings-used-{datetime.date.today():%Y-%m-%d}"
