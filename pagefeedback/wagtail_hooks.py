from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import PageCommentsReportView, PageFeedbackReportView


@hooks.register("register_admin_urls")
def register_page_feedback_urls():
    return [
        path("reports/page-feedback/", PageFeedbackReportView.as_view(), name="page_feedback_report"),
        path(
            "reports/page-feedback/results/",
            PageFeedbackReportView.as_view(results_only=True),
            name="page_feedback_report_results",
        ),
        path("reports/page-feedback/<int:page_id>/", PageCommentsReportView.as_view(), name="page_feedback_comments"),
        path(
            "reports/page-feedback/<int:page_id>/results/",
            PageCommentsReportView.as_view(results_only=True),
            name="page_feedback_comments_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_page_feedback_menu_item():
    return MenuItem("Page feedback", reverse("page_feedback_report"), name="page-feedback", icon_name="help", order=660)
