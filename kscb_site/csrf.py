"""What a visitor sees when a form is refused for a missing or stale CSRF cookie.

Cookies get cleared (the site's own "Staying safe online" advice says to), so this is an
ordinary event, not an attack: the page is in the site's layout, with the quick exit and
the help numbers, and a page that can do better (the children's voice form shows the form
again with what was written) is asked to through its `csrf_failure_response(request)`.
"""

import logging

from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve
from django.utils.cache import patch_cache_control
from wagtail.models import Page

logger = logging.getLogger(__name__)


def csrf_failure(request, reason=""):
    logger.info("CSRF check failed on %s: %s", request.path, reason)
    response = _page_response(request)
    if response is None:
        response = TemplateResponse(request, "403_csrf.html", {"reason": reason}, status=403)
    patch_cache_control(response, no_store=True, private=True)
    return response


def _page_response(request):
    """The page's own answer, if the page posted to has one; None otherwise. Never raises."""
    try:
        match = resolve(request.path_info)
        if match.url_name != "wagtail_serve":
            return None
        path = match.kwargs.get("path", match.args[0] if match.args else "")
        page = Page.find_for_request(request, path)
        handler = getattr(page.specific, "csrf_failure_response", None) if page is not None else None
        return handler(request) if handler is not None else None
    except (Resolver404, Http404):
        return None
    except Exception:
        logger.exception("The page's own CSRF failure answer failed; showing the general one")
        return None
