"""Bookings go KSCB_TRAINING_BOOKING_DAYS after their session; the counts stay; each purge is audited."""

import io

from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry, Page

from training.models import Booking, Status, TrainingIndexPage, places_filled

from .conftest import make_session


def test_old_bookings_are_deleted_counted_and_audited(course, settings):
    settings.KSCB_TRAINING_BOOKING_DAYS = 365
    old = make_session(course, days=-400)
    recent = make_session(course, days=-10)
    for session in (old, recent):
        for n, status in enumerate([Status.ATTENDED, Status.DID_NOT_ATTEND, Status.CANCELLED]):
            Booking.objects.create(session=session, name="Name", email=f"{n}@x.example", role="r", status=status)
    year = timezone.localtime(old.starts_at).year
    filled_before = places_filled(year), places_filled()

    out = io.StringIO()
    call_command("apply_training_retention", stdout=out)
    assert "Deleted 3 training booking(s)" in out.getvalue()
    assert not Booking.objects.filter(session=old).exists()
    assert Booking.objects.filter(session=recent).count() == 3
    old.refresh_from_db()
    assert (old.places_filled_archived, old.attended_archived) == (2, 1)
    assert (places_filled(year), places_filled()) == filled_before, "the figures stay"
    entry = ModelLogEntry.objects.filter(action="training.purge").latest("timestamp")
    assert entry.object_id == str(old.pk)
    assert entry.data == {"bookings_deleted": 3, "places_filled": 2, "attended": 1, "retention_days": 365}
    assert "Name" not in str(entry.data)

    call_command("apply_training_retention", stdout=out)
    assert ModelLogEntry.objects.filter(action="training.purge").count() == 1


def test_the_privacy_notice_has_a_training_section(client, db):
    assert TrainingIndexPage.objects.exists()
    notice = Page.objects.get(slug="privacy-notice", locale__language_code="en-gb")
    html = client.get(notice.url).content.decode()
    assert "Booking a training place" in html and "365 days after the session" in html
