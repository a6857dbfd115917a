"""A dashboard panel for reviewers: how many submissions are new, and how many of those are urgent."""

from django.db.models import Count, Q
from wagtail.admin.ui.components import Component

from feedback.models import Status, Submission


class ReviewerSummaryPanel(Component):
    name = "childrens_voice_summary"
    template_name = "feedback/admin/dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(
            Submission.objects.aggregate(
                new=Count("pk", filter=Q(status=Status.NEW)),
                urgent=Count("pk", filter=Q(urgent=True) & ~Q(status=Status.CLOSED)),
            )
        )
        return context
