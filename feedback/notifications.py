"""Tell the duty safeguarding address that an urgent submission is waiting.

The message never carries what the young person wrote or how to reach them:
only a link to the submission in the admin, behind reviewer permissions.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from .models import FeedbackSettings, UrgentNotification

MAX_ATTEMPTS = 50


class NoRecipient(Exception):
    pass


def notification_text(notification):
    path = reverse("feedback_submission:edit", args=[notification.submission_id])
    return (
        "A new urgent submission is waiting in the children's voice inbox.\n\n"
        f"Open it in the admin (reviewers only): {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}\n\n"
        "This email holds no details of the submission on purpose."
    )


def send_pending_notification(notification_pk):
    """Send one notification if it is still pending. Records a failed attempt, then raises."""
    failure = None
    with transaction.atomic():
        notification = UrgentNotification.objects.select_for_update().filter(pk=notification_pk).first()
        if notification is None or notification.sent_at is not None:
            return False
        notification.attempts += 1
        try:
            recipient = FeedbackSettings.load().duty_safeguarding_email
            if not recipient:
                raise NoRecipient("No duty safeguarding address in Settings > Children's voice")
            send_mail(
                "Urgent: a new children's voice submission is waiting",
                notification_text(notification),
                None,
                [recipient],
            )
        except Exception as error:
            failure = error
            notification.last_error = str(error)[:200]
        else:
            notification.sent_at = timezone.now()
            notification.last_error = ""
        notification.save(update_fields=["attempts", "sent_at", "last_error"])
    if failure is not None:
        raise failure
    return True


def send_all_pending():
    """(sent, failed) counts after trying every pending notification once."""
    sent = failed = 0
    pending = UrgentNotification.objects.pending().filter(attempts__lt=MAX_ATTEMPTS).values_list("pk", flat=True)
    for pk in list(pending):
        try:
            if send_pending_notification(pk):
                sent += 1
        except Exception:
            failed += 1
    return sent, failed
