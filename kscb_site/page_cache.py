"""Whole-page cache for anonymous readers, so that a CDN miss costs almost nothing.

Pages live in Django's cache (Redis in production, shared by every app server).
Each entry records the site's cache generation it was rendered under; publishing,
unpublishing, moving or deleting a page, or changing site settings, starts a new
generation, so no reader sees a stale page or listing once an editor has acted.
The generation and the page are read in one round trip; an outdated entry is
replaced on the next visit.

Only what is safe to share is stored: GET requests without a session cookie, and
200 responses that the page itself marked `Cache-Control: public` (see
BasePage.apply_cache_policy: never forms, previews or signed-in users) and that
set no cookie.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from django.utils.functional import SimpleLazyObject

CACHE_HEADER = "X-Page-Cache"
GENERATION_KEY = "page-cache:generation"
UNSHAREABLE_DIRECTIVES = {"private", "no-store", "no-cache"}


def page_cache():
    return caches[settings.KSCB_PAGE_CACHE_ALIAS]


def current_generation():
    """The live generation; created on first use (or after eviction) with a value never used before."""
    cache = page_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def fragment_cache(request):
    """Context processor: what templates need to cache fragments the same way as whole pages.

    `fragment_generation` (read from the cache only when a template uses it) goes into every
    fragment's key, so the publish or save that starts a new page-cache generation retires the
    fragments with the pages. `fragment_cache_seconds` is their lifetime (0: not cached).
    """
    return {
        "fragment_generation": SimpleLazyObject(lambda: str(current_generation())),
        "fragment_cache_seconds": settings.KSCB_FRAGMENT_CACHE_SECONDS,
    }


def cached_until_next_generation(parts, compute):
    """`compute()`, kept in Django's cache until the next publish or save (the next generation).

    For the costly parts of a page-cache miss that templates cannot wrap, such as a listing's
    facet counts. `parts` name the result and must be validated values only (page ids, known
    option values, page numbers within range), never a reader's own text, so that nobody can
    fill the cache with entries of their own. With fragments off or the cache down, `compute()`
    runs every time. A result of None is never kept.
    """
    seconds = settings.KSCB_FRAGMENT_CACHE_SECONDS
    generation = current_generation() if seconds else None
    if generation is None:
        return compute()
    cache = page_cache()
    key = "fragment:" + hashlib.sha256(repr((generation, *parts)).encode()).hexdigest()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


class KeptResults:
    """A listing's count and pages, as a Paginator asks for them, kept in Django's cache until the
    next publish. `parts` are validated values naming the listing (its page id, known filter
    values, a known sort); a slice's bounds come from the Paginator, which keeps page numbers within
    the count. Each page is kept as ids; `load(ids)` makes what the template shows, in order, when
    the template first uses it (not at all when the template's own fragment is kept).
    """

    def __init__(self, queryset, parts, load):
        self.queryset, self.parts, self.load = queryset, parts, load

    def count(self):
        return cached_until_next_generation(("count", *self.parts), self.queryset.count)

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        ids = cached_until_next_generation(
            ("ids", *self.parts, window.start, window.stop),
            lambda: list(self.queryset[window].values_list("pk", flat=True)),
        )
        return SimpleLazyObject(lambda: self.load(ids))


def start_new_generation(**kwargs):
    """Signal receiver: every cached page belongs to the old generation from now on.

    Inside a transaction (Wagtail publishes in one) the generation moves on again at
    commit: a page or memory built between the signal and the commit read the old
    rows, and must not be kept under the generation that follows.
    """
    _bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump)


def _bump():
    page_cache().set(GENERATION_KEY, time.time_ns(), timeout=None)


class PageCacheMiddleware:
    """Serve shareable pages from the cache; say `X-Page-Cache: hit` or `miss`.

    Sits after LocaleMiddleware (the key includes the active language) and
    before everything that needs a session or a user.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = settings.KSCB_PAGE_CACHE_SECONDS
        if timeout <= 0 or not _is_shareable_request(request):
            return self.get_response(request)

        # One round trip for the generation and the page; an entry from an older generation is a miss.
        cache = page_cache()
        key = _cache_key(request)
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or current_generation()
        stored = found.get(key)
        if generation is None:  # the cache is down: serve uncached
            return self.get_response(request)
        if stored is not None and stored[0] == generation:
            response = _rebuild(stored[1])
            response[CACHE_HEADER] = "hit"
            return response

        response = self.get_response(request)
        if _is_shareable_response(response):
            cache.set(key, (generation, _freeze(response)), timeout)
            response[CACHE_HEADER] = "miss"
        return response


def _is_shareable_request(request):
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith("/admin/")
    )


def _is_shareable_response(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    directives = {d.split("=", 1)[0].strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))}
    return "public" in directives and not directives & UNSHAREABLE_DIRECTIVES


def _cache_key(request):
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    address = hashlib.sha256(f"{request.get_host()}{request.get_full_path()}".encode()).hexdigest()
    return f"page-cache:{language}:{address}"


def _freeze(response):
    # Plain data, not the response object: nothing request-bound is pickled.
    return (response.status_code, list(response.items()), response.content)


def _rebuild(stored):
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def connect_signals(also=()):
    """Start a new generation whenever something a reader sees may have changed: Wagtail's pages,
    snippets, images, documents, settings and sites, and the content models in `also`."""
    from django.db.models.signals import post_delete, post_save
    from wagtail import signals
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, PageViewRestriction, Site

    # Listings on other pages show this one, so the whole site's generation moves on.
    for signal in (signals.page_published, signals.page_unpublished, signals.post_page_move):
        signal.connect(start_new_generation, dispatch_uid=f"page-cache-{id(signal)}")
    # Snippets with draft state (campaign assets, resources) announce themselves the same way.
    signals.published.connect(start_new_generation, dispatch_uid="page-cache-published")
    signals.unpublished.connect(start_new_generation, dispatch_uid="page-cache-unpublished")
    post_delete.connect(start_new_generation, sender=Page, dispatch_uid="page-cache-page-deleted")
    for model in (get_image_model(), get_document_model(), *also):
        post_save.connect(start_new_generation, sender=model, dispatch_uid=f"page-cache-save-{model._meta.label}")
        post_delete.connect(start_new_generation, sender=model, dispatch_uid=f"page-cache-del-{model._meta.label}")
    post_save.connect(_setting_saved, dispatch_uid="page-cache-site-setting")
    # A page made private (or public again) must leave (or join) every cached listing.
    post_save.connect(start_new_generation, sender=PageViewRestriction, dispatch_uid="page-cache-restriction-save")
    post_delete.connect(start_new_generation, sender=PageViewRestriction, dispatch_uid="page-cache-restriction-del")
    # A site's root page or hostname decides its menu and every link.
    post_save.connect(start_new_generation, sender=Site, dispatch_uid="page-cache-site-save")
    post_delete.connect(start_new_generation, sender=Site, dispatch_uid="page-cache-site-del")
    # Search remembers the editors' recommended results per generation (home/views.search).
    post_save.connect(start_new_generation, sender=SearchPromotion, dispatch_uid="page-cache-promotion-save")
    post_delete.connect(start_new_generation, sender=SearchPromotion, dispatch_uid="page-cache-promotion-del")


def _setting_saved(sender, **kwargs):
    # Site settings (safeguarding contacts, footer links) appear on every page.
    from wagtail.contrib.settings.models import BaseSiteSetting

    if issubclass(sender, BaseSiteSetting):
        start_new_generation()
