"""Register the children's voice admin: viewsets, permission policy, audit actions and dashboard panel."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin import audit, triage_rules  # noqa: F401 - triage_rules registers the rules' admin
from .admin.dashboard import AlertFailuresPanel, ReviewerSummaryPanel
from .admin.permissions import SubmissionPermissionPolicy
from .admin.viewsets import FeedbackListsGroup, SubmissionViewSet
from .models import Submission

register_permission_policy(Submission, SubmissionPermissionPolicy(Submission))


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return SubmissionViewSet()


@hooks.register("register_admin_viewset")
def register_feedback_lists():
    return FeedbackListsGroup()


@hooks.register("register_log_actions")
def register_feedback_log_actions(actions):
    audit.register(actions)


@hooks.register("construct_homepage_panels")
def add_reviewer_summary(request, panels):
    if SubmissionPermissionPolicy(Submission).user_has_permission(request.user, "view"):
        panels.append(AlertFailuresPanel())
        panels.append(ReviewerSummaryPanel())
