"""Template context every page gets."""

from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from home.memory import remembered
from home.models import SafeguardingSettings


def safeguarding_contacts(request):
    """`safeguarding_contacts`: the site's safeguarding setting (phone numbers, quick-exit address),
    read once per content generation rather than once per request; only when a template uses it."""

    def contacts():
        site = Site.find_for_request(request)
        if site is None:
            return SafeguardingSettings.for_request(request)
        return remembered(request, ("safeguarding-contacts", site.pk), lambda: SafeguardingSettings.for_site(site))

    return {"safeguarding_contacts": SimpleLazyObject(contacts)}
