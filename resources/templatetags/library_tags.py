"""The library's filter options, written from each option's data.

The library's ~40 options, each a checkbox, a label and a live count, cost several
milliseconds per page through Django's template loop (a dozen variable lookups and
escapes each). The counts and ticks change with every filter, so the options cannot be
kept like a card; but each option's escaped text can: only the tick and count are
joined in per view.
"""

from functools import lru_cache

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()


@lru_cache(maxsize=4096)
def _option_parts(param, slug, name):
    """The HTML before the tick, between the tick and the count: escaped once per option."""
    return format_html(
        '<li class="facet__option"><input type="checkbox" name="{}" value="{}" id="filter-{}-{}"',
        param,
        slug,
        param,
        slug,
    ), format_html(
        '><label for="filter-{}-{}">{} <span class="facet__count" data-count-for="filter-{}-{}">(',
        param,
        slug,
        name,
        param,
        slug,
    )


@register.simple_tag
def facet_options(facet):
    """The <li> of each option of `facet` (a library.FacetResult)."""
    closing = f'<span class="visually-hidden"> {escape(gettext("resources"))}</span>)</span></label></li>'
    items = []
    for option in facet.options:
        before_tick, before_count = _option_parts(facet.param, option.slug, str(option.name))
        items.append(f"{before_tick}{' checked' if option.checked else ''}{before_count}{int(option.count)}{closing}")
    # Safe: every part is escaped by format_html or escape() above, or an int.
    return mark_safe("\n".join(items))  # noqa: S308
