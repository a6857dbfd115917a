"""Receive a submission: commit it first, then triage's notification, through the outbox."""

import logging

from django.db import transaction
from django.utils.translation import get_language

from . import triage
from .models import FeedbackArea, FeedbackTopic, Submission, UrgentNotification
from .notifications import send_pending_notification

logger = logging.getLogger(__name__)


def receive(cleaned_data):
    """Store a valid submission. Nothing else can make it fail once this returns."""
    # A translated topic or area is recorded as the English one it translates.
    area = next(iter(FeedbackArea.objects.originals_of([cleaned_data.get("area")])), None)
    topics = FeedbackTopic.objects.originals_of(cleaned_data.get("topics") or [])
    matched = triage.assess(cleaned_data["message"], get_language() or "en")
    with transaction.atomic():
        submission = Submission.objects.create(
            language=get_language() or "",
            message=cleaned_data["message"],
            age_group=cleaned_data.get("age_group") or "",
            area=area,
            wants_reply=bool(cleaned_data.get("contact_detail")),
            contact_name=cleaned_data.get("contact_name", ""),
            contact_method=cleaned_data.get("contact_method", ""),
            contact_detail=cleaned_data.get("contact_detail", ""),
            urgent=bool(matched),
            matched_indicators=triage.summary(matched),
            triage_matches=[match.as_json() for match in matched],
        )
        if topics:
            submission.topics.set(topics)
        if submission.urgent:
            notification = UrgentNotification.objects.create(submission=submission)
            transaction.on_commit(lambda: _send_quietly(notification.pk))
    return submission


def _send_quietly(notification_pk):
    # The young person's request must never fail because mail is down: the outbox command retries.
    try:
        send_pending_notification(notification_pk)
    except Exception:
        logger.exception("Urgent notification %s not sent yet; it stays in the outbox", notification_pk)
