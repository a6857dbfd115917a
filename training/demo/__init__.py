"""Demo training: illustrative courses and sessions around the board's priorities, marked as illustrative.

The only figure from the board's own material is the history: "in excess of 2,000 allocated places
have been filled" (the board's response to the Child R review). Sessions are placed relative to the
day the demo is loaded, so the calendar always has some to show. Safe to run twice.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Site

from home.demo import DEMO_PASSWORD
from home.demo.helpers import ensure_page, paragraph_block
from home.models import StandardPage
from training.models import (
    Audience,
    Booking,
    Course,
    Evaluation,
    Format,
    ImpactAnswer,
    PartnerAgency,
    Session,
    Status,
    TrainingIndexPage,
)

COORDINATOR_USERNAME = "training-coordinator"
COORDINATORS_GROUP = "Training coordinators"

AGENCIES = [
    "Knowsley Council",
    "Merseyside Police",
    "NHS health services",
    "Schools and colleges",
    "Early years settings",
    "Voluntary and community groups",
]

COURSES = [
    {
        "title": "Safeguarding essentials (e-learning)",
        "summary": "An introduction for anyone who works with children: what abuse and neglect are, and who to tell.",
        "level": 1,
        "audience": Audience.EVERYONE,
        "format": Format.E_LEARNING,
        "duration": "About an hour, at your own pace",
        "learning_outcomes": "Say what abuse and neglect are\nKnow who to tell if you are worried about a child",
    },
    {
        "title": "Recognising and responding to neglect",
        "summary": "Spotting neglect early and working together on it, one of the board's priorities.",
        "level": 2,
        "audience": Audience.EVERYONE,
        "format": Format.FACE_TO_FACE,
        "duration": "Half a day (three hours)",
        "learning_outcomes": "Recognise the signs of neglect\nShare a concern with the right agency",
    },
    {
        "title": "Domestic abuse: the impact on children",
        "summary": "How domestic abuse affects children, and what practitioners can do.",
        "level": 2,
        "audience": Audience.EVERYONE,
        "format": Format.LIVE_ONLINE,
        "duration": "Two and a half hours",
        "learning_outcomes": "Describe how domestic abuse affects children\nKnow the local routes for help",
    },
    {
        "title": "Safer sleeping for babies",
        "summary": "Giving families the safe sleeping messages, in line with the board's safe sleeping campaign.",
        "level": 1,
        "audience": Audience.HEALTH,
        "format": Format.FACE_TO_FACE,
        "duration": "Two hours",
        "learning_outcomes": "Give the safe sleeping messages to families\nUse the campaign's leaflets",
    },
    {
        "title": "Learning from the Child R review",
        "summary": "A seminar on the lessons from the Child R serious case review and the board's response.",
        "level": 3,
        "audience": Audience.LEADS,
        "format": Format.FACE_TO_FACE,
        "duration": "One day",
        "learning_outcomes": "Explain the review's findings\nApply the lessons in your own agency",
        "prerequisites": "Level 2 training, or equivalent experience.",
    },
]

# (course index, days from today, capacity, demo bookings, online)
SESSIONS = [
    (1, -40, 12, 10, False),
    (1, 21, 20, 6, False),
    (1, 70, 20, 0, False),
    (2, -20, 30, 24, True),
    (2, 14, 30, 30, True),
    (2, 45, 30, 3, True),
    (3, 10, 15, 15, False),
    (3, 60, 15, 2, False),
    (4, -60, 25, 20, False),
    (4, 35, 25, 25, False),
]


PRIVACY_HEADING = "Booking a training place"


def privacy_notice_blocks(days):
    return [
        ("heading", {"text": PRIVACY_HEADING, "level": "h2"}),
        paragraph_block(
            "When you book a training place, we keep your name, work email, organisation and role, any access "
            "needs you tell us about, and whether you attended. We use them to run the session, to send you "
            "joining instructions and your certificate, and to count places filled and attendance.",
            f"We delete your booking {days} days after the session. We keep only the number of places filled "
            "and attended.",
            "Only the board's training coordinators can see bookings. If what you write in the access needs box "
            "makes us worried that someone is in danger, it is passed to the staff who read messages about "
            "children's safety, and is not kept with your booking.",
        ),
    ]


def ensure_privacy_notice_section(home):
    """Add the training section to the privacy notice once, stating the retention period."""
    notice = home.get_children().filter(slug="privacy-notice").type(StandardPage).first()
    if notice is None:
        return
    notice = notice.specific
    if any(block.block_type == "heading" and block.value["text"] == PRIVACY_HEADING for block in notice.body):
        return
    for block in privacy_notice_blocks(settings.KSCB_TRAINING_BOOKING_DAYS):
        notice.body.append(block)
    notice.save_revision().publish()


def ensure_demo_coordinator(stdout):
    """A training coordinator to sign in as (demo mode only): courses, sessions, bookings, registers and
    certificates, as the Training coordinators group allows. accounts/demo.py gives it the demo authenticator."""
    User = get_user_model()
    coordinator = User.objects.filter(username=COORDINATOR_USERNAME).first()
    if coordinator is None:
        coordinator = User.objects.create_user(
            COORDINATOR_USERNAME,
            "training-coordinator@kscb.example",
            DEMO_PASSWORD,
            first_name="Demo",
            last_name="Training coordinator",
        )
        coordinator.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    stdout.write(f"Demo training coordinator: user: {COORDINATOR_USERNAME}  password: {DEMO_PASSWORD}")


def load(stdout):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    ensure_privacy_notice_section(home)
    if settings.KSCB_DEMO_MODE:
        ensure_demo_coordinator(stdout)
    parent = home.get_children().filter(slug="training").first() or home
    ensure_page(
        parent.specific,
        TrainingIndexPage,
        "calendar",
        title="Training calendar and booking",
        introduction="Book a place on the board's multi-agency safeguarding training. The courses and sessions "
        "shown in this demo are illustrative.",
        guide="<p>Illustrative guide: level 1 courses are for everyone who works with children; level 2 for those "
        "who work with children and families often; levels 3 and 4 for designated leads and managers.</p>",
        places_filled_before=2000,
        places_filled_before_note="Includes 2,000 places filled before online booking: the board's response to the "
        "Child R review reports 'in excess of 2,000'.",
        listing_summary="Book a place on multi-agency safeguarding training.",
    )
    for position, name in enumerate(AGENCIES):
        PartnerAgency.objects.get_or_create(name=name, defaults={"sort_order": position})
    agencies = list(PartnerAgency.objects.all())
    courses = []
    for fields in COURSES:
        course, _created = Course.objects.get_or_create(
            title=fields["title"], defaults={**fields, "is_illustrative": True}
        )
        courses.append(course)
    if Session.objects.filter(course__in=courses).exists():
        return
    today = timezone.localtime().replace(hour=9, minute=30, second=0, microsecond=0)
    for course_index, days, capacity, booked, online in SESSIONS:
        starts = today + datetime.timedelta(days=days)
        session = Session.objects.create(
            course=courses[course_index],
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=3),
            online=online,
            venue="" if online else "Illustrative venue, Huyton",
            access_information="" if online else "Illustrative: step-free entrance, hearing loop in the room.",
            joining_instructions="Illustrative: the meeting link is sent the day before."
            if online
            else "Illustrative: sign in at reception.",
            capacity=capacity,
            booking_deadline=starts - datetime.timedelta(days=3),
        )
        past = days < 0
        for number in range(booked):
            status = (Status.ATTENDED if number % 6 else Status.DID_NOT_ATTEND) if past else Status.CONFIRMED
            Booking.objects.create(
                session=session,
                name=f"Illustrative booker {number + 1}",
                email=f"booker{number + 1}.session{session.pk}@kscb.example",
                organisation=agencies[number % len(agencies)],
                role="Illustrative role",
                status=status,
                queued_at=starts - datetime.timedelta(days=20),
                evaluated=past and number % 3 == 1,
            )
        if past:
            for usefulness in (5, 4, 4, 3):
                Evaluation.objects.create(
                    session=session, usefulness=usefulness, comment="Illustrative demo evaluation."
                )
            ImpactAnswer.objects.create(
                session=session,
                answer="Illustrative demo answer: I now write down what the child says, in their words.",
            )
    stdout.write("Training: 5 illustrative courses and 10 sessions, some full and some past.")
