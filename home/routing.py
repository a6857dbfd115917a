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

from django.db import connections
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


def _load_page(model, pk):
    if model not in _page_loaders:
        _page_loaders[model] = _PageLoader.compile(model)
    loader = _page_loaders[model]
    return loader.load(pk) if loader else model.objects.filter(pk=pk).first()


_page_loaders = {}


class _PageLoader:
    """ "This page by id" for one page type, compiled once: its SQL, columns and converters.

    The ORM compiles the same joined query of some forty columns on every request and
    builds a cursor wrapper, an iterable and converters around one row: 2 of the 2.5 ms a
    page load took here, on every page view. This runs the compiled SQL on a cursor and
    builds the page as the ORM would (Model.from_db with the fields' converters applied).
    """

    def __init__(self, model, sql, attnames, converters, using):
        self.model, self.sql, self.attnames, self.converters, self.using = model, sql, attnames, converters, using

    @classmethod
    def compile(cls, model):
        queryset = model.objects.filter(pk=0).order_by()
        compiler = queryset.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        columns = [expression for expression, _, _ in compiler.select]
        attnames = [getattr(getattr(column, "target", None), "attname", None) for column in columns]
        if params != (0,) or attnames != [field.attname for field in model._meta.concrete_fields]:
            return None  # anything unexpected: the ORM as usual
        converters = [(position, *pair) for position, pair in compiler.get_converters(columns).items()]
        return cls(model, sql, attnames, converters, queryset.db)

    def load(self, pk):
        connection = connections[self.using]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, [pk])
            row = cursor.fetchone()
        if row is None:
            return None
        values = list(row)
        for position, converters, expression in self.converters:
            for convert in converters:
                values[position] = convert(values[position], expression, connection)
        return self.model.from_db(self.using, self.attnames, values)
