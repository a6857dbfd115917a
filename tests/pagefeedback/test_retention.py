"""Page comments are personal words: they go on schedule; the Yes/No counts stay for the report."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from pagefeedback.models import PageFeedback


def test_old_comments_lose_their_words_and_recent_ones_stay(db, settings):
    settings.KSCB_PAGE_FEEDBACK_COMMENT_DAYS = 365
    page = Page.objects.filter(depth=2).first()
    now = timezone.now()
    old = PageFeedback.objects.create(
        page=page,
        useful=False,
        comment="My name is Sam and the page was wrong",
        created_at=now - datetime.timedelta(days=400),
    )
    recent = PageFeedback.objects.create(
        page=page, useful=True, comment="Clear, thank you", created_at=now - datetime.timedelta(days=10)
    )
    old_answer = PageFeedback.objects.create(page=page, useful=True, created_at=now - datetime.timedelta(days=400))

    out = io.StringIO()
    call_command("apply_page_feedback_retention", stdout=out)
    assert "1 page comment(s)" in out.getvalue()

    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.comment == "" and old.useful is False  # the answer still counts in the report
    assert recent.comment == "Clear, thank you"
    assert PageFeedback.objects.filter(pk=old_answer.pk).exists()
    assert PageFeedback.objects.count() == 3
