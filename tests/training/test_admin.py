"""Courses, sessions and bookings in the admin: bookings are for the Training coordinators group only."""

import pytest
from django.urls import reverse

from tests.staff import make_user
from training.models import Booking


@pytest.fixture
def booking(session):
    return Booking.objects.create(session=session, name="Zofia Wójcik", email="zofia@example.org", role="Teacher")


def test_coordinators_see_and_export_bookings(client, booking):
    client.force_login(make_user("coordinator", group="Training coordinators"))
    response = client.get(reverse("wagtailsnippets_training_booking:list"), {"session": booking.session_id})
    assert response.status_code == 200
    assert "Zofia Wójcik" in response.content.decode()
    assert client.get(reverse("wagtailsnippets_training_session:list")).status_code == 200
    assert client.get(reverse("wagtailsnippets_training_course:add")).status_code == 200


@pytest.mark.parametrize("group", [None, "Editors", "Moderators", "Children's voice reviewers"])
def test_nobody_else_sees_bookings(client, booking, group):
    client.force_login(make_user("someone", group=group, is_staff=True))
    response = client.get(reverse("wagtailsnippets_training_booking:list"))
    assert response.status_code in (302, 403)
    assert "Zofia" not in response.content.decode()


def test_coordinators_must_use_two_factor_authentication(db):
    from django.test import Client

    from tests.staff import STAFF_PASSWORD

    coordinator = make_user("coordinator", group="Training coordinators")
    client = Client()
    assert (
        client.post("/admin/login/", {"username": coordinator.username, "password": STAFF_PASSWORD}).status_code == 302
    )
    response = client.get(reverse("wagtailsnippets_training_booking:list"))
    assert response.status_code == 302 and response["Location"].startswith("/admin/two-factor/")
    page = client.get(response["Location"]).content.decode()
    assert "Your account can see training bookings, so it must use two-factor authentication" in page


def test_the_bookings_export_never_runs_as_a_formula(client, session):
    Booking.objects.create(session=session, name="=HYPERLINK(1)", email="f@x.example", role="+1", status="confirmed")
    client.force_login(make_user("coordinator", group="Training coordinators"))
    response = client.get(reverse("wagtailsnippets_training_booking:list"), {"session": session.pk, "export": "csv"})
    body = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK(1)" in body and "'+1" in body


def test_the_sessions_list_links_each_session_to_its_register_and_cancel_screens(client, session):
    client.force_login(make_user("coordinator", group="Training coordinators"))
    html = client.get(reverse("wagtailsnippets_training_session:list")).content.decode()
    assert reverse("training_register", args=[session.pk]) in html
    assert reverse("training_cancel_session", args=[session.pk]) in html
    report = client.get(reverse("training_report"))
    assert report.status_code == 200 and "Training report" in report.content.decode()
