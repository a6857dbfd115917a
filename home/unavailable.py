"""The page a visitor sees when a file cannot be given to them: documents and campaign materials alike."""

from botocore.exceptions import BotoCoreError, ClientError
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

# What storage raises when it cannot be reached (local disk or S3 through django-storages).
STORAGE_ERRORS = (OSError, BotoCoreError, ClientError)


def file_unavailable(request, title, *, storage_down, back_to=None, back_fragment="", extra_context=None):
    """Storage down: 503, "unavailable right now", try again later. The file gone: 404, "unavailable".

    `back_to` is the page to offer a way back to (a campaign's materials); otherwise, site search.
    """
    heading = _("This file is unavailable right now") if storage_down else _("This file is unavailable")
    context = {
        "heading": heading,
        "file_title": title,
        "storage_down": storage_down,
        "back_to": back_to,
        "back_fragment": back_fragment,
        **(extra_context or {}),
    }
    response = TemplateResponse(request, "home/file_unavailable.html", context, status=503 if storage_down else 404)
    if storage_down:
        response["Retry-After"] = "300"
    patch_cache_control(response, private=True, no_store=True)
    return response
