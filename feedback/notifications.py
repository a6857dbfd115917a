"""What each alert email says, and to whom.

An email never carries what a young person wrote or how to reach them:
only counts, how long messages have waited, and links to the admin, behind reviewer permissions.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince

from .models import AlertKind, FeedbackSettings, Status, Submission

REVIEWERS_GROUP = "Children's voice reviewers"
LINKS_PER_EMAIL = 50


class NoRecipient(Exception):
    pass


def admin_url(path):
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def submission_url(submission_id):
    return admin_url(reverse("feedback_submission:edit", args=[submission_id]))


def listing_url(query=""):
    return admin_url(reverse("feedback_submission:index")) + (f"?{query}" if query else "")


def is_flagged(submission):
    # Fields another part of the form adds; absent until then.
    return getattr(submission, "possible_flood", False) or getattr(submission, "possible_spam", False)


def flagged_submissions():
    fields = {field.name for field in Submission._meta.get_fields()}
    marks = [name for name in ("possible_flood", "possible_spam") if name in fields]
    if not marks:
        return Submission.objects.none()
    query = Q()
    for name in marks:
        query |= Q(**{name: True})
    return Submission.objects.filter(query)


def reviewer_addresses():
    User = get_user_model()
    reviewers = User.objects.filter(groups__name=REVIEWERS_GROUP, is_active=True).exclude(email="")
    return sorted(set(reviewers.values_list("email", flat=True)))


def recipients(kind):
    retention = FeedbackSettings.load()
    if kind == AlertKind.ESCALATION:
        addresses = [retention.out_of_hours_address]
    elif kind == AlertKind.DIGEST:
        addresses = reviewer_addresses() or [retention.duty_address]
    else:
        addresses = [retention.duty_address]
    addresses = [address for address in addresses if address]
    if not addresses:
        raise NoRecipient(f"No address for {kind} alerts: see Settings > Children's voice")
    return addresses


FOOTER = "\n\nThis email holds no details of any message on purpose. Open them in the admin (reviewers only)."


def urgent_email(alert, now):
    return (
        "Urgent: a new children's voice submission is waiting",
        "A new message in the children's voice inbox looks urgent.\n\n"
        f"Open it in the admin: {submission_url(alert.submission_id)}" + FOOTER,
    )


def flagged_email(alerts, now):
    waiting = flagged_submissions().filter(status=Status.NEW)
    urgent = waiting.filter(urgent=True).count()
    return (
        "Children's voice: messages marked as a possible flood or spam are waiting",
        f"{waiting.count()} new message(s) marked as a possible flood or spam are waiting, "
        f"{urgent} of them flagged as urgent. Each was stored and needs a person to read it.\n\n"
        f"Open the list in the admin: {listing_url('status=new')}" + FOOTER,
    )


def escalation_email(alerts, now):
    submissions = Submission.objects.filter(pk__in=[alert.submission_id for alert in alerts]).order_by("created_at")
    escalated_at = max(alert.created_at for alert in alerts)
    lines = [
        f"- waiting {timesince(submission.created_at, escalated_at)}: {submission_url(submission.pk)}"
        for submission in submissions[:LINKS_PER_EMAIL]
    ]
    more = len(alerts) - len(lines)
    if more > 0:
        lines.append(f"- and {more} more: {listing_url('status=new&urgent=true')}")
    return (
        f"ESCALATION: {len(alerts)} urgent children's voice message(s) not opened yet",
        "No reviewer has opened these urgent messages yet. Please open them now, or make sure someone does.\n\n"
        + "\n".join(lines)
        + "\n\nYou will be told again until each one is opened."
        + FOOTER,
    )


def digest_email(alert, now):
    waiting = Submission.objects.filter(status=Status.NEW)
    since = now - timezone.timedelta(days=1)
    oldest = waiting.order_by("created_at").values_list("created_at", flat=True).first()
    oldest_line = f"The oldest has waited {timesince(oldest, now)}.\n" if oldest else ""
    return (
        "Children's voice: daily digest of new messages",
        f"New messages in the last day: {Submission.objects.filter(created_at__gte=since).count()}\n"
        f"Messages nobody has reviewed yet: {waiting.count()} "
        f"({waiting.filter(urgent=True).count()} urgent, {waiting.filter(urgent=False).count()} not urgent)\n"
        f"{oldest_line}\n"
        f"Messages waiting, oldest urgent first: {listing_url('status=new')}" + FOOTER,
    )
