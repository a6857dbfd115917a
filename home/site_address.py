"""The default Site record's address, from configuration: hreflang alternates, sitemaps and other
absolute links are built from it, so it must say where the site is really served."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site


def parse_site_address(address):
    """'http://127.0.0.1:8000' -> ('127.0.0.1', 8000); the scheme's port when none is given."""
    parts = urlsplit(address)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ImproperlyConfigured(f"The site address must be like https://kscb.org.uk, not {address!r}.")
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def set_default_site_address(address):
    """Point the default Site at this address; True if it changed (running it twice changes nothing).

    Saved, not updated in bulk, so that Wagtail forgets its cached site root paths."""
    hostname, port = parse_site_address(address)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save()
    return True
