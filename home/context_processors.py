"""Template context every page gets."""

from django.utils.functional import SimpleLazyObject

from home.models import SafeguardingSettings


def safeguarding_contacts(request):
    """`safeguarding_contacts`: the site's safeguarding setting (phone numbers, quick-exit address),
    read only when a template uses it; Wagtail keeps it on the request after the first read."""
    return {"safeguarding_contacts": SimpleLazyObject(lambda: SafeguardingSettings.for_request(request))}
