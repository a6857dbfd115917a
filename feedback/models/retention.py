"""Who is told about urgent submissions, and how long submissions are kept."""

import datetime

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="lock")
class FeedbackSettings(BaseGenericSetting):
    duty_safeguarding_email = models.EmailField(
        blank=True,
        help_text="Told at once when a submission looks urgent. The message only links to the admin.",
    )
    contact_details_days = models.PositiveIntegerField(
        default=90,
        help_text="Days after which a young person's name and contact details are removed.",
    )
    submission_days = models.PositiveIntegerField(
        default=365,
        help_text="Days after which the whole submission, with its notes, is deleted.",
    )

    panels = [
        FieldPanel("duty_safeguarding_email"),
        MultiFieldPanel([FieldPanel("contact_details_days"), FieldPanel("submission_days")], heading="Retention"),
    ]

    class Meta:
        verbose_name = "Children's voice"

    def contact_details_cutoff(self, now):
        return now - datetime.timedelta(days=self.contact_details_days)

    def submission_cutoff(self, now):
        return now - datetime.timedelta(days=self.submission_days)

    def deletion_date(self, submission):
        return (submission.created_at + datetime.timedelta(days=self.submission_days)).date()
