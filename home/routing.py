"""Where a public URL leads, remembered per content generation.

Wagtail finds a page by walking the tree one URL segment at a time, loading each
page twice on the way (the tree row, then the specific page): for
/news/a-news-item/ five queries and a Locale lookup before the page's own work.
Which page a URL leads to changes only when pages are published, unpublished,
moved or deleted, and each of those starts a new cache generation (home/cache.py).
So each process remembers (site, language, path) -> (page type, id, what is left
of the path) under the current generation and loads just that page; the page
routes the rest itself (a routable page's sub-URL such as download-all/), and
Wagtail then serves it exactly as before: view restrictions, hooks and all.
Anything unexpected (the page gone, not live) falls back to Wagtail's own walk.
"""

from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from home.memory import remembered, serving


class RememberedSiteMiddleware:
    """Which Site serves this host, and every site's root path (for page URLs), remembered per
    content generation; Wagtail asks for each once per request, the root paths from Redis.

    Sites change only by saving or deleting one, and root paths by publishing or moving a
    page: each starts a new generation.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = (request.get_host(), request.get_port())  # after CommonMiddleware: an allowed host
        request._wagtail_site = remembered(request, ("site", host), lambda: Site._find_for_request(request))
        # Where Page.get_url(request) looks before asking the cache.
        request._wagtail_cached_site_root_paths = remembered(request, ("site-root-paths",), Site.get_site_root_paths)
        with serving(request):  # code Wagtail calls without the request still reads its generation
            return self.get_response(request)


def serve(request, path):
    """Wagtail's serve view, with the route found from memory when it can be."""
    _prime_route(request, path)
    return wagtail_views.serve(request, path)


def _prime_route(request, path):
    site = Site.find_for_request(request)
    if site is None:
        return
    components = [component for component in path.split("/") if component]
    walked = []

    def destination():
        # Wagtail's own walk; it keeps the result on the request, so serving does not walk again.
        walked.append(True)
        result = Page.route_for_request(request, path)
        if result is None:
            return None
        page = result[0]
        # Each tree level below the site's home took one segment; a routable page takes the rest.
        consumed = page.depth - site.root_page.depth
        return type(page), page.pk, tuple(components[consumed:])

    target = remembered(request, ("route", site.pk, get_language(), tuple(components)), destination)
    if walked or target is None:
        return
    model, pk, remaining = target
    page = _load_page(model, pk)
    if page is None:
        return  # gone since: Wagtail walks the tree as usual
    try:
        request._wagtail_route_for_request = page.route(request, list(remaining))
    except Http404:
        return  # changed under us: Wagtail walks the tree as usual


# Per page type, the SQL of "this page by id": the ORM would compile the same joined query of
# some forty columns on every request (1.2 ms of the 1.7 ms a load takes here).
_page_sql = {}


def _load_page(model, pk):
    if model not in _page_sql:
        sql, params = model.objects.filter(pk=0).order_by().query.sql_with_params()
        _page_sql[model] = sql if params == (0,) else None  # anything unexpected: the ORM as usual
    sql = _page_sql[model]
    if sql is None:
        return model.objects.filter(pk=pk).first()
    return next(iter(model.objects.raw(sql, [pk])), None)
