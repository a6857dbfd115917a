"""A reader's answer and comment: stored first, then everything else.

A comment is a person's words from the public, so it goes through the children's voice triage:
one that triage flags (or that triage cannot check) becomes an urgent children's voice message,
with its alerts, and is not kept as a page comment for editors.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language

from feedback import intake as childrens_voice
from feedback import rate_limit, triage

from .models import PageFeedback

logger = logging.getLogger(__name__)

RATE_LIMIT_SCOPE = "page-feedback"


def rate_rule():
    return getattr(settings, "KSCB_PAGE_FEEDBACK_RATE_LIMIT", (20, 600))


def within_rate_limit(request):
    """Counted apart from the children's voice form, so answering pages never marks a child's message."""
    return rate_limit.allow(request, scope=RATE_LIMIT_SCOPE, rule=rate_rule())


def record_answer(page, useful):
    return PageFeedback.objects.create(page=page, useful=useful, language=get_language() or "")


def needs_a_person(comment):
    """True when triage flags the comment, or cannot run: then a reviewer reads it first."""
    try:
        return bool(triage.assess(comment, get_language() or "en"))
    except Exception:
        logger.exception("Triage failed on a page comment; it goes to children's voice reviewers")
        return True


def record_comment(answer, comment, *, possible_flood=False, page_url=""):
    """Keep the comment on the answer, or hand it to the children's voice reviewers. Returns the submission, if any."""
    if needs_a_person(comment):
        where = f"“{answer.page.title}”" + (f" ({page_url})" if page_url else "")
        message = f"{comment}\n\n[Left as a comment under “Was this page useful?” on the page {where}.]"
        submission = childrens_voice.receive({"message": message}, possible_flood=possible_flood)
        logger.info("page comment passed to children's voice as %s", submission.reference)
        return submission
    with transaction.atomic():
        PageFeedback.objects.filter(pk=answer.pk, comment="").update(
            comment=comment, commented_at=timezone.now(), possible_flood=possible_flood
        )
    return None
