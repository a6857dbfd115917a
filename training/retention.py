"""Bookings (names, work emails, roles, access needs) are deleted KSCB_TRAINING_BOOKING_DAYS after their
session ends. The session keeps how many places were filled and attended, so the yearly figures stay;
each purge is in the audit log against its session, counts only."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from wagtail.log_actions import log

from .models import FILLED, Session, Status

ACTIONS = {"training.purge": ("Delete bookings after the retention period", "Deleted bookings (retention)")}


def register(actions):
    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)


def cutoff(now=None):
    return (now or timezone.now()) - datetime.timedelta(days=settings.KSCB_TRAINING_BOOKING_DAYS)


def apply_retention(now=None):
    """Delete the bookings of sessions that ended before the cutoff. Returns how many bookings went."""
    due = (
        Session.objects.filter(ends_at__lt=cutoff(now), bookings__isnull=False)
        .annotate(
            filled=Count("bookings", filter=Q(bookings__status__in=FILLED)),
            attended=Count("bookings", filter=Q(bookings__status=Status.ATTENDED)),
            booked=Count("bookings"),
        )
        .select_related("course")
    )
    deleted = 0
    for session in due:
        with transaction.atomic():
            Session.objects.filter(pk=session.pk).update(
                places_filled_archived=session.places_filled_archived + session.filled,
                attended_archived=session.attended_archived + session.attended,
            )
            count, _by_model = session.bookings.all().delete()
            log(
                instance=session,
                action="training.purge",
                data={
                    "bookings_deleted": session.booked,
                    "places_filled": session.filled,
                    "attended": session.attended,
                    "retention_days": settings.KSCB_TRAINING_BOOKING_DAYS,
                },
            )
        deleted += session.booked
    return deleted
