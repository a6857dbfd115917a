"""Readers' answers to "Was this page useful?": one row per answer, with its optional comment.

No address, cookie, user agent or other identifier is kept: the page, the answer, the
language it was read in, when, and the words of a comment that triage did not flag (a
flagged comment becomes a children's voice message instead and is not kept here).
"""

from django.db import models
from django.db.models import Count, Max, Q
from django.utils import timezone

COMMENT_MAX_LENGTH = 500


class PageFeedbackQuerySet(models.QuerySet):
    def with_comments(self):
        return self.exclude(comment="")


class PageFeedback(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="reader_feedback")
    useful = models.BooleanField(help_text="The reader's answer: Yes (useful) or No.")
    comment = models.TextField(blank=True, max_length=COMMENT_MAX_LENGTH)
    commented_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=10, blank=True, help_text="The language the page was read in.")
    possible_flood = models.BooleanField(
        default=False, help_text="Sent over the rate limit from one place: the comment may be a flood."
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = PageFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = "page feedback"
        verbose_name_plural = "page feedback"
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["page", "-created_at"], name="pagefeedback_page_newest")]

    def __str__(self):
        return f"{'Yes' if self.useful else 'No'} on page {self.page_id}"


def pages_with_feedback(since=None):
    """Pages readers answered about, each with its counts, in one query however many answers there are."""
    from wagtail.models import Page

    answered = Q(reader_feedback__created_at__gte=since) if since else Q(reader_feedback__isnull=False)
    return (
        Page.objects.filter(answered)
        .annotate(
            useful_count=Count("reader_feedback", filter=answered & Q(reader_feedback__useful=True)),
            not_useful_count=Count("reader_feedback", filter=answered & Q(reader_feedback__useful=False)),
            comment_count=Count("reader_feedback", filter=answered & ~Q(reader_feedback__comment="")),
            latest_feedback=Max("reader_feedback__created_at", filter=answered),
        )
        .distinct()
    )
