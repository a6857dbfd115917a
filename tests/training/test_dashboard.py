"""The dashboard tells a training coordinator which sessions in the next six weeks have few bookings;
nobody else sees it; one query however many sessions and bookings there are."""

import pytest
from django.urls import reverse

from tests.staff import make_user
from training.models import Booking, Session, Status

from .conftest import make_session

PANEL = "Sessions with few bookings"


@pytest.fixture
def coordinator(db, client):
    client.force_login(make_user("coordinator", group="Training coordinators"))
    return client


def book(session, count, status=Status.CONFIRMED):
    Booking.objects.bulk_create(
        Booking(session=session, name="N", email=f"{status}{n}@s{session.pk}.example", role="r", status=status)
        for n in range(count)
    )


def test_coordinators_see_sessions_with_few_bookings_soon(coordinator, course):
    Session.objects.update(cancelled=True)  # the demo's own sessions aside
    quiet = make_session(course, days=10, capacity=20)
    book(quiet, 9)
    book(quiet, 5, status=Status.WAITING)  # the waiting list holds no place
    busy = make_session(course, days=11, capacity=20)
    book(busy, 10)
    later = make_session(course, days=60, capacity=20)

    html = coordinator.get(reverse("wagtailadmin_home")).content.decode()
    assert PANEL in html
    assert reverse("training_register", args=[quiet.pk]) in html and "9 of 20 places taken" in html
    assert reverse("training_register", args=[busy.pk]) not in html, "half the places taken is enough"
    assert reverse("training_register", args=[later.pk]) not in html, "more than six weeks away"


def test_when_every_session_is_well_booked_the_panel_says_so(coordinator, course):
    Session.objects.update(cancelled=True)
    book(make_session(course, days=10, capacity=4), 3)
    html = coordinator.get(reverse("wagtailadmin_home")).content.decode()
    assert "Every session in the next 6 weeks has at least half its places taken." in html


def test_editors_do_not_see_it(client, db):
    client.force_login(make_user("editor", group="Editors"))
    assert PANEL not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_panel_costs_one_query_however_many_sessions(coordinator, course, count_queries):
    def view():
        assert coordinator.get(reverse("wagtailadmin_home")).status_code == 200

    before = count_queries.warm(view)
    for days in range(2, 40):
        book(make_session(course, days=days, capacity=30), days % 7)
    assert count_queries.warm(view) == before
