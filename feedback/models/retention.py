"""Who is told about new submissions, and how long submissions are kept."""

import datetime

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

# Below these a slip of the keyboard would erase a case before anyone could act on it.
MIN_CONTACT_DETAILS_DAYS = 7
MIN_SUBMISSION_DAYS = 30


@register_setting(icon="lock")
class FeedbackSettings(BaseGenericSetting):
    duty_safeguarding_email = models.EmailField(
        blank=True,
        help_text="Told at once when a submission looks urgent. The message only links to the admin. "
        "Blank: the KSCB_FEEDBACK_DUTY_EMAIL address from the server's settings.",
    )
    out_of_hours_email = models.EmailField(
        blank=True,
        help_text="Told when an urgent submission has not been opened in time, and again until someone opens it. "
        "Blank: the KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL address from the server's settings.",
    )
    contact_details_days = models.PositiveIntegerField(
        default=90,
        validators=[MinValueValidator(MIN_CONTACT_DETAILS_DAYS)],
        help_text="Days after a case is closed when the young person's name and contact details are removed. "
        "Kept while the case is open.",
    )
    submission_days = models.PositiveIntegerField(
        default=365,
        validators=[MinValueValidator(MIN_SUBMISSION_DAYS)],
        help_text="Days after which a closed, non-urgent submission, with its notes, is deleted. "
        "New, urgent, open and on-hold submissions are never deleted.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("duty_safeguarding_email"), FieldPanel("out_of_hours_email")], heading="Who is told"
        ),
        MultiFieldPanel([FieldPanel("contact_details_days"), FieldPanel("submission_days")], heading="Retention"),
    ]

    class Meta:
        verbose_name = "Children's voice"

    @property
    def duty_address(self):
        return self.duty_safeguarding_email or settings.KSCB_FEEDBACK_DUTY_EMAIL

    @property
    def out_of_hours_address(self):
        return self.out_of_hours_email or settings.KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL

    def contact_details_cutoff(self, now):
        return now - datetime.timedelta(days=max(self.contact_details_days, MIN_CONTACT_DETAILS_DAYS))

    def submission_cutoff(self, now):
        return now - datetime.timedelta(days=max(self.submission_days, MIN_SUBMISSION_DAYS))

    def deletion_date(self, submission):
        """When retention may delete it, or None while it must be kept (open, urgent or on hold)."""
        closed_at = getattr(submission, "closed_at", None)
        if closed_at is None or submission.urgent or getattr(submission, "on_hold", False):
            return None
        start = max(submission.created_at, closed_at)
        return (start + datetime.timedelta(days=max(self.submission_days, MIN_SUBMISSION_DAYS))).date()
