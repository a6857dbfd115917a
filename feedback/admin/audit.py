"""Audit log actions for submissions: who viewed (opened), changed or exported which one, and when; retention runs."""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import ModelLogEntry

ACTIONS = {
    "feedback.view": ("View submission", "Viewed"),
    "feedback.status_change": ("Change submission status", "Changed status"),
    "feedback.urgency_change": ("Change submission urgency", "Changed urgency"),
    "feedback.note": ("Add note to submission", "Added a note"),
    "feedback.export": ("Export submission", "Exported"),
    "feedback.responded": ("Record reply to submission", "Recorded a reply"),
    "feedback.purge": ("Apply retention periods", "Applied retention periods"),
}


def register(actions):
    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)


def log_export(submissions, user, filters):
    """One audit entry per exported submission, written in a single query, sharing one uuid."""
    now = timezone.now()
    batch = uuid.uuid4()
    content_type = ContentType.objects.get_for_model(ModelLogEntry._meta.apps.get_model("feedback", "Submission"))
    ModelLogEntry.objects.bulk_create(
        ModelLogEntry(
            content_type=content_type,
            object_id=str(submission.pk),
            label=str(submission),
            action="feedback.export",
            timestamp=now,
            uuid=batch,
            user=user,
            data={"filters": filters},
        )
        for submission in submissions
    )
