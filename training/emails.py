"""Booking emails, sent by the worker from the outbox (BookingEmail), in the language the booker used.

No email is silently dropped: a failure is recorded on the row and the periodic command
(send_training_emails) tries again.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_noop

from . import ics, tokens
from .models import BookingEmail, EmailKind

logger = logging.getLogger(__name__)

# Marked for the catalogue here, translated when each email is built, in the booker's language.
SUBJECTS = {
    EmailKind.CONFIRM_ADDRESS: gettext_noop("Confirm your email to book your training place"),
    EmailKind.PLACE_CONFIRMED: gettext_noop("Your training place is confirmed"),
    EmailKind.WAITING_LIST: gettext_noop("You are on the waiting list"),
    EmailKind.PLACE_OFFERED: gettext_noop("A training place is free for you"),
    EmailKind.OFFER_EXPIRED: gettext_noop("The training place we offered has gone to the next person"),
    EmailKind.BOOKING_CANCELLED: gettext_noop("Your training booking is cancelled"),
    EmailKind.SESSION_CANCELLED: gettext_noop("Training session cancelled"),
    EmailKind.ATTENDED: gettext_noop("Your certificate of attendance"),
    EmailKind.IMPACT: gettext_noop("Three months on: what has changed in your practice?"),
}


def link(name, booking, action):
    return ics.absolute(reverse(name, args=[tokens.make(booking, action)]))


def build(outbox_row):
    booking = outbox_row.booking
    session = booking.session
    with translation.override(booking.language or settings.LANGUAGE_CODE):
        context = {
            "booking": booking,
            "session": session,
            "course": session.course,
            "cancel_url": link("training_cancel", booking, tokens.CANCEL),
            "session_url": ics.absolute(reverse("training_session", args=[session.pk])),
        }
        if outbox_row.kind == EmailKind.CONFIRM_ADDRESS:
            context["confirm_url"] = link("training_confirm", booking, tokens.CONFIRM)
            context["confirm_hours"] = settings.KSCB_TRAINING_CONFIRM_HOURS
        if outbox_row.kind == EmailKind.ATTENDED:
            context["certificate_url"] = link("training_certificate", booking, tokens.CERTIFICATE)
            context["evaluation_url"] = link("training_evaluate", booking, tokens.EVALUATE)
        if outbox_row.kind == EmailKind.IMPACT:
            context["impact_url"] = link("training_impact", booking, tokens.IMPACT)
        if outbox_row.kind == EmailKind.PLACE_OFFERED:
            context["accept_url"] = link("training_accept", booking, tokens.ACCEPT)
        subject = translation.gettext(SUBJECTS[outbox_row.kind])
        body = render_to_string(f"training/emails/{outbox_row.kind}.txt", context)
    message = EmailMessage(subject=subject, body=body, to=[booking.email])
    if outbox_row.kind == EmailKind.PLACE_CONFIRMED:
        calendar = ics.calendar([session], name=session.course.title, joining_instructions=True)
        message.attach("training.ics", calendar, "text/calendar; charset=utf-8; method=PUBLISH")
    return message


def deliver(outbox_pk):
    """Send one outbox row if it is still unsent. Returns True once sent."""
    with transaction.atomic():
        row = (
            BookingEmail.objects.select_for_update()
            .select_related("booking__session__course")
            .filter(pk=outbox_pk, sent_at__isnull=True)
            .first()
        )
        if row is None:
            return False
        try:
            build(row).send()
        except Exception as error:
            row.attempts += 1
            row.last_error = f"{type(error).__name__}: {error}"[:300]
            row.save(update_fields=["attempts", "last_error"])
            logger.exception("Training email %s failed (attempt %s); it will be tried again", row.pk, row.attempts)
            return False
        row.sent_at = timezone.now()
        row.attempts += 1
        row.save(update_fields=["sent_at", "attempts"])
        return True


def send_due():
    """The worker's safety net: every unsent email, oldest first. Returns how many went."""
    pending = BookingEmail.objects.filter(sent_at__isnull=True).order_by("created_at").values_list("pk", flat=True)
    return sum(1 for pk in list(pending) if deliver(pk))
