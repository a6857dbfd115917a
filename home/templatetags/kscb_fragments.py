"""Cards rendered once per content generation (home/fragments.py)."""

from django import template

from home.fragments import render_remembered

register = template.Library()


@register.simple_tag(takes_context=True)
def card(context, page, meta="", heading_level=3):
    """The card linking to `page` (components/card.html); `meta` is a date or a short fact."""
    meta = str(meta or "")
    return render_remembered(
        context.get("request"),
        "components/card.html",
        ("card", page.pk, meta, heading_level),
        {"card": page, "meta": meta, "heading_level": heading_level},
    )
