"""Reports → Training: places, attendance, no-shows by organisation, evaluations and impact, with a
CSV and an XLSX that never run as a formula; for coordinators only, in the same queries however many bookings."""

from io import BytesIO

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from tests.staff import make_user
from training.models import Booking, Evaluation, ImpactAnswer, Status

from .conftest import make_session


@pytest.fixture
def coordinator(db, client):
    client.force_login(make_user("coordinator", group="Training coordinators"))
    return client


def test_the_report_counts_places_attendance_evaluations_and_impact(coordinator, course, agency):
    course.title = "=Neglect course"
    course.save()
    session = make_session(course, days=-5, capacity=4)
    for n, status in enumerate([Status.ATTENDED, Status.ATTENDED, Status.ATTENDED, Status.DID_NOT_ATTEND]):
        Booking.objects.create(
            session=session, name="N", email=f"{n}@x.example", role="r", status=status, organisation=agency
        )
    Evaluation.objects.create(session=session, usefulness=4)
    Evaluation.objects.create(session=session, usefulness=5)
    ImpactAnswer.objects.create(session=session, answer="I ask the child first.")

    html = coordinator.get(reverse("training_report")).content.decode()
    assert "75%" in html and "(4.5)" in html and "I ask the child first." in html
    assert "Knowsley Council (test): 1" in html

    csv = coordinator.get(reverse("training_report"), {"export": "csv"}).content.decode()
    line = next(line for line in csv.splitlines() if "Neglect course" in line)
    assert line.startswith("'=Neglect course,")
    assert ",4,3,1,75,0,2,4.5,1" in line

    xlsx = coordinator.get(reverse("training_report"), {"export": "xlsx"})
    assert xlsx["Content-Disposition"] == 'attachment; filename="training-report.xlsx"'
    sheet = load_workbook(BytesIO(xlsx.content)).active
    header, *rows = sheet.iter_rows()
    assert [cell.value for cell in header][:3] == ["Course", "Starts", "Cancelled"]
    (row,) = [row for row in rows if "Neglect course" in str(row[0].value)]
    # The title is kept exactly as typed, as text: no cell in the workbook is a formula.
    assert row[0].value == "=Neglect course" and row[0].data_type == "s"
    assert not [cell for line in sheet.iter_rows() for cell in line if cell.data_type == "f"]
    assert [cell.value for cell in row[3:]] == [4, 4, 3, 1, 75, 0, 2, 4.5, 1]
    assert row[1].value.date() == timezone.localtime(session.starts_at).date()


def test_the_report_costs_the_same_queries_as_bookings_grow(coordinator, course, count_queries):
    def view():
        assert coordinator.get(reverse("training_report")).status_code == 200

    before = count_queries.warm(view)
    for days in range(-30, -10):
        session = make_session(course, days=days)
        Booking.objects.bulk_create(
            Booking(session=session, name="A", email=f"a{n}@x.example", role="r", status=Status.ATTENDED)
            for n in range(10)
        )
    assert count_queries.warm(view) == before


def test_editors_do_not_see_the_report(client, db):
    client.force_login(make_user("editor", group="Editors"))
    response = client.get(reverse("training_report"))
    assert response.status_code in (302, 403)
    assert "Training report" not in response.content.decode()


def test_the_demo_gives_every_part_of_the_report_something_to_show(coordinator):
    html = coordinator.get(reverse("training_report")).content.decode()
    assert "Illustrative demo answer" in html
    assert "No no-shows recorded." not in html and "(4.0)" in html
