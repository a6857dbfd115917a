from django import template

from sitealerts.models import SiteAlert

register = template.Library()


@register.inclusion_tag("sitealerts/banner.html")
def site_alert_banner():
    """The alerts showing now, in the active language where translated (one query)."""
    return {"alerts": SiteAlert.objects.for_banner()}
