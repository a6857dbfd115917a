"""Booking without an account: asked -> email confirmed by a signed link -> place or waiting list;
signed cancel links; a freed place offered to the next person for a limited time."""

import datetime
import re

import pytest
from django.core import mail, signing
from django.utils import timezone

from feedback.models import Submission
from training import booking as bookings
from training import tokens
from training.models import Booking, BookingEmail, Status

from .conftest import make_session

DETAILS = {
    "name": "Ștefan Dumitrescu",
    "email": "Stefan.D@School.example",
    "organisation": "other",
    "other_organisation": "St Illustrative's Primary",
    "role": "Designated safeguarding lead",
    "access_needs": "",
}


@pytest.fixture
def mailbox(django_capture_on_commit_callbacks):
    """Emails as the worker sends them: after the transaction commits (the test task backend runs at once)."""

    class Mailbox:
        def post(self, client, url, data=None):
            with django_capture_on_commit_callbacks(execute=True):
                return client.post(url, data or {})

    return Mailbox()


def link_in(message, step):
    return re.search(rf"https?://[^/\s]+(/training-sessions/{step}/[^\s]+/)", message.body).group(1)


def book(client, mailbox, session, **changes):
    return mailbox.post(client, f"/training-sessions/{session.pk}/", {**DETAILS, **changes})


def test_booking_asks_to_confirm_the_email_then_holds_the_place_with_joining_instructions(client, mailbox, session):
    response = book(client, mailbox, session)
    assert response.status_code == 302
    assert "Check your email" in client.get(response["Location"]).content.decode()
    booking = Booking.objects.get(session=session)
    assert (booking.status, booking.email, booking.other_organisation) == (
        Status.UNCONFIRMED,
        "stefan.d@school.example",
        "St Illustrative's Primary",
    )
    (asking,) = mail.outbox
    assert asking.to == ["stefan.d@school.example"] and "Hello Ștefan Dumitrescu" in asking.body
    assert "&#x27;" not in asking.body
    confirm = link_in(asking, "confirm")
    assert link_in(asking, "cancel")

    page = client.get(confirm)
    assert page.status_code == 200 and "Confirm my email" in page.content.decode()
    assert Booking.objects.get(session=session).status == Status.UNCONFIRMED, (
        "opening the link (a mail scanner) changes nothing"
    )
    done = mailbox.post(client, confirm)
    assert "Your place is confirmed" in done.content.decode()
    booking.refresh_from_db()
    assert booking.status == Status.CONFIRMED and booking.queued_at
    confirmed = mail.outbox[-1]
    assert "Sign in at reception." in confirmed.body and link_in(confirmed, "cancel")
    (name, ics, kind) = confirmed.attachments[0]
    assert name == "training.ics" and kind.startswith("text/calendar") and "Sign in at reception." in ics
    assert BookingEmail.objects.filter(booking=booking, sent_at__isnull=False).count() == 2

    again = mailbox.post(client, confirm)
    assert "This link has been used" in again.content.decode()
    assert len(mail.outbox) == 2


def test_the_same_email_twice_is_one_booking_and_a_clear_message(client, mailbox, session):
    book(client, mailbox, session)
    response = book(client, mailbox, session, email="STEFAN.D@school.example", name="Someone else")
    assert response.status_code == 409
    assert "You have already booked this session" in response.content.decode()
    assert Booking.objects.filter(session=session).count() == 1 and len(mail.outbox) == 1


def test_a_full_session_takes_a_waiting_list_and_a_freed_place_is_offered_in_order(client, mailbox, course, settings):
    settings.KSCB_TRAINING_OFFER_HOURS = 24
    session = make_session(course, capacity=1)
    people = ["first", "second", "third"]
    for person in people:
        book(client, mailbox, session, email=f"{person}@work.example")
    for message in list(mail.outbox):
        mailbox.post(client, link_in(message, "confirm"))
    first, second, third = (Booking.objects.get(session=session, email=f"{p}@work.example") for p in people)
    assert (first.status, second.status, third.status) == (Status.CONFIRMED, Status.WAITING, Status.WAITING)
    assert "waiting list" in mail.outbox[-1].body

    cancel_link = link_in(next(m for m in mail.outbox if m.to == ["first@work.example"]), "cancel")
    assert "Your booking is cancelled" in mailbox.post(client, cancel_link).content.decode()
    second.refresh_from_db()
    assert second.status == Status.OFFERED
    assert second.offer_expires_at == pytest.approx(
        timezone.now() + datetime.timedelta(hours=24), abs=datetime.timedelta(minutes=1)
    )
    offer = mail.outbox[-1]
    assert offer.to == ["second@work.example"] and "place is free" in offer.subject
    assert "Your place is confirmed" in mailbox.post(client, link_in(offer, "accept")).content.decode()
    second.refresh_from_db()
    assert second.status == Status.CONFIRMED
    third.refresh_from_db()
    assert third.status == Status.WAITING


def test_an_offer_not_taken_up_in_time_goes_to_the_next_person(course, django_capture_on_commit_callbacks):
    now = timezone.now()
    session = make_session(course, capacity=1)
    held = Booking.objects.create(session=session, name="A", email="a@x.example", role="r", status=Status.CONFIRMED)
    waiting = [
        Booking.objects.create(
            session=session,
            name=n,
            email=f"{n}@x.example",
            role="r",
            status=Status.WAITING,
            queued_at=now + datetime.timedelta(seconds=i),
        )
        for i, n in enumerate(["b", "c"])
    ]
    with django_capture_on_commit_callbacks(execute=True):
        bookings.cancel(held.pk, now=now)
    offered = Booking.objects.get(pk=waiting[0].pk)
    assert offered.status == Status.OFFERED
    stamp = int(offered.offer_expires_at.timestamp())

    assert bookings.expire_offers(now=offered.offer_expires_at - datetime.timedelta(seconds=1)) == 0
    later = offered.offer_expires_at
    with django_capture_on_commit_callbacks(execute=True):
        assert bookings.expire_offers(now=later) == 1
    assert Booking.objects.get(pk=waiting[0].pk).status == Status.CANCELLED
    assert Booking.objects.get(pk=waiting[1].pk).status == Status.OFFERED
    assert bookings.accept_offer(waiting[0].pk, stamp, now=later)[0] == bookings.EXPIRED
    assert "gone to the next person" in mail.outbox[-2].subject


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        signing.dumps({"b": 1, "a": "cancel"}, salt="another.salt"),
        signing.dumps({"b": 999999, "a": "confirm"}, salt=tokens.SALT),
    ],
)
def test_tampered_or_unknown_links_get_a_clear_page(db, client, token):
    for step in ("confirm", "cancel", "accept"):
        response = client.post(f"/training-sessions/{step}/{token}/")
        assert response.status_code == 410
        assert "This link has expired or does not work" in response.content.decode()


def test_a_confirm_link_expires(client, mailbox, session, settings):
    book(client, mailbox, session)
    settings.KSCB_TRAINING_CONFIRM_HOURS = 0
    response = mailbox.post(client, link_in(mail.outbox[0], "confirm"))
    assert response.status_code == 410
    assert Booking.objects.get(session=session).status == Status.UNCONFIRMED


def test_a_cancel_link_cannot_confirm(client, mailbox, session):
    book(client, mailbox, session)
    cancel_path = link_in(mail.outbox[0], "cancel")
    token = cancel_path.split("/")[-2]
    assert client.post(f"/training-sessions/confirm/{token}/").status_code == 410


def test_closed_and_cancelled_sessions_take_no_booking(client, mailbox, course):
    past_deadline = make_session(course, days=1)
    response = client.get(f"/training-sessions/{past_deadline.pk}/")
    assert "Booking for this session has closed" in response.content.decode()
    assert book(client, mailbox, past_deadline).status_code == 410
    cancelled = make_session(course, cancelled=True)
    assert book(client, mailbox, cancelled).status_code == 410
    assert not Booking.objects.filter(session__in=[past_deadline, cancelled]).exists() and not mail.outbox


def test_a_malformed_email_or_missing_organisation_is_a_clear_message(client, mailbox, session):
    response = book(client, mailbox, session, email="not an email", other_organisation="")
    html = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in html and "Enter a valid email address." in html
    assert "Enter the name of your organisation." in html
    assert not Booking.objects.filter(session=session).exists()


def test_access_needs_that_triage_flags_go_to_childrens_voice_reviewers(client, mailbox, session):
    book(client, mailbox, session, access_needs="My partner hits me and I am scared to go home")
    booking = Booking.objects.get(session=session)
    assert booking.access_needs == "" and booking.access_needs_referred
    submission = Submission.objects.latest("created_at")
    assert submission.urgent and "scared to go home" in submission.message
    book(client, mailbox, session, email="other@work.example", access_needs="A hearing loop, please")
    assert Booking.objects.get(session=session, email="other@work.example").access_needs == "A hearing loop, please"


def test_staff_cancelling_a_session_tells_every_booker(course, django_capture_on_commit_callbacks):
    session = make_session(course, capacity=1)
    for n, status in enumerate([Status.CONFIRMED, Status.WAITING, Status.UNCONFIRMED]):
        Booking.objects.create(session=session, name="N", email=f"{n}@x.example", role="r", status=status)
    with django_capture_on_commit_callbacks(execute=True):
        assert bookings.cancel_session(session.pk) == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["0@x.example", "1@x.example"]
    assert all("cancelled" in m.subject for m in mail.outbox)
    assert set(session.bookings.values_list("status", flat=True)) == {Status.CANCELLED}


def test_a_failed_email_stays_in_the_outbox_and_the_periodic_command_sends_it(client, mailbox, session, settings):
    from django.core.management import call_command

    settings.EMAIL_BACKEND = "tests.training.failing_mail.Backend"
    book(client, mailbox, session)
    row = BookingEmail.objects.get()
    assert row.sent_at is None and row.attempts == 1 and "refused" in row.last_error
    assert Booking.objects.filter(session=session).count() == 1, "the booking is stored whatever the mail server does"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_training_emails", stdout=open("/dev/null", "w"))  # noqa: SIM115
    row.refresh_from_db()
    assert row.sent_at and len(mail.outbox) == 1


def test_too_many_booking_requests_from_one_address_are_refused_plainly(client, mailbox, session, settings):
    from django.core.cache import cache

    cache.clear()
    settings.KSCB_TRAINING_RATE_LIMIT = (2, 600)
    assert book(client, mailbox, session, email="one@work.example").status_code == 302
    assert book(client, mailbox, session, email="two@work.example").status_code == 302
    refused = book(client, mailbox, session, email="three@work.example")
    assert refused.status_code == 429 and "Too many bookings from where you are" in refused.content.decode()
    assert not Booking.objects.filter(email="three@work.example").exists() and len(mail.outbox) == 2
