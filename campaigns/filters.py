"""The asset library's filters: kind, audience and language (home/facets.py reads and counts them)."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from home.facets import Facet

from .models import ASSET_KINDS, AUDIENCES

FACETS = (
    Facet("kind", "kind", _("Type"), choices=ASSET_KINDS),
    Facet("audience", "audience", _("Audience"), choices=AUDIENCES),
    Facet("language", "locale__language_code", _("Language"), choices=settings.LANGUAGES),
)
