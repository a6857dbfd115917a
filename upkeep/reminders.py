"""One email per owner listing every page of theirs that is overdue or due soon: never one per page.

A page with a named owner goes to that person; a page owned only by a team goes to each active member
of the team. Sent by `manage.py send_page_review_reminders` (daily) or by the worker's task.
"""

import logging
from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from .models import DUE_SOON_DAYS, PageReview

logger = logging.getLogger("kscb.upkeep")


def reviews_by_recipient(today=None, days=DUE_SOON_DAYS, reviews=None):
    """{user: [review, ...]} for everyone with pages to check, soonest first. Two queries."""
    today = today or timezone.localdate()
    reviews = (PageReview.objects.all() if reviews is None else reviews).due(today, days)
    reviews = list(
        reviews.select_related("owner").annotate(page_title=F("page__title")).order_by("review_by", "page_title", "pk")
    )
    team_ids = {review.owner_team_id for review in reviews if review.owner_id is None and review.owner_team_id}
    members = defaultdict(list)
    if team_ids:
        memberships = get_user_model().groups.through.objects.filter(group_id__in=team_ids, user__is_active=True)
        for membership in memberships.select_related("user").order_by("user_id"):
            members[membership.group_id].append(membership.user)
    grouped = defaultdict(list)
    for review in reviews:
        if review.owner_id:
            recipients = [review.owner] if review.owner.is_active else []
        else:
            recipients = members.get(review.owner_team_id, [])
        for user in recipients:
            if user.email and review not in grouped[user]:
                grouped[user].append(review)
    return dict(grouped)


def subject(reviews, today):
    overdue = sum(1 for review in reviews if review.review_by < today)
    if overdue:
        return f"{overdue} of your pages {'is' if overdue == 1 else 'are'} overdue for review"
    return f"{len(reviews)} of your pages {'is' if len(reviews) == 1 else 'are'} due for review soon"


def body(user, reviews, today, what="pages on the KSCB website"):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    lines = [f"Hello {user.get_full_name() or user.get_username()},", ""]
    lines += [f"These {what} need checking that they are still accurate:", ""]
    for review in reviews:
        when = "overdue since" if review.review_by < today else "due"
        lines.append(f"- {review.page_title} ({when} {review.review_by:%d %B %Y})")
        lines.append(f"  {base}{reverse('wagtailadmin_pages:edit', args=[review.page_id])}")
    lines += [
        "",
        "When you have checked one, set its 'Last reviewed' and 'Review by' dates and publish it.",
        f"The full list: {base}{reverse('upkeep_due_for_review')}",
    ]
    return "\n".join(lines)


def send_reminders(today=None, days=DUE_SOON_DAYS, reviews=None, what="pages on the KSCB website"):
    """Send each owner their one email; a failed send is logged and the others still go. Returns (sent, failed)."""
    today = today or timezone.localdate()
    sent = failed = 0
    for user, items in reviews_by_recipient(today, days, reviews).items():
        message = EmailMessage(
            subject(items, today), body(user, items, today, what), settings.DEFAULT_FROM_EMAIL, [user.email]
        )
        try:
            message.send(fail_silently=False)
        except Exception:
            failed += 1
            logger.exception("Review reminder to user %s not sent", user.pk)
        else:
            sent += 1
    return sent, failed
