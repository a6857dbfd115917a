"""What young people send, and what reviewers record about it.

No IP address, user agent or cookie identifier is ever stored here.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from .choices import AgeGroup, ContactMethod, SafeToContact, Status
from .taxonomy import FeedbackArea, FeedbackTopic

MESSAGE_MAX_LENGTH = 2000
# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: easy to read out on the phone. 25**6 is about 244 million.
REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
REFERENCE_LENGTH = 6
# Everything the young person gave so we could reply: removed together on the retention schedule.
CONTACT_FIELDS = ("contact_name", "contact_method", "contact_detail", "safe_to_contact", "good_time_to_contact")


def new_reference():
    """A random reference a young person can quote: it says nothing about how many messages arrive."""
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


class SubmissionQuerySet(models.QuerySet):
    def for_review(self):
        """Urgent first, then newest first, with everything a listing shows."""
        return self.select_related("area", "assigned_to").order_by("-urgent", "-created_at", "-pk")

    def waiting(self):
        return self.filter(status=Status.NEW)


class Submission(models.Model):
    reference = models.CharField(
        max_length=12,
        unique=True,
        default=new_reference,
        editable=False,
        help_text="Shown to the young person on the thank-you page, so they can quote it.",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    language = models.CharField(max_length=10, help_text="The language of the site when this was sent.")
    message = models.TextField(max_length=MESSAGE_MAX_LENGTH)
    topics = models.ManyToManyField(FeedbackTopic, blank=True, related_name="submissions")
    age_group = models.CharField(max_length=12, choices=AgeGroup.choices, blank=True)
    area = models.ForeignKey(FeedbackArea, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    wants_reply = models.BooleanField(default=False)
    contact_name = models.CharField("first name or nickname", max_length=60, blank=True)
    contact_method = models.CharField(max_length=5, choices=ContactMethod.choices, blank=True)
    contact_detail = models.CharField(max_length=254, blank=True)
    safe_to_contact = models.CharField(
        "safe to contact this way?", max_length=8, choices=SafeToContact.choices, blank=True
    )
    good_time_to_contact = models.CharField(max_length=100, blank=True)
    contact_details_removed_at = models.DateTimeField(null=True, blank=True)

    # Stored all the same, marked for reviewers: sent over the rate limit, or with a filled
    # honeypot or a missing, replayed or expired start token.
    possible_flood = models.BooleanField(
        default=False, db_index=True, help_text="Sent when this address had already sent many messages."
    )
    possible_spam = models.BooleanField(
        default=False, db_index=True, help_text="Looked sent by a machine; a person may still have written it."
    )
    spam_signs = models.CharField(max_length=200, blank=True, help_text="Why it was marked.")

    # Triage and review, by board staff.
    urgent = models.BooleanField(default=False, db_index=True)
    matched_indicators = models.TextField(blank=True, help_text="Safeguarding phrases found when it was sent.")
    triage_matches = models.JSONField(
        default=list, blank=True, help_text="Each triage rule that matched: its category and the words, with places."
    )
    urgency_reason = models.TextField(
        blank=True, help_text="Why a reviewer changed the urgency. Required when you change it."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW, db_index=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True, help_text="When the case was last closed.")
    on_hold = models.BooleanField(
        default=False, help_text="Keep this submission beyond the retention periods (a case or legal hold)."
    )

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-urgent", "-created_at"]
        permissions = [("export_submission", "Can export submissions")]

    def __str__(self):
        return f"Submission {self.reference}"

    def topic_names(self):
        return ", ".join(topic.name for topic in self.topics.all())

    def remove_contact_details(self, now):
        for name in CONTACT_FIELDS:
            setattr(self, name, "")
        self.contact_details_removed_at = now


class SubmissionNote(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    text = models.TextField(max_length=4000)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"Note on {self.submission.reference}"
