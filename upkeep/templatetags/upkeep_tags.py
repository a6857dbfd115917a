from django import template

from upkeep.models import PageReview

register = template.Library()


@register.simple_tag
def last_reviewed(page):
    """The date the page was last checked, or None: one query."""
    if not getattr(page, "pk", None):
        return None
    return PageReview.objects.filter(page_id=page.pk).values_list("last_reviewed", flat=True).first()
