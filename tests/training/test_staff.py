"""Staff: a session's register (printable), attendance marked, a session cancelled with everyone told,
and certificates of attendance that print Polish, Romanian and Arabic names as written."""

import re
import subprocess

import pytest
from django.core import mail
from django.urls import reverse

from tests.staff import make_user
from training.certificates import certificate_pdf
from training.models import Booking, Status

from .conftest import make_session

NAMES = ["Zofia Wójcik-Kładź", "Ștefan Țăranu", "محمد عبد الله"]


@pytest.fixture
def coordinator(db, client):
    client.force_login(make_user("coordinator", group="Training coordinators"))
    return client


@pytest.fixture
def booked(course):
    session = make_session(course, days=-1, capacity=5)
    people = [
        Booking.objects.create(
            session=session, name=name, email=f"{n}@x.example", role="Nurse", status=Status.CONFIRMED
        )
        for n, name in enumerate(NAMES)
    ]
    Booking.objects.create(session=session, name="Waiting Person", email="w@x.example", role="r", status=Status.WAITING)
    return session, people


def test_the_register_lists_people_and_prints(coordinator, booked):
    session, people = booked
    html = coordinator.get(reverse("training_register", args=[session.pk])).content.decode()
    for name in NAMES:
        assert name in html
    assert "Waiting Person" in html and "Save attendance" in html
    printed = coordinator.get(reverse("training_register", args=[session.pk]), {"print": 1}).content.decode()
    assert "Attendance register" in printed and "Signature" in printed and "Zofia Wójcik-Kładź" in printed
    assert "<script" not in printed


def test_marking_attendance_sends_each_attender_a_certificate_link_once(
    coordinator, booked, django_capture_on_commit_callbacks, client
):
    session, people = booked
    url = reverse("training_register", args=[session.pk])
    data = {f"attendance-{people[0].pk}": "attended", f"attendance-{people[1].pk}": "did-not-attend"}
    with django_capture_on_commit_callbacks(execute=True):
        assert coordinator.post(url, data).status_code == 302
    assert [b.status for b in Booking.objects.filter(pk__in=[p.pk for p in people]).order_by("pk")] == [
        Status.ATTENDED,
        Status.DID_NOT_ATTEND,
        Status.CONFIRMED,
    ]
    (message,) = mail.outbox
    assert message.to == ["0@x.example"] and "certificate" in message.subject
    with django_capture_on_commit_callbacks(execute=True):
        coordinator.post(url, data)
    assert len(mail.outbox) == 1

    link = re.search(r"https?://[^/\s]+(/training-sessions/certificate/[^\s]+/)", message.body).group(1)
    client.logout()
    pdf = client.get(link)
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert "no-store" in pdf["Cache-Control"]
    assert client.get(link.replace("certificate/", "certificate/x")).status_code == 410


def certificate_text(booking, tmp_path):
    """The certificate's text as pdftotext reads it, without the direction marks it puts round
    right-to-left runs (so the letters can be compared)."""
    pdf = certificate_pdf(booking)
    assert pdf.startswith(b"%PDF")
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"[\u200e\u200f\u202a-\u202e]", "", text)


def test_certificates_keep_polish_romanian_and_arabic_names(booked, tmp_path):
    session, people = booked
    for person in people:
        person.status = Status.ATTENDED
        assert person.name in certificate_text(person, tmp_path)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("", ["Knowsley Safeguarding Children Board", "Certificate of attendance", "certify that", "Level 2"]),
        ("pl", ["Rada ds. Ochrony Dzieci w Knowsley", "Zaświadczenie o udziale w szkoleniu", "Poziom 2", "udział"]),
        ("ro", ["Certificat de participare", "Prin prezentul se certifică faptul că", "a participat la cursul"]),
        ("ar", ["شهادة حضور", "نشهد بأن", "حضر/حضرت الدورة التدريبية", "المستوى 2"]),
    ],
)
def test_a_certificate_is_in_the_language_the_booker_used(booked, tmp_path, language, words):
    session, people = booked
    person = people[2 if language == "ar" else 0]
    person.status, person.language = Status.ATTENDED, language
    text = certificate_text(person, tmp_path)
    assert [word for word in words if word not in text] == [], text
    assert person.name in text and "Recognising neglect" in text
    if language:
        assert "Certificate of attendance" not in text and "This is to certify" not in text


def test_cancelling_a_session_from_the_admin_tells_every_booker(
    coordinator, course, django_capture_on_commit_callbacks
):
    session = make_session(course)
    for n, status in enumerate([Status.CONFIRMED, Status.WAITING]):
        Booking.objects.create(session=session, name="N", email=f"{n}@x.example", role="r", status=status)
    url = reverse("training_cancel_session", args=[session.pk])
    assert "2 bookers" in coordinator.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert coordinator.post(url).status_code == 302
    session.refresh_from_db()
    assert session.cancelled and len(mail.outbox) == 2


def test_only_coordinators_reach_registers_and_certificates(client, booked):
    session, people = booked
    client.force_login(make_user("editor", group="Editors"))
    for response in (
        client.get(reverse("training_register", args=[session.pk])),
        client.post(reverse("training_cancel_session", args=[session.pk])),
        client.get(reverse("training_staff_certificate", args=[people[0].pk])),
    ):
        assert response.status_code in (302, 403) and "Zofia" not in response.content.decode()
    session.refresh_from_db()
    assert not session.cancelled
