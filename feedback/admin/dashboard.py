"""Dashboard panels for reviewers: how many submissions are new and urgent, and whether alert emails fail."""

from django.db.models import Count, Q
from django.utils.html import format_html
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


class AlertFailuresPanel(Component):
    """A banner at the top of the dashboard while alert emails keep failing: someone must fix the mail."""

    name = "childrens_voice_alert_failures"
    order = 1

    def render_html(self, parent_context=None):
        from feedback.alerts import FAILURES_BEFORE_WARNING, failing_alerts

        failing = failing_alerts()
        count = failing.count()
        if not count:
            return ""
        last_error = failing.order_by("-attempts").values_list("last_error", flat=True).first()
        return format_html(
            '<div class="help-block help-critical" role="alert"><svg class="icon icon-warning" aria-hidden="true">'
            '<use href="#icon-warning"></use></svg><p><strong>{} children\'s voice alert email(s) have failed '
            "{} or more times</strong> and are still being retried. Reviewers may not know that messages are "
            "waiting: check the mail settings, and read new messages in the admin meanwhile. Last error: {}</p></div>",
            count,
            FAILURES_BEFORE_WARNING,
            last_error,
        )
