"""CDN purging beyond the page itself.

Wagtail's frontend cache app already purges a page's own URL on publish and
unpublish. A reader also sees the page on its listing pages (its ancestors: the
news index, the home page) and in every language, and a moved page leaves its
old address behind; this purges those too. Backends come from settings
(`WAGTAILFRONTENDCACHE`, built from environment variables in settings/base.py);
with none configured nothing is sent.
"""

from copy import copy

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch


def related_pages(page):
    """The live pages whose cached HTML shows `page`: its translations and their listing ancestors."""
    from wagtail.models import Page

    versions = list(Page.objects.translation_of(page, inclusive=True).live()) if page.locale_id else [page]
    if page not in versions:
        versions.append(page)
    ancestors = Page.objects.none()
    for version in versions:
        ancestors |= Page.objects.ancestor_of(version).filter(depth__gt=1)
    return [*versions, *ancestors.live()]


def purge_related(instance, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = PurgeBatch()
    batch.add_pages(related_pages(instance))
    batch.purge()


def purge_after_move(instance, url_path_before, url_path_after, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE or url_path_before == url_path_after:
        return
    page_at_old_address = copy(instance)
    page_at_old_address.url_path = url_path_before
    batch = PurgeBatch()
    batch.add_page(page_at_old_address)
    batch.add_pages(related_pages(instance))
    # The old parent's listing no longer shows the page.
    batch.add_pages(related_pages(kwargs["parent_page_before"]))
    batch.purge()


def connect_signals():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(purge_related, dispatch_uid="cdn-purge-published")
    page_unpublished.connect(purge_related, dispatch_uid="cdn-purge-unpublished")
    post_page_move.connect(purge_after_move, dispatch_uid="cdn-purge-moved")
