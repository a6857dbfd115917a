"""Which branches of the page tree are private, remembered per content generation.

Wagtail checks every page it serves for view restrictions on the page and its
ancestors: two queries per page, though almost every page on this site is public.
Adding, changing or removing a restriction starts a new cache generation
(home/cache.py), so each process can remember which pages carry one (and which are
aliases, whose source decides) and let a page on a branch with neither skip the
check. A page on any other branch gets Wagtail's own check, fresh from the database.
With Redis down the marked paths are read for each page: one query instead of two.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from home.memory import remembered

STEPLEN = Page.steplen


def branch_is_plainly_public(path):
    """True when neither the page at `path` nor any ancestor is restricted or an alias."""
    marked = remembered(None, ("restricted-or-alias-paths",), _restricted_or_alias_paths)
    return not any(path[:end] in marked for end in range(STEPLEN, len(path) + 1, STEPLEN))


def _restricted_or_alias_paths():
    restricted = PageViewRestriction.objects.order_by().values_list("page__path", flat=True)
    aliases = Page.objects.filter(alias_of__isnull=False).order_by().values_list("path", flat=True)
    return frozenset(restricted.union(aliases))


def public(pages):
    """`pages.public()` without its query: Wagtail reads every restriction for each listing,
    here the restricted branches are remembered per generation (read fresh with Redis down)."""
    restricted = remembered(None, ("restricted-paths",), _restricted_paths)
    private = Q()
    for path in restricted:
        private |= Q(path__startswith=path)
    return pages.exclude(private) if restricted else pages


def _restricted_paths():
    return frozenset(PageViewRestriction.objects.order_by().values_list("page__path", flat=True))
