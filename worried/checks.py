"""Production refuses to go live when a reader worried about a child would find no number to call.

The MASH and out-of-hours numbers are entered in the admin (Settings > Safeguarding contacts), or
given to the server (KSCB_MASH_PHONE, KSCB_OUT_OF_HOURS_PHONE) for a first start before staff can
sign in. The web process starts with `check --deploy --database default`: that is when this runs.
Not on every command, so that migrate and the workers still run while staff fill the numbers in.
"""

from django.conf import settings
from django.core import checks
from django.db import DatabaseError

# Field on SafeguardingSettings, the server's fallback, and what the editor calls it.
REQUIRED_NUMBERS = [
    ("mash_phone", "mash_phone", "MASH phone number"),
    ("out_of_hours_phone", "out_of_hours_phone", "out-of-hours phone number"),
]


def blank_numbers(databases):
    """[(site name, label)] for each required number blank on a site and on the server; [] without the database."""
    if not databases or "default" not in databases:
        return []
    from wagtail.models import Site

    from home.models import SafeguardingSettings

    fields = [field for field, _fallback, _label in REQUIRED_NUMBERS]
    try:
        sites = list(Site.objects.order_by("pk"))
        rows = {row["site_id"]: row for row in SafeguardingSettings.objects.values("site_id", *fields)}
    except DatabaseError:
        return []  # before the first migrate
    return [
        (site.site_name or site.hostname, label)
        for site in sites
        for field, fallback, label in REQUIRED_NUMBERS
        if not (rows.get(site.pk, {}).get(field) or settings.KSCB_FALLBACK_CONTACTS.get(fallback) or "").strip()
    ]


@checks.register(checks.Tags.security, deploy=True)
def routing_numbers(app_configs=None, databases=None, **kwargs):
    return [
        checks.Error(
            f"The {label} of the site '{name}' is blank: the 'Worried about a child?' page would not say whom to call.",
            hint="Enter it in the admin (Settings > Safeguarding contacts), or set KSCB_MASH_PHONE and "
            "KSCB_OUT_OF_HOURS_PHONE for the first start.",
            id="worried.E001",
        )
        for name, label in blank_numbers(databases)
    ]
