import datetime

import pytest
from django.utils import timezone

from training.models import Audience, Course, Format, PartnerAgency, Session


@pytest.fixture
def course(db):
    return Course.objects.create(
        title="Recognising neglect",
        summary="Spotting the signs of neglect early.",
        level=2,
        audience=Audience.EVERYONE,
        format=Format.FACE_TO_FACE,
        duration="Three hours",
        learning_outcomes="Name the signs of neglect\nKnow who to tell",
    )


def make_session(course, days=30, capacity=20, **extra):
    starts = timezone.now().replace(microsecond=0) + datetime.timedelta(days=days)
    return Session.objects.create(
        course=course,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=3),
        venue="Illustrative venue, Huyton",
        capacity=capacity,
        booking_deadline=starts - datetime.timedelta(days=2),
        joining_instructions="Sign in at reception.",
        **extra,
    )


@pytest.fixture
def session(course):
    return make_session(course)


@pytest.fixture
def agency(db):
    return PartnerAgency.objects.get_or_create(name="Knowsley Council (test)")[0]
