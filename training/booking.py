"""A place, from asking to attending: every change and the email that tells of it are stored together.

Asking stores an unconfirmed booking; confirming the work email holds a place, or a place on the
waiting list in the order people confirmed. A place given up (cancelled, or an offer not taken up in
time) is offered to the next person on the waiting list for KSCB_TRAINING_OFFER_HOURS.
"""

import datetime
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language

from feedback import intake as childrens_voice
from feedback import triage

from .models import ACTIVE, HOLDS_A_PLACE, Booking, BookingEmail, EmailKind, Session, Status

logger = logging.getLogger(__name__)

# What happened, for the page that answers the visitor.
REQUESTED, ALREADY_BOOKED, CLOSED = "requested", "already-booked", "closed"
CONFIRMED, WAITING, ALREADY_DONE, CANCELLED, EXPIRED = "confirmed", "waiting", "already-done", "cancelled", "expired"


def tell(booking, kind):
    """Call inside the transaction that made the change: the email is stored with it, sent after commit."""
    email = BookingEmail.objects.create(booking=booking, kind=kind)
    email_pk = email.pk
    transaction.on_commit(lambda: enqueue(email_pk))
    return email


def enqueue(email_pk):
    from .tasks import send_booking_email  # the task module imports the email module, which imports this one

    try:
        send_booking_email.enqueue(email_pk)
    except Exception:
        # The row stays in the outbox: send_training_emails picks it up on its next run.
        logger.exception("Training email %s could not be queued; the periodic command will send it", email_pk)


def triaged(text, where):
    """The words to keep, and whether they went to the children's voice reviewers instead.

    Free text from the public goes through the children's voice triage: words it flags (or that it
    cannot check) become an urgent children's voice message, as page comments do. Words a rule matched
    are not kept here; words only the statistical model flagged (a guess, e.g. "a hearing loop,
    please") are kept as well, so that a professional's access need is never lost to a false alarm.
    """
    if not text:
        return "", False
    try:
        matches = triage.assess(text, get_language() or "en")
        ruled = any(match.category != "model" for match in matches)
    except Exception:
        logger.exception("Triage failed on training words; they go to children's voice reviewers")
        matches, ruled = True, True
    if not matches:
        return text, False
    submission = childrens_voice.receive({"message": f"{text}\n\n[Written {where}.]"})
    logger.info("training words passed to children's voice as %s", submission.reference)
    return ("" if ruled else text), True


def access_needs_for_booking(access_needs, session):
    return triaged(access_needs, f"in the access needs box of a training booking for “{session}”")


def request_place(session, cleaned_data, now=None):
    """Store the booking (unconfirmed) and the email asking to confirm the address. Returns (outcome, booking)."""
    now = now or timezone.now()
    if not session.booking_open(now):
        return CLOSED, None
    email = cleaned_data["email"].strip().lower()
    if Booking.objects.filter(session=session, email=email).exclude(status=Status.CANCELLED).exists():
        return ALREADY_BOOKED, None
    access_needs, referred = access_needs_for_booking(cleaned_data.get("access_needs", ""), session)
    try:
        with transaction.atomic():
            booking = Booking.objects.create(
                session=session,
                name=cleaned_data["name"],
                email=email,
                organisation=cleaned_data.get("organisation"),
                other_organisation=cleaned_data.get("other_organisation", ""),
                role=cleaned_data["role"],
                access_needs=access_needs,
                access_needs_referred=referred,
                language=get_language() or "",
                created_at=now,
                status_changed_at=now,
            )
            tell(booking, EmailKind.CONFIRM_ADDRESS)
    except IntegrityError:  # the same address, in a request at the same moment
        return ALREADY_BOOKED, None
    return REQUESTED, booking


def _locked(booking_pk):
    """The booking and its session, locked (on PostgreSQL) until the transaction ends: the session first, always."""
    session_pk = Booking.objects.filter(pk=booking_pk).values_list("session_id", flat=True).first()
    if session_pk is None:
        return None, None
    session = Session.objects.select_for_update().get(pk=session_pk)
    booking = Booking.objects.select_for_update().select_related("session__course").get(pk=booking_pk)
    return booking, session


def places_taken(session):
    return session.bookings.filter(status__in=HOLDS_A_PLACE).count()


def confirm_address(booking_pk, now=None):
    """The work email is confirmed: hold a place, or a place on the waiting list. Returns (outcome, booking)."""
    with transaction.atomic():
        booking, session = _locked(booking_pk)
        now = now or timezone.now()  # read once the session is locked: the queue keeps the order of the lock
        if booking is None:
            return EXPIRED, None
        if booking.status != Status.UNCONFIRMED:
            return ALREADY_DONE, booking
        if session.cancelled or now >= session.starts_at:
            return CLOSED, booking
        booking.queued_at = now
        if places_taken(session) < session.capacity:
            booking.set_status(Status.CONFIRMED, now)
            booking.save()
            tell(booking, EmailKind.PLACE_CONFIRMED)
            return CONFIRMED, booking
        booking.set_status(Status.WAITING, now)
        booking.save()
        tell(booking, EmailKind.WAITING_LIST)
        return WAITING, booking


def cancel(booking_pk, now=None):
    """The booker gives up their place or their place in the queue; a freed place goes to the next person."""
    now = now or timezone.now()
    with transaction.atomic():
        booking, session = _locked(booking_pk)
        if booking is None:
            return EXPIRED, None
        if booking.status == Status.CANCELLED:
            return ALREADY_DONE, booking
        if booking.status in (Status.ATTENDED, Status.DID_NOT_ATTEND) or now >= session.starts_at:
            return CLOSED, booking
        held_a_place = booking.status in HOLDS_A_PLACE
        booking.set_status(Status.CANCELLED, now)
        booking.offer_expires_at = None
        booking.save()
        tell(booking, EmailKind.BOOKING_CANCELLED)
        if held_a_place:
            offer_free_places(session, now)
        return CANCELLED, booking


def offer_free_places(session, now):
    """Offer each free place to the next person waiting. Call with the session locked."""
    if session.cancelled or now >= session.starts_at:
        return 0
    free = session.capacity - places_taken(session)
    if free <= 0:
        return 0
    expires = now + datetime.timedelta(hours=settings.KSCB_TRAINING_OFFER_HOURS)
    offered = 0
    for booking in session.bookings.filter(status=Status.WAITING).order_by("queued_at", "pk")[:free]:
        booking.set_status(Status.OFFERED, now)
        booking.offer_expires_at = min(expires, session.starts_at)
        booking.save()
        tell(booking, EmailKind.PLACE_OFFERED)
        offered += 1
    return offered


def accept_offer(booking_pk, offer_stamp, now=None):
    now = now or timezone.now()
    with transaction.atomic():
        booking, session = _locked(booking_pk)
        if booking is None:
            return EXPIRED, None
        if booking.status == Status.CONFIRMED:
            return ALREADY_DONE, booking
        current_offer = booking.offer_expires_at and int(booking.offer_expires_at.timestamp()) == offer_stamp
        if booking.status != Status.OFFERED or not current_offer:
            return EXPIRED, booking
        if now >= booking.offer_expires_at or session.cancelled:
            _expire(booking, session, now)
            return EXPIRED, booking
        booking.set_status(Status.CONFIRMED, now)
        booking.offer_expires_at = None
        booking.save()
        tell(booking, EmailKind.PLACE_CONFIRMED)
        return CONFIRMED, booking


def _expire(booking, session, now):
    booking.set_status(Status.CANCELLED, now)
    booking.offer_expires_at = None
    booking.save()
    tell(booking, EmailKind.OFFER_EXPIRED)
    offer_free_places(session, now)


def expire_offers(now=None):
    """Offers not taken up in time lapse, and their places go to the next person. Returns how many lapsed."""
    now = now or timezone.now()
    lapsed = 0
    for pk in Booking.objects.filter(status=Status.OFFERED, offer_expires_at__lte=now).values_list("pk", flat=True):
        with transaction.atomic():
            booking, session = _locked(pk)
            if booking is not None and booking.status == Status.OFFERED and booking.offer_expires_at <= now:
                _expire(booking, session, now)
                lapsed += 1
    return lapsed


def cancel_session(session_pk, now=None):
    """Staff cancel a session: every booker still booked or waiting is told. Returns how many were told."""
    now = now or timezone.now()
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session_pk)
        if session.cancelled:
            return 0
        session.cancelled = True
        session.save(update_fields=["cancelled"])
        told = 0
        for booking in session.bookings.filter(status__in=[Status.CONFIRMED, Status.WAITING, Status.OFFERED]):
            tell(booking, EmailKind.SESSION_CANCELLED)
            told += 1
        session.bookings.filter(status__in=ACTIVE).update(
            status=Status.CANCELLED, status_changed_at=now, offer_expires_at=None
        )
        return told


def send_impact_follow_ups(now=None):
    """Three months after a session, each attender is asked what has changed in their practice, once."""
    now = now or timezone.now()
    since = now - datetime.timedelta(days=settings.KSCB_TRAINING_IMPACT_DAYS)
    due = Booking.objects.filter(status=Status.ATTENDED, session__ends_at__lte=since).exclude(
        emails__kind=EmailKind.IMPACT
    )
    sent = 0
    for booking in due:
        with transaction.atomic():
            tell(booking, EmailKind.IMPACT)
        sent += 1
    return sent
