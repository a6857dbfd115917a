"""`{% other_formats page %}`: the page's easy-read and British Sign Language versions, in one query.

base.html keeps what it renders in the fragment cache until the next publish or save (saving other
formats starts a new generation too), so a cached page costs no query at all.
"""

from django import template

from partnership.models import OtherFormats

register = template.Library()


@register.inclusion_tag("partnership/other_formats.html", takes_context=True)
def other_formats(context, page):
    formats = None
    if getattr(page, "pk", None):
        formats = (
            OtherFormats.objects.select_related("easy_read_page", "bsl_video", "bsl_captions")
            .filter(page_id=page.pk)
            .first()
        )
    return {"formats": formats, "page": page, "request": context.get("request")}
