"""Multi-agency training: courses, their sessions, partner agencies and professionals' bookings.

Bookings hold names and work emails: only the Training coordinators group (and superusers) see
them, and the retention command deletes them a configurable time after their session.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage


class Level(models.IntegerChoices):
    ONE = 1, _("Level 1")
    TWO = 2, _("Level 2")
    THREE = 3, _("Level 3")
    FOUR = 4, _("Level 4")


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone who works with children")
    EDUCATION = "education", _("Schools and early years")
    HEALTH = "health", _("Health")
    SOCIAL_CARE = "social-care", _("Social care and early help")
    POLICE = "police", _("Police and community safety")
    VOLUNTARY = "voluntary", _("Voluntary and faith groups")
    LEADS = "leads", _("Designated leads and managers")


class Format(models.TextChoices):
    FACE_TO_FACE = "face-to-face", _("Face to face")
    LIVE_ONLINE = "live-online", _("Live online")
    E_LEARNING = "e-learning", _("E-learning")


class PartnerAgency(models.Model):
    """An organisation a booker can pick; anyone else chooses "Other" and types its name."""

    name = models.CharField(max_length=120, unique=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "partner agency"
        verbose_name_plural = "partner agencies"

    def __str__(self):
        return self.name


class Course(index.Indexed, models.Model):
    title = models.CharField(max_length=200)
    summary = models.TextField(max_length=500, help_text="One or two plain sentences: what the course is about.")
    level = models.PositiveSmallIntegerField(
        choices=Level.choices, help_text="The level in the partnership's competency framework (1 to 4)."
    )
    audience = models.CharField(max_length=20, choices=Audience.choices)
    format = models.CharField(max_length=20, choices=Format.choices)
    e_learning_url = models.URLField(
        "E-learning link", blank=True, help_text="For e-learning courses: where people take the course."
    )
    duration = models.CharField(max_length=60, help_text="In plain words, e.g. 'Three hours' or 'One day'.")
    learning_outcomes = models.TextField(help_text="One outcome a line: what people can do after the course.")
    prerequisites = models.TextField(blank=True, help_text="Courses or experience needed first. Leave blank if none.")
    is_illustrative = models.BooleanField(
        default=False, help_text="Demo content: the page says the course is an illustration."
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("audience"), FieldPanel("format")]),
        FieldPanel("e_learning_url"),
        FieldPanel("duration"),
        FieldPanel("learning_outcomes"),
        FieldPanel("prerequisites"),
        FieldPanel("is_illustrative"),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("summary"), index.AutocompleteField("title")]

    class Meta:
        ordering = ["level", "title"]

    def __str__(self):
        return self.title

    @property
    def outcomes(self):
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]


class SessionQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        return self.filter(starts_at__gte=now or timezone.now(), cancelled=False)

    def with_places(self):
        """Each session with its places taken (confirmed, offered or attended), in the same query."""
        return self.annotate(places_taken=Count("bookings", filter=Q(bookings__status__in=HOLDS_A_PLACE)))


class Session(models.Model):
    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="sessions")
    starts_at = models.DateTimeField("Starts", help_text="UK time (Europe/London).")
    ends_at = models.DateTimeField("Ends", help_text="UK time (Europe/London).")
    online = models.BooleanField(default=False, help_text="Held online: no venue.")
    venue = models.CharField(max_length=200, blank=True, help_text="Name and address of the venue.")
    access_information = models.TextField(
        blank=True, help_text="Step-free access, parking, hearing loop, toilets: what someone needs to know."
    )
    joining_instructions = models.TextField(
        blank=True,
        help_text="Sent only to people with a confirmed place: the online meeting link, or where to go on the day.",
    )
    capacity = models.PositiveSmallIntegerField(default=20, help_text="How many places.")
    booking_deadline = models.DateTimeField(help_text="No bookings after this time (UK time).")
    cancelled = models.BooleanField(default=False, help_text="Set with the 'Cancel session' button: it tells everyone.")
    places_filled_archived = models.PositiveIntegerField(
        default=0, editable=False, help_text="Places filled by bookings the retention command has since deleted."
    )
    attended_archived = models.PositiveIntegerField(default=0, editable=False)

    objects = SessionQuerySet.as_manager()

    panels = [
        FieldPanel("course"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel([FieldPanel("online"), FieldPanel("venue"), FieldPanel("access_information")], heading="Where"),
        FieldPanel("joining_instructions"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("booking_deadline")]),
    ]

    class Meta:
        ordering = ["starts_at"]

    def __str__(self):
        when = timezone.localtime(self.starts_at)
        return f"{self.course.title}, {when:%d %B %Y %H:%M}"

    def places_left(self):
        taken = getattr(self, "places_taken", None)
        if taken is None:
            taken = self.bookings.filter(status__in=HOLDS_A_PLACE).count()
        return max(self.capacity - taken, 0)

    def booking_open(self, now=None):
        now = now or timezone.now()
        return not self.cancelled and now < self.booking_deadline and now < self.starts_at

    def where(self):
        return "Online" if self.online else self.venue


class Status(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("Email not confirmed yet")
    CONFIRMED = "confirmed", _("Place confirmed")
    WAITING = "waiting", _("On the waiting list")
    OFFERED = "offered", _("Offered a freed place")
    CANCELLED = "cancelled", _("Cancelled")
    ATTENDED = "attended", _("Attended")
    DID_NOT_ATTEND = "did-not-attend", _("Did not attend")


HOLDS_A_PLACE = [Status.CONFIRMED, Status.OFFERED, Status.ATTENDED, Status.DID_NOT_ATTEND]
ACTIVE = [Status.UNCONFIRMED, Status.CONFIRMED, Status.WAITING, Status.OFFERED]


class Booking(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="bookings")
    name = models.CharField(max_length=120)
    email = models.EmailField("Work email", max_length=254, help_text="Stored in lower case.")
    organisation = models.ForeignKey(PartnerAgency, null=True, blank=True, on_delete=models.SET_NULL)
    other_organisation = models.CharField(max_length=120, blank=True)
    role = models.CharField(max_length=120)
    access_needs = models.TextField(blank=True, max_length=1000)
    access_needs_referred = models.BooleanField(
        default=False,
        help_text="The access needs box held words that triage passed to the children's voice reviewers; "
        "ask the booker about their access needs directly.",
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.UNCONFIRMED, db_index=True)
    language = models.CharField(max_length=10, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    queued_at = models.DateTimeField(
        null=True, blank=True, help_text="When the email was confirmed: the waiting list goes in this order."
    )
    offer_expires_at = models.DateTimeField(null=True, blank=True)
    status_changed_at = models.DateTimeField(default=timezone.now)
    evaluated = models.BooleanField(
        default=False, help_text="The evaluation form was sent back (its answers are kept apart)."
    )
    impact_answered = models.BooleanField(default=False)

    panels = [
        FieldPanel("session", read_only=True),
        FieldPanel("name"),
        FieldPanel("email"),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("other_organisation")]),
        FieldPanel("role"),
        FieldPanel("access_needs"),
        FieldPanel("status"),
    ]

    class Meta:
        ordering = ["session", "queued_at", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "email"],
                condition=~Q(status="cancelled"),
                name="training_one_live_booking_per_email",
            )
        ]
        indexes = [models.Index(fields=["session", "status", "queued_at"], name="training_booking_queue")]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    @property
    def organisation_name(self):
        return self.organisation.name if self.organisation_id else self.other_organisation

    def set_status(self, status, now=None):
        self.status = status
        self.status_changed_at = now or timezone.now()


def retention_days():
    return settings.KSCB_TRAINING_BOOKING_DAYS


def places_filled(year=None):
    """Places filled by bookings (and those retention has since deleted), overall or in one year's sessions."""
    sessions = Session.objects.all()
    if year:
        start = timezone.make_aware(datetime.datetime(year, 1, 1))
        sessions = sessions.filter(starts_at__gte=start, starts_at__lt=start.replace(year=year + 1))
    kept = Booking.objects.filter(session__in=sessions, status__in=FILLED).count()
    archived = sessions.aggregate(total=models.Sum("places_filled_archived"))["total"] or 0
    return kept + archived


FILLED = [Status.CONFIRMED, Status.ATTENDED, Status.DID_NOT_ATTEND]


class TrainingIndexPage(BasePage):
    """The course catalogue and the calendar of sessions, with filters that work without JavaScript."""

    introduction = models.TextField(max_length=600, help_text="One or two plain sentences at the top.")
    guide = RichTextField(
        "Which course is right for me?",
        features=["h3", "bold", "ol", "ul", "link"],
        blank=True,
        help_text="A short guide to the levels and who each course is for.",
    )
    places_filled_before = models.PositiveIntegerField(
        default=0, help_text="Places filled before online booking, added to the total the page shows."
    )
    places_filled_before_note = models.CharField(
        max_length=200, blank=True, help_text="Where that figure comes from, e.g. the board's annual report."
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("guide"),
        MultiFieldPanel(
            [FieldPanel("places_filled_before"), FieldPanel("places_filled_before_note")],
            heading="Places filled before online booking",
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("guide")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("guide"),
        SynchronizedField("places_filled_before"),
        TranslatableField("places_filled_before_note"),
    ]

    subpage_types = []
    max_count = 1
    template = "training/training_index_page.html"

    class Meta:
        verbose_name = "training calendar page"

    def get_context(self, request, *args, **kwargs):
        from .calendar import SessionCalendar

        context = super().get_context(request, *args, **kwargs)
        calendar = SessionCalendar(request.GET)
        context.update(
            calendar=calendar,
            sessions=calendar.sessions(),
            courses=calendar.courses(),
            filters=calendar.filters(),
            places_filled_this_year=places_filled(year=timezone.localdate().year),
            places_filled_overall=places_filled() + self.places_filled_before,
        )
        return context


class EmailKind(models.TextChoices):
    CONFIRM_ADDRESS = "confirm-address", "Confirm your email"
    PLACE_CONFIRMED = "place-confirmed", "Place confirmed, with joining instructions"
    WAITING_LIST = "waiting-list", "On the waiting list"
    PLACE_OFFERED = "place-offered", "A place is free"
    OFFER_EXPIRED = "offer-expired", "Offer expired"
    BOOKING_CANCELLED = "booking-cancelled", "Booking cancelled"
    SESSION_CANCELLED = "session-cancelled", "Session cancelled"
    ATTENDED = "attended", "Thank you for attending, with the certificate and the evaluation form"
    IMPACT = "impact", "Three months on: what have you changed?"


class BookingEmail(models.Model):
    """The outbox: written in the same transaction as the change it tells about, sent by the worker."""

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="emails")
    kind = models.CharField(max_length=30, choices=EmailKind.choices)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["sent_at", "created_at"], name="training_email_outbox")]

    def __str__(self):
        return f"{self.get_kind_display()} to booking {self.booking_id}"


class Evaluation(models.Model):
    """An attender's short, anonymous view of a session: kept with the session, never with the booking."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="evaluations")
    usefulness = models.PositiveSmallIntegerField(
        choices=[(n, str(n)) for n in range(1, 6)], help_text="1 (not useful) to 5 (very useful)."
    )
    comment = models.TextField(blank=True, max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.usefulness}/5 for session {self.session_id}"


class ImpactAnswer(models.Model):
    """Three months on, "what have you changed in your practice?": anonymous, kept with the course's session."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="impact_answers")
    answer = models.TextField(max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Impact answer for session {self.session_id}"
