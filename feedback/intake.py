"""Receive a submission: commit it first, then triage's notification, through the outbox."""

import logging

from django.db import IntegrityError, transaction
from django.utils.translation import get_language

from . import alerts, triage
from .models import FeedbackArea, FeedbackTopic, Submission, UsedStartToken
from .models.submissions import new_reference

logger = logging.getLogger(__name__)


def receive(cleaned_data, *, possible_flood=False, spam_signs=(), start_nonce=None):
    """Store a valid submission. Nothing else can make it fail once this returns.

    A message sent over the rate limit, or with signs of a machine, is stored and triaged like
    any other, only marked for reviewers. The form's start token is recorded in the same
    transaction: of two posts with one token, however close, exactly one is unmarked.
    """
    spam_signs = list(spam_signs)
    # A translated topic or area is recorded as the English one it translates.
    area = next(iter(FeedbackArea.objects.originals_of([cleaned_data.get("area")])), None)
    topics = FeedbackTopic.objects.originals_of(cleaned_data.get("topics") or [])
    matched, triage_note = _triage(cleaned_data["message"])
    with transaction.atomic():
        if start_nonce is not None and not UsedStartToken.objects.first_use(start_nonce):
            spam_signs.append("start token used before")
        submission = _create_with_unique_reference(
            language=get_language() or "",
            message=cleaned_data["message"],
            age_group=cleaned_data.get("age_group") or "",
            area=area,
            wants_reply=bool(cleaned_data.get("contact_detail")),
            contact_name=cleaned_data.get("contact_name", ""),
            contact_method=cleaned_data.get("contact_method", ""),
            contact_detail=cleaned_data.get("contact_detail", ""),
            safe_to_contact=cleaned_data.get("safe_to_contact", ""),
            good_time_to_contact=cleaned_data.get("good_time", ""),
            possible_flood=possible_flood,
            possible_spam=bool(spam_signs),
            spam_signs="; ".join(spam_signs)[:200],
            urgent=bool(matched) or bool(triage_note),
            matched_indicators=triage_note or triage.summary(matched),
            triage_matches=[match.as_json() for match in matched],
        )
        if topics:
            submission.topics.set(topics)
        # Written with the submission; sent by the worker after commit (feedback/alerts.py).
        alerts.submission_received(submission)
    return submission


def _triage(message):
    """The triage matches, and a note for reviewers if triage itself failed.

    A fault in the rules must never cost the message: it is stored as urgent, so a person reads it first.
    """
    try:
        return triage.assess(message, get_language() or "en"), ""
    except Exception:
        logger.exception("Triage failed; the message is stored as urgent for a person to read")
        return [], "Triage could not run on this message: read it first."


def _create_with_unique_reference(**fields):
    # A random reference can, very rarely, be one already given: draw again rather than lose the message.
    for attempt in range(5):
        reference = new_reference()
        try:
            with transaction.atomic():
                return Submission.objects.create(reference=reference, **fields)
        except IntegrityError:
            if attempt == 4 or not Submission.objects.filter(reference=reference).exists():
                raise
    raise AssertionError("unreachable")
