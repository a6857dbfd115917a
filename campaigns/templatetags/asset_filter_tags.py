"""The asset library's filter options, written from each option's data (as the resource
library's are, resources/templatetags/library_tags.py): each option's escaped text is kept,
only its tick and count are joined in per view."""

from functools import lru_cache

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@lru_cache(maxsize=1024)
def _option_parts(name, value, label):
    lang = format_html(' lang="{}"', value) if name == "language" else ""
    return format_html(
        '<div class="asset-filters__option"><input type="checkbox" name="{}" value="{}" id="filter-{}-{}"',
        name,
        value,
        name,
        value,
    ), format_html('><label for="filter-{}-{}"{}>{} (', name, value, lang, label)


@register.simple_tag
def asset_filter_options(facet):
    """The checkbox and label of each option of `facet` (campaigns.filters.facet_options)."""
    items = []
    for option in facet["options"]:
        before_tick, before_count = _option_parts(facet["name"], str(option["value"]), str(option["label"]))
        tick = " checked" if option["checked"] else ""
        items.append(f"{before_tick}{tick}{before_count}{int(option['count'])})</label></div>")
    # Safe: every part is escaped by format_html above, or an int.
    return mark_safe("\n".join(items))  # noqa: S308
