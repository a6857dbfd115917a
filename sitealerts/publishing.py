"""How a change to the alerts reaches every reader within a minute: a new page-cache generation
(every server's Redis page cache and fragments) and a CDN purge of every live page, in every
language, the way a publish purges one page and its listings (kscb_site/cdn.py)."""

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from kscb_site.page_cache import start_new_generation

from .models import SiteAlert


def every_live_page():
    return Page.objects.live().filter(depth__gt=1).specific()


def purge_every_page():
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = PurgeBatch()
    batch.add_pages(every_live_page())
    batch.purge()


def record_what_shows():
    """Remember which alerts show now, so that the schedule command acts only when that changes."""
    showing = SiteAlert.objects.in_default_language().showing()
    SiteAlert.objects.filter(pk__in=showing.values("pk")).update(shown_when_checked=True)
    SiteAlert.objects.exclude(pk__in=showing.values("pk")).update(shown_when_checked=False)


def show_changes_everywhere():
    start_new_generation()
    transaction.on_commit(purge_every_page)


def alert_saved(**kwargs):
    """Signal receiver: an editor saved or deleted an alert."""
    record_what_shows()
    show_changes_everywhere()


def apply_schedule():
    """Start a new generation and purge if an alert has started or ended since the last check.

    Returns the number of alerts whose showing changed (0: nothing was done)."""
    defaults = SiteAlert.objects.in_default_language()
    showing = set(defaults.showing().values_list("pk", flat=True))
    recorded = set(defaults.filter(shown_when_checked=True).values_list("pk", flat=True))
    changed = showing ^ recorded
    if changed:
        record_what_shows()
        show_changes_everywhere()
    return len(changed)
