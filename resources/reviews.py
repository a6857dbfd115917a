"""Which resources are overdue or due soon for review, and whose they are.

Shared by the admin report and the daily reminder email, so both say the same.
"""

import datetime
from itertools import groupby

from django.utils import timezone

from .models import DUE_SOON_DAYS, ResourcePage


def resources_due_for_review(today=None, days=DUE_SOON_DAYS):
    """Resources (live or draft) overdue or due within `days`, by owner then due date."""
    today = today or timezone.localdate()
    return (
        ResourcePage.objects.filter(next_review_due__lte=today + datetime.timedelta(days=days))
        .select_related("content_owner")
        .order_by("content_owner__last_name", "content_owner__username", "content_owner_id", "next_review_due", "pk")
    )


def due_by_owner(today=None, days=DUE_SOON_DAYS):
    """[(owner, [resource, ...]), ...] for owners who have resources to review."""
    resources = resources_due_for_review(today, days).filter(content_owner__isnull=False)
    return [(owner, list(items)) for owner, items in groupby(resources, key=lambda page: page.content_owner)]
