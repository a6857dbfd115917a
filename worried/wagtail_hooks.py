"""Tell editors, on the admin dashboard, which numbers the "Worried about a child?" page still needs."""

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Site

from home.models import SafeguardingSettings

from .models import NeighbouringCouncil, RoutingSettings


def missing_numbers(site):
    """What staff must still enter for the routing page, in the words of the admin's forms."""
    contacts = SafeguardingSettings.for_site(site)
    routing = RoutingSettings.for_site(site)
    missing = []
    if not contacts.mash_phone:
        missing.append("MASH phone number (Settings > Safeguarding contacts)")
    if not contacts.out_of_hours_phone:
        missing.append("Out-of-hours phone number (Settings > Safeguarding contacts)")
    if not routing.has_hours:
        missing.append("MASH opening hours (Settings > Who to call: hours and LADO)")
    if not routing.lado_phone:
        missing.append("LADO phone number (Settings > Who to call: hours and LADO)")
    missing += [
        f"{name} phone number (Snippets > Neighbouring councils)"
        for name in NeighbouringCouncil.objects.filter(phone="").values_list("name", flat=True)
    ]
    return missing


class MissingNumbersPanel(Component):
    name = "routing_missing_numbers"
    template_name = "worried/admin/missing_numbers_panel.html"
    order = 90

    def __init__(self, missing):
        self.missing = missing

    def get_context_data(self, parent_context):
        return {"missing": self.missing}


@hooks.register("construct_homepage_panels")
def add_missing_numbers_panel(request, panels):
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    missing = missing_numbers(site) if site else []
    if missing:
        panels.append(MissingNumbersPanel(missing))
