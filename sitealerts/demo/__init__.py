"""One example alert, switched off, for editors to copy: nothing in it is a real outage or number.

It is marked as an example in its own words, so that it cannot be mistaken for a real alert if an
editor switches it on to try the banner. Safe to run twice: the alert is found by a fixed key.
"""

import uuid

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from sitealerts.models import SiteAlert

EXAMPLE_KEY = uuid.UUID("6f1d1f5e-6c1a-4c55-9d43-5a7b1e0c2a18")
EXAMPLE = {
    "message": (
        "Example alert (illustrative only, not a real problem): if a phone line stops working, an alert like "
        "this tells readers which number to call instead."
    ),
    "link_url": "/worried-about-a-child/",
    "link_text": "Who to call about a child",
    "severity": SiteAlert.URGENT,
    "live": False,
}


def load(stdout):
    locale = Locale.objects.get(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    _alert, created = SiteAlert.objects.get_or_create(translation_key=EXAMPLE_KEY, locale=locale, defaults=EXAMPLE)
    if created:
        stdout.write("Site alerts: an example alert (switched off) is under Site alerts in the admin.")
