"""Daily cron: forget the words of page comments past their retention period; the Yes/No counts stay."""

import datetime
import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from pagefeedback.models import PageFeedback

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Remove page-feedback comments older than KSCB_PAGE_FEEDBACK_COMMENT_DAYS. Run daily from cron."

    def handle(self, *args, **options):
        days = settings.KSCB_PAGE_FEEDBACK_COMMENT_DAYS
        cutoff = timezone.now() - datetime.timedelta(days=days)
        with transaction.atomic():
            removed = PageFeedback.objects.with_comments().filter(created_at__lt=cutoff).update(comment="")
        # Counts only, never the words.
        logger.info("Page feedback retention: removed the words of %s comment(s) older than %s days", removed, days)
        self.stdout.write(f"Removed the words of {removed} page comment(s) older than {days} days.")
