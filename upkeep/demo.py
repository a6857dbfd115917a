"""Demo review dates: every demo page gets an owner and a review-by date, some already overdue.

Safe to run twice: a page that already has a review record is left as it is (staff may have changed it);
the demo resources come with theirs (resources/demo), so each page has one record. The dates are
illustrative, counted from today so that the report always has something on it.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from home.demo import DEMO_USERNAME

from .models import PageReview, default_language_code, set_review

# An illustrative team: its members are reminded of the pages no one person owns.
TEAM_NAME = "Board business unit"
# Days from today to each page's review-by date, in turn: overdue, overdue, due soon, due soon, current.
REVIEW_BY_OFFSETS = [-45, -3, 12, 27, 200]


def load(stdout):
    today = timezone.localdate()
    team, _created = Group.objects.get_or_create(name=TEAM_NAME)
    demo_user = get_user_model().objects.filter(username=DEMO_USERNAME).first()
    if demo_user is not None:
        demo_user.groups.add(team)
    pages = (
        Page.objects.filter(depth__gte=2, live=True, alias_of__isnull=True)
        .filter(locale__language_code=default_language_code())
        .exclude(pk__in=PageReview.objects.values("page"))
        .order_by("path")
    )
    added = 0
    for position, page in enumerate(pages.specific()):
        review_by = today + datetime.timedelta(days=REVIEW_BY_OFFSETS[position % len(REVIEW_BY_OFFSETS)])
        # Every other page belongs to the demo editor, the rest to the team: both show on the dashboard.
        owner = demo_user if position % 2 == 0 else None
        set_review(
            page,
            owner=owner,
            owner_team=None if owner else team,
            last_reviewed=review_by - datetime.timedelta(days=365),
            review_by=review_by,
        )
        # Translations that were up to date before this publish stay so (the demo keeps one page out of date).
        in_step = list(
            TranslationSource.objects.filter(
                object_id=page.translation_key, last_updated_at__gte=page.last_published_at
            )
        )
        page.save_revision().publish()
        copy_to_translations(page, in_step)
        added += 1
    if added:
        stdout.write(f"Upkeep: gave {added} demo pages an owner and a review date (illustrative; some overdue).")


def copy_to_translations(page, in_step=()):
    """The translations made before this demo ran get the same record, as wagtail-localize's next sync would.

    Only the review (a synchronised field) changed on the page, and the translations now have it: the
    sources in `in_step` (up to date before) are refreshed from the page, so the translation report
    does not call their translations out of date."""
    [review] = page.review.all()
    for source in in_step:
        source.update_from_db()
    translations = page.get_translations().exclude(pk__in=PageReview.objects.values("page"))
    PageReview.objects.bulk_create(
        PageReview(
            page=translation,
            owner=review.owner,
            owner_team=review.owner_team,
            last_reviewed=review.last_reviewed,
            review_by=review.review_by,
        )
        for translation in translations
    )
