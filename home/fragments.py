"""Pieces of HTML rendered once per content generation and reused by every page that shows them.

A card or a campaign asset's entry looks the same on every listing and every filtered
view until an editor publishes, moves or deletes something, saves an image, a document,
a snippet or a setting, and each of those starts a new generation (home/cache.py). The
page's own queries still run on every request (which items, in which order, with what
counts); only the rendering of each item is kept, in home/memory.py.

The key must name everything the fragment shows that is not fixed by the generation:
the language being read, the site (links are relative to it) and any extra values.
"""

from django.template.loader import get_template
from django.utils.translation import get_language
from wagtail.models import Site

from home.memory import remembered


def remember_html(request, key, render):
    """`render()`, kept per generation under `key`, the language being read and the request's site."""
    site = Site.find_for_request(request) if request is not None else None
    return remembered(request, ("fragment", get_language(), getattr(site, "pk", None), *key), render)


def render_remembered(request, template_name, key, context):
    """`template_name` rendered with `context` (no context processors), kept per generation under `key`."""
    return remember_html(
        request, (template_name, *key), lambda: get_template(template_name).render({**context, "request": request})
    )
