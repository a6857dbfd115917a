"""Apply the retention periods staff set in Settings > Children's voice."""

from django.db import transaction
from django.utils import timezone

from .models import FeedbackSettings, Submission, UrgentNotification


def apply_retention(now=None):
    """Remove old contact details and delete old submissions. Returns (contacts removed, submissions deleted)."""
    now = now or timezone.now()
    retention = FeedbackSettings.load()
    with transaction.atomic():
        old = Submission.objects.filter(created_at__lt=retention.submission_cutoff(now))
        UrgentNotification.objects.filter(submission__in=old).delete()
        deleted = old.count()
        old.delete()
        contacts_removed = Submission.objects.contact_details_due(retention.contact_details_cutoff(now)).update(
            contact_name="", contact_method="", contact_detail="", contact_details_removed_at=now
        )
    return contacts_removed, deleted
