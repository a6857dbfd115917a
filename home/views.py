"""Site search and the database-free error page."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from home.models.listing import attach_card_images

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_DOCUMENT_RESULTS = 10


@require_GET
def search(request):
    query = request.GET.get("q", "").strip()
    error = ""
    if len(query) > MAX_QUERY_LENGTH:
        error = f"Your search is too long. Use up to {MAX_QUERY_LENGTH} characters."
        query = ""

    results_page, promotions, documents = None, [], []
    if query:
        # Searches are not recorded: a query can itself be personal.
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).search(query)
        results_page = Paginator(pages, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        results_page.object_list = _specific(results_page.object_list)
        promotions = list(
            SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
            .select_related("page")
            .order_by("sort_order")
        )
        documents = list(get_document_model().objects.search(query)[:MAX_DOCUMENT_RESULTS])

    response = TemplateResponse(
        request,
        "home/search_results.html",
        {
            "search_query": query,
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


def _specific(pages):
    pages = list(pages)
    by_id = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()}
    return attach_card_images([by_id[p.pk] for p in pages if p.pk in by_id])


def server_error(request):
    """The 500 page needs no database: contacts come from settings, not the CMS."""
    return TemplateResponse(
        request,
        "500.html",
        {"contacts": settings.KSCB_FALLBACK_CONTACTS},
        status=500,
    ).render()
