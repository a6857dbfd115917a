"""No alert silently dropped: an outbox row in the young person's transaction, sent by the worker.

Every row is retried without limit, backing off to one try every 15 minutes; after
FAILURES_BEFORE_WARNING failures each try logs an ERROR and the admin dashboard shows a banner.
"""

import datetime
import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import ModelLogEntry

from . import notifications
from .models import Alert, AlertKind, Status, Submission

logger = logging.getLogger(__name__)

FAILURES_BEFORE_WARNING = 3
FIRST_RETRY = datetime.timedelta(seconds=30)
LONGEST_WAIT = datetime.timedelta(minutes=15)


def retry_delay(attempts):
    """30 s, 1 min, 2 min, 4 min ... never more than 15 minutes between tries."""
    return min(FIRST_RETRY * 2 ** min(max(attempts - 1, 0), 10), LONGEST_WAIT)


def submission_received(submission):
    """Call inside the transaction that stores the submission: the alert is stored with it or not at all."""
    if notifications.is_flagged(submission):
        join_flagged_group(submission.created_at)
    elif submission.urgent:
        schedule(Alert.objects.create(kind=AlertKind.URGENT, submission=submission))
    # Other messages reach reviewers in the daily digest (send_digest).


def join_flagged_group(now):
    """One waiting alert for every marked message: it goes out after a short wait, counting them all."""
    send_at = now + datetime.timedelta(seconds=settings.KSCB_FEEDBACK_FLAGGED_GROUP_SECONDS)
    try:
        with transaction.atomic():
            alert = Alert.objects.create(kind=AlertKind.FLAGGED, next_attempt_at=send_at)
    except IntegrityError:
        return  # another marked message already waits in the group: its email will count this one
    schedule(alert, run_after=send_at)


def schedule(alert, run_after=None):
    """Hand the alert to the worker once the transaction that wrote it has committed (or later)."""
    alert_pk = alert.pk
    transaction.on_commit(lambda: enqueue(alert_pk, run_after))


def enqueue(alert_pk, run_after=None):
    # Imported here: the task module imports this one.
    from .tasks import deliver_alert

    task = deliver_alert
    if run_after is not None and run_after > timezone.now():
        if not task.get_backend().supports_defer:
            return  # send_feedback_alerts, every minute, sends it when it is due
        task = task.using(run_after=run_after)
    try:
        task.enqueue(alert_pk)
    except Exception:
        # The row stays in the outbox: send_feedback_alerts picks it up on its next run.
        logger.exception("Alert %s could not be queued; the periodic command will send it", alert_pk)


BUILDERS = {
    AlertKind.URGENT: lambda alerts, now: notifications.urgent_email(alerts[0], now),
    AlertKind.FLAGGED: notifications.flagged_email,
    AlertKind.ESCALATION: notifications.escalation_email,
    AlertKind.DIGEST: lambda alerts, now: notifications.digest_email(alerts[0], now),
}


def deliver(alert_pk, now=None):
    """Send one alert (escalations: every waiting one, in one email). True if sent or already sent."""
    now = now or timezone.now()
    with transaction.atomic():
        alert = Alert.objects.select_for_update().filter(pk=alert_pk).first()
        if alert is None or alert.sent_at is not None:
            return True
        batch = [alert]
        if alert.kind == AlertKind.ESCALATION:
            batch = list(Alert.objects.select_for_update().filter(kind=AlertKind.ESCALATION, sent_at__isnull=True))
        try:
            subject, body = BUILDERS[alert.kind](batch, now)
            send_mail(subject, body, None, notifications.recipients(alert.kind))
        except Exception as error:
            record_failure(batch, error, now)
            return False
        Alert.objects.filter(pk__in=[item.pk for item in batch]).update(sent_at=now, last_error="")
    return True


def record_failure(batch, error, now):
    for alert in batch:
        alert.attempts += 1
        alert.last_error = f"{type(error).__name__}: {error}"[:200]
        alert.next_attempt_at = now + retry_delay(alert.attempts)
        alert.save(update_fields=["attempts", "last_error", "next_attempt_at"])
    alert = batch[0]
    level = logging.ERROR if alert.attempts >= FAILURES_BEFORE_WARNING else logging.WARNING
    logger.log(
        level,
        "%s alert %s not sent (attempt %s): %s; retrying at %s",
        alert.kind,
        alert.pk,
        alert.attempts,
        alert.last_error,
        alert.next_attempt_at.isoformat(),
    )
    schedule(alert, run_after=alert.next_attempt_at)


def send_due(now=None):
    """(sent, failed): every alert whose time has come, tried once. The worker's safety net."""
    now = now or timezone.now()
    sent = failed = 0
    for pk in list(Alert.objects.due(now).values_list("pk", flat=True)):
        if Alert.objects.filter(pk=pk, sent_at__isnull=True).exists():
            if deliver(pk, now):
                sent += 1
            else:
                failed += 1
    return sent, failed


def opened(submissions):
    """Annotate whether a reviewer has opened each submission (its "feedback.view" audit entries)."""
    views = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Submission),
        action="feedback.view",
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    return submissions.annotate(opened=Exists(views))


def escalate_unopened(now=None):
    """Queue an escalation for each urgent message nobody has opened in time, repeating at intervals."""
    now = now or timezone.now()
    first = now - datetime.timedelta(minutes=settings.KSCB_FEEDBACK_ESCALATION_MINUTES)
    repeat = now - datetime.timedelta(minutes=settings.KSCB_FEEDBACK_ESCALATION_REPEAT_MINUTES)
    recent = Alert.objects.filter(kind=AlertKind.ESCALATION, submission=OuterRef("pk"), created_at__gt=repeat)
    due = (
        opened(Submission.objects.filter(urgent=True, status=Status.NEW, created_at__lte=first))
        .filter(opened=False)
        .exclude(Exists(recent))
    )
    with transaction.atomic():
        alerts = Alert.objects.bulk_create(
            Alert(kind=AlertKind.ESCALATION, submission_id=pk, created_at=now, next_attempt_at=now)
            for pk in due.values_list("pk", flat=True)
        )
        if alerts:
            schedule(alerts[0])
    return len(alerts)


def send_digest(now=None):
    """Queue the daily digest for reviewers, if any message is waiting. Returns whether one was queued."""
    now = now or timezone.now()
    if not Submission.objects.filter(status=Status.NEW).exists():
        return False
    with transaction.atomic():
        schedule(Alert.objects.create(kind=AlertKind.DIGEST, created_at=now, next_attempt_at=now))
    return True


def failing_alerts():
    return Alert.objects.failing(FAILURES_BEFORE_WARNING)
