"""Receive a submission: commit it first, then triage's notification, through the outbox."""

import logging

from django.db import transaction
from django.utils.translation import get_language

from . import alerts
from .models import FeedbackArea, FeedbackTopic, SafeguardingIndicator, Submission
from .triage import find_indicators

logger = logging.getLogger(__name__)


def receive(cleaned_data):
    """Store a valid submission. Nothing else can make it fail once this returns."""
    # A translated topic or area is recorded as the English one it translates.
    area = next(iter(FeedbackArea.objects.originals_of([cleaned_data.get("area")])), None)
    topics = FeedbackTopic.objects.originals_of(cleaned_data.get("topics") or [])
    matched = find_indicators(cleaned_data["message"], SafeguardingIndicator.objects.values_list("phrase", flat=True))
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
            matched_indicators="\n".join(matched),
        )
        if topics:
            submission.topics.set(topics)
        # Written with the submission; sent by the worker after commit (feedback/alerts.py).
        alerts.submission_received(submission)
    return submission
