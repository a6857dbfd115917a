"""Pieces of HTML rendered once per content generation and reused by every page that shows them.

A card or a campaign asset's entry looks the same on every listing and every filtered
view until an editor publishes, moves or deletes something, saves an image, a document,
a snippet or a setting, and each of those starts a new generation (home/cache.py). The
page's own queries still run on every request (which items, in which order, with what
counts); only the rendering of each item is kept, in home/memory.py.

The key must name everything the fragment shows that is not fixed by the generation:
the language being read, the site (links are relative to it) and any extra values.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import get_template
from django.utils.translation import get_language
from wagtail.models import Site

from home.memory import MISSING, recall, remember, remembered


def fragment_key(request, key):
    """`key` with the language being read and the request's site, which every fragment depends on."""
    site = Site.find_for_request(request) if request is not None else None
    return ("fragment", get_language(), getattr(site, "pk", None), *key)


def remember_html(request, key, render):
    """`render()`, kept per generation under `key`, the language being read and the request's site."""
    return remembered(request, fragment_key(request, key), render)


@dataclass(frozen=True)
class CardStyle:
    """How a listing shows its cards: `meta(page)` is the short line under the summary (a date,
    a count) and must depend only on the page; `name` tells the styles apart in the memory;
    `template` renders one item (`card`) and has `meta` and `heading_level` too."""

    name: str
    meta: Callable = lambda page: ""
    heading_level: int = 3
    template: str = "components/card.html"


def render_cards(request, pks, load, style):
    """The cards (`style.template`) of the pages `pks`, in that order.

    A listing needs only its ids in order: the pages whose cards were rendered earlier in this
    generation are not loaded at all; the others come from one call of `load(missing_pks)`
    (an iterable of pages), are rendered and kept. A page `load` no longer finds is left out.
    """
    prefix = fragment_key(request, ("card-of", style.name, style.heading_level))
    keys = {pk: (*prefix, pk) for pk in pks}
    html = {pk: recall(request, key) for pk, key in keys.items()}
    missing = [pk for pk, fragment in html.items() if fragment is MISSING]
    if missing:
        template = get_template(style.template)
        for page in load(missing):
            context = {"card": page, "meta": str(style.meta(page) or ""), "heading_level": style.heading_level}
            html[page.pk] = remember(request, keys[page.pk], template.render({**context, "request": request}))
    return [html[pk] for pk in pks if html[pk] is not MISSING]
