"""Site search and the database-free error page."""

import logging
import re
import sys
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from home.unavailable import STORAGE_ERRORS, file_unavailable

logger = logging.getLogger(__name__)
QUERY_SYNTAX = re.compile(r"[^\w\s]+")
RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_DOCUMENT_RESULTS = 10


@require_GET
def search(request):
    # NUL can never be stored or searched (PostgreSQL refuses it in any string).
    query = request.GET.get("q", "").replace("\x00", "").strip()
    error = ""
    if len(query) > MAX_QUERY_LENGTH:
        error = f"Your search is too long. Use up to {MAX_QUERY_LENGTH} characters."
        query = ""

    results_page, promotions, documents = None, [], []
    # Punctuation is query syntax to the search backends (SQLite FTS5 above all): search words only.
    words = " ".join(QUERY_SYNTAX.sub(" ", query).split())
    if words:
        # Wagtail's own search: PostgreSQL full text in production, SQLite FTS in development.
        # Searches are not recorded: a query can itself be personal.
        matches = Page.objects.live().public().filter(locale=Locale.get_active()).search(words)
        results_page = Paginator(matches, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        results_page.object_list = _specific_in_order(results_page.object_list)
        promotions = list(
            SearchPromotion.objects.filter(query__query_string=normalise_query_string(words))
            .select_related("page")
            .order_by("sort_order")
        )
        documents = list(get_document_model().objects.search(words)[:MAX_DOCUMENT_RESULTS])

    response = TemplateResponse(
        request,
        "home/search_results.html",
        {
            "search_query": query,
            "searched": bool(words),
            "search_error": error,
            "results": results_page,
            "promotions": promotions,
            "documents": documents,
            "query_prefix": urlencode({"q": query}) + "&",
        },
        status=400 if error else 200,
    )
    # Personal queries must not sit in a shared cache.
    patch_cache_control(response, private=True, no_store=True)
    return response


def _specific_in_order(pages):
    """The found pages as their own page types (for their summaries), in the order found:
    one query per page type, long text fields left unread."""
    ids = [page.pk for page in pages]
    found = Page.objects.filter(pk__in=ids).specific().defer_streamfields().in_bulk()
    return [found[pk] for pk in ids if pk in found]


def server_error(request):
    """The error page needs no database: contacts come from settings, not the CMS.

    When the database itself is down, say the site will be back (503), not that it broke.
    """
    database_down = isinstance(sys.exc_info()[1], DatabaseError)
    response = TemplateResponse(
        request,
        "500.html",
        {"contacts": settings.KSCB_FALLBACK_CONTACTS, "database_down": database_down},
        status=503 if database_down else 500,
    ).render()
    if database_down:
        response["Retry-After"] = "120"
    patch_cache_control(response, no_store=True)
    return response


def serve_document(request, document_id, document_filename):
    """Wagtail's document view, but a file that storage cannot give us gets a clear page, not an error."""
    document = get_object_or_404(get_document_model(), id=document_id)
    try:
        if document.file.storage.exists(document.file.name):
            return wagtail_serve_document(request, document_id, document_filename)
    except STORAGE_ERRORS as error:
        logger.warning("Storage unavailable serving document %s: %s", document.pk, error)
        return file_unavailable(request, document.title, storage_down=True)
    logger.warning("Document %s is missing from storage", document.pk)
    return file_unavailable(request, document.title, storage_down=False)
