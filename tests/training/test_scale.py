"""The training pages and staff screens cost the same number of queries with a handful of bookings
and with 10,000 (issue 19: "query-count flat as bookings grow to 10,000").

Ten thousand bookings over a hundred sessions, past and coming, in every status, with organisations,
evaluations and impact answers: about what the partnership books in a few years. Each view is counted
once with the demo's bookings and again at scale, warm (as later readers see it) and, for the public
pages, cold (as the first reader after a publish sees it).
"""

import itertools

import pytest
from django.urls import reverse

from tests.staff import make_user
from training.models import Booking, Course, Evaluation, ImpactAnswer, PartnerAgency, Status, TrainingIndexPage

from .conftest import make_session

STATUSES = [Status.CONFIRMED, Status.WAITING, Status.ATTENDED, Status.DID_NOT_ATTEND, Status.CANCELLED]


@pytest.fixture
def coordinator(db, client):
    client.force_login(make_user("coordinator", group="Training coordinators"))
    return client


def add_ten_thousand_bookings(course):
    agencies = [PartnerAgency.objects.create(name=f"Scale agency {n}") for n in range(10)]
    sessions = [make_session(course, days=days, capacity=120) for days in range(-50, 50)]
    statuses = itertools.cycle(STATUSES)
    Booking.objects.bulk_create(
        (
            Booking(
                session=session,
                name=f"Person {n}",
                email=f"p{n}@s{session.pk}.example",
                role="Practitioner",
                organisation=agencies[n % len(agencies)],
                status=next(statuses),
            )
            for session in sessions
            for n in range(100)
        ),
        batch_size=2000,
    )
    past = [session for session in sessions if session.starts_at < sessions[50].starts_at]
    Evaluation.objects.bulk_create(
        Evaluation(session=session, usefulness=1 + n % 5) for session in past for n in range(10)
    )
    ImpactAnswer.objects.bulk_create(ImpactAnswer(session=session, answer="Illustrative answer") for session in past)
    assert Booking.objects.count() >= 10_000
    return sessions


def test_public_pages_cost_the_same_with_10000_bookings(client, course, count_queries):
    calendar = TrainingIndexPage.objects.live().get(locale__language_code="en-gb").url
    session = make_session(course, days=60)
    urls = [calendar, calendar + "?format=face-to-face", reverse("training_session", args=[session.pk])]

    def views():
        for url in urls:
            assert client.get(url).status_code == 200

    before = (count_queries.cold(views), count_queries.warm(views))
    add_ten_thousand_bookings(course)
    assert (count_queries.cold(views), count_queries.warm(views)) == before


def test_staff_screens_cost_the_same_with_10000_bookings(coordinator, course, count_queries):
    session = make_session(course, days=-70, capacity=120)
    Booking.objects.bulk_create(
        Booking(session=session, name=f"P{n}", email=f"{n}@x.example", role="r", status=Status.ATTENDED)
        for n in range(100)
    )
    urls = [
        reverse("training_report"),
        reverse("training_register", args=[session.pk]),
        reverse("wagtailsnippets_training_booking:list"),
        reverse("wagtailsnippets_training_session:list"),
    ]

    def views():
        for url in urls:
            assert coordinator.get(url).status_code == 200

    before = count_queries.warm(views)
    add_ten_thousand_bookings(course)
    Course.objects.create(title="Another", summary="s", level=4, audience="leads", format="e-learning", duration="1")
    assert count_queries.warm(views) == before


def test_coordinators_filter_bookings_by_session_and_status(coordinator, course):
    first, second = make_session(course, days=10), make_session(course, days=20)
    Booking.objects.create(session=first, name="Ada First", email="a@x.example", role="r", status=Status.CONFIRMED)
    Booking.objects.create(session=second, name="Bo Second", email="b@x.example", role="r", status=Status.WAITING)
    listing = reverse("wagtailsnippets_training_booking:list")

    html = coordinator.get(listing, {"session": first.pk}).content.decode()
    assert "Ada First" in html and "Bo Second" not in html
    html = coordinator.get(listing, {"status": Status.WAITING}).content.decode()
    assert "Bo Second" in html and "Ada First" not in html
