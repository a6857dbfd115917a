"""Apply the retention periods staff set in Settings > Children's voice.

Never deleted: new, urgent, open (not closed) or on-hold submissions. Contact details stay
while a case is open and go on schedule after it closes. Each run is in the audit log, counts only.
"""

import datetime
import operator
from functools import reduce

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.log_actions import log

from .forms import STARTED_MAX_AGE
from .models import FeedbackSettings, Status, Submission, UsedStartToken
from .models.submissions import CONTACT_FIELDS


def deletable(retention, now):
    cutoff = retention.submission_cutoff(now)
    return Submission.objects.filter(
        status=Status.CLOSED, urgent=False, on_hold=False, closed_at__lt=cutoff, created_at__lt=cutoff
    )


def contact_details_due(retention, now):
    return Submission.objects.filter(
        reduce(operator.or_, (Q(**{f"{name}__gt": ""}) for name in CONTACT_FIELDS)),
        status=Status.CLOSED,
        on_hold=False,
        closed_at__lt=retention.contact_details_cutoff(now),
    )


def apply_retention(now=None):
    """Remove contact details of closed cases and delete old closed ones. Returns (contacts removed, deleted)."""
    now = now or timezone.now()
    retention = FeedbackSettings.load()
    with transaction.atomic():
        old = deletable(retention, now)
        deleted = old.count()
        old.delete()
        contacts_removed = contact_details_due(retention, now).update(
            **dict.fromkeys(CONTACT_FIELDS, ""), contact_details_removed_at=now
        )
        # A start token older than its lifetime is refused as expired anyway: its record has no use.
        UsedStartToken.objects.expired(now - datetime.timedelta(seconds=STARTED_MAX_AGE)).delete()
        log(
            instance=retention,
            action="feedback.purge",
            data={
                "submissions_deleted": deleted,
                "contact_details_removed": contacts_removed,
                "submission_days": retention.submission_days,
                "contact_details_days": retention.contact_details_days,
            },
        )
    return contacts_removed, deleted
