"""Who looks after each page and when it must next be checked: one record per page, for every page type.

The record is a child of the page (a ParentalKey), so it is edited on the page's Settings tab, kept in
the page's revisions and recorded when the page is published, and wagtail-localize copies it to
translations (BasePage synchronises it). The report, the reminders and the dashboard count a page
once: its source page in the default language, not each translation's copy.
"""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import get_supported_language_variant
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel
from wagtail.models import Page

# Pages due for review within this many days count as "due soon".
DUE_SOON_DAYS = 30
STATUS_LABELS = {"overdue": "Overdue", "due_soon": "Due soon", "current": "Current", "no_date": "No review date"}


def default_language_code():
    return get_supported_language_variant(settings.LANGUAGE_CODE)


class PageReviewQuerySet(models.QuerySet):
    def counted_once(self):
        """Live pages, each once: a translation's copy is left out while its default-language page is live."""
        default_twin = Page.objects.filter(
            translation_key=OuterRef("page__translation_key"),
            locale__language_code=default_language_code(),
            live=True,
        )
        return self.filter(page__live=True, page__alias_of__isnull=True).filter(
            Q(page__locale__language_code=default_language_code()) | ~Exists(default_twin)
        )

    def due(self, today=None, days=DUE_SOON_DAYS):
        """Overdue, or due within `days` of today."""
        today = today or timezone.localdate()
        return self.counted_once().filter(review_by__lte=today + datetime.timedelta(days=days))

    def owned_by(self, user):
        """Pages the user owns, or that their team owns and no one person does."""
        return self.filter(Q(owner=user) | Q(owner__isnull=True, owner_team__in=user.groups.all()))


class PageReview(models.Model):
    page = ParentalKey(Page, on_delete=models.CASCADE, related_name="review")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The person who checks this page is still right. They are reminded by email.",
    )
    owner_team = models.ForeignKey(
        Group,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="owner team",
        help_text="Or a team: with no person named, each of its members is reminded.",
    )
    last_reviewed = models.DateField(
        null=True, blank=True, help_text="When someone last checked the page. Readers see this date."
    )
    review_by = models.DateField(
        null=True,
        blank=True,
        help_text="Check the page again by this date. Publish the page to record the new dates.",
    )

    objects = PageReviewQuerySet.as_manager()

    panels = [
        HelpPanel(content="Contact numbers, procedures and links go out of date: name who checks this page, and when."),
        FieldRowPanel([FieldPanel("owner"), FieldPanel("owner_team")]),
        FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("review_by")]),
    ]

    class Meta:
        verbose_name = "review"
        constraints = [models.UniqueConstraint(fields=["page"], name="upkeep_one_review_per_page")]
        indexes = [models.Index(fields=["review_by"], name="upkeep_review_by_idx")]

    def __str__(self):
        return f"Review of page {self.page_id}"

    def status(self, today=None):
        if self.review_by is None:
            return "no_date"
        today = today or timezone.localdate()
        if self.review_by < today:
            return "overdue"
        if self.review_by <= today + datetime.timedelta(days=DUE_SOON_DAYS):
            return "due_soon"
        return "current"

    @property
    def status_label(self):
        return STATUS_LABELS[self.status()]

    @property
    def owner_label(self):
        if self.owner_id:
            return self.owner.get_full_name() or self.owner.get_username()
        if self.owner_team_id:
            return f"{self.owner_team.name} (team)"
        return ""


def set_review(page, *, owner=None, owner_team=None, last_reviewed=None, review_by=None):
    """Give a page (in memory) its review record, keeping the existing row; saved with the page."""
    existing = list(page.review.all())
    review = existing[0] if existing else PageReview()
    review.owner, review.owner_team = owner, owner_team
    review.last_reviewed, review.review_by = last_reviewed, review_by
    page.review = [review]
    return review


class ExternalLinkQuerySet(models.QuerySet):
    def broken(self):
        return self.filter(works=False, page__live=True)


class ExternalLink(models.Model):
    """A link from a live page to another website, as `check_external_links` last found it."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    url = models.URLField(max_length=2000)
    works = models.BooleanField(default=True)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    # What happened, in plain words: "Not found (404)", "No answer within 10 seconds", "Moved to …".
    outcome = models.CharField(max_length=300, blank=True)
    checked_at = models.DateTimeField()

    objects = ExternalLinkQuerySet.as_manager()

    class Meta:
        verbose_name = "external link"
        constraints = [models.UniqueConstraint(fields=["page", "url"], name="upkeep_one_row_per_page_link")]
        indexes = [models.Index(fields=["works"], name="upkeep_external_works_idx")]

    def __str__(self):
        return f"{self.url} on page {self.page_id}"


class LostLink(models.Model):
    """A link from a page to a page, document or image that was deleted.

    Wagtail's reference index forgets links to a deleted item, so they are noted here as it goes
    (upkeep.signals). The note stays until the linking page is next published: by then its editor
    has seen the link, and the reference index again holds whatever the page still links to."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    target_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    target_id = models.CharField(max_length=255)
    target_title = models.CharField(max_length=255)
    lost_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "link to a deleted item"
        constraints = [
            models.UniqueConstraint(fields=["page", "target_type", "target_id"], name="upkeep_one_lost_link_per_target")
        ]

    def __str__(self):
        return f"{self.target_title} on page {self.page_id}"
