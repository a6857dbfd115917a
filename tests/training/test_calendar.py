"""The training calendar page: courses, upcoming sessions with places left, GET filters with counts,
an .ics per session and the iCalendar feed; the same number of queries however many sessions."""

import pytest

from training.models import Booking, Course, Session, Status, TrainingIndexPage

from .conftest import make_session


@pytest.fixture
def calendar_page(db):
    return TrainingIndexPage.objects.live().get(locale__language_code="en-gb")


def test_the_demo_calendar_lists_courses_sessions_and_places(client, calendar_page):
    response = client.get(calendar_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert "Recognising and responding to neglect" in html
    assert "Illustrative demo course" in html
    assert "places left" in html and "Full: join the waiting list" in html
    assert "places filled overall" in html and "2,000" in html
    assert 'href="/training-sessions/calendar.ics"' in html


def test_filters_narrow_the_sessions_and_show_counts(client, calendar_page):
    online = Session.objects.upcoming().filter(course__format="live-online").count()
    html = client.get(calendar_page.url, {"format": "live-online"}).content.decode()
    assert f"{online} sessions coming up" in html or f"{online} session coming up" in html
    assert "Recognising and responding to neglect</a>" not in html
    assert f'<option value="live-online" selected>Live online ({online})</option>' in html
    assert "Clear the filters" in html


def test_nonsense_filters_are_ignored(client, calendar_page):
    for query in ({"level": "9"}, {"month": "2026-13"}, {"audience": "<script>"}, {"format": ["a", "b"]}):
        response = client.get(calendar_page.url, query)
        assert response.status_code == 200
        assert "<script>" not in response.content.decode()


def test_a_month_filter(client, calendar_page):
    session = Session.objects.upcoming().first()
    month = session.starts_at.astimezone().strftime("%Y-%m")
    html = client.get(calendar_page.url, {"month": month}).content.decode()
    assert session.course.title in html


def test_query_count_stays_flat_as_sessions_and_bookings_grow(client, calendar_page, count_queries, course):
    def view():
        assert client.get(calendar_page.url).status_code == 200

    before = count_queries(view)
    for days in range(5, 25):
        session = make_session(course, days=days)
        Booking.objects.bulk_create(
            Booking(session=session, name="A", email=f"a{n}@x.example", role="r", status=Status.CONFIRMED)
            for n in range(5)
        )
    Course.objects.create(title="Another", summary="s", level=4, audience="leads", format="e-learning", duration="1")
    assert count_queries(view) == before


def test_an_ics_file_per_session_and_a_feed(client, session):
    response = client.get(f"/training-sessions/{session.pk}/calendar.ics")
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/calendar")
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    assert f"UID:training-session-{session.pk}@" in body
    assert "SUMMARY:Recognising neglect" in body
    assert "DTSTART:" + session.starts_at.strftime("%Y%m%dT%H%M%SZ") in body
    assert "Sign in at reception" not in body, "joining instructions go only to confirmed bookers"
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    feed = client.get("/training-sessions/calendar.ics").content.decode()
    assert f"UID:training-session-{session.pk}@" in feed
