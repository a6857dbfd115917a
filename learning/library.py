"""The learning library's filters and one reader's view of them (the faceting is home/facets.py)."""

from urllib.parse import urlencode

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from home.facets import Facet, Faceting

from .models import LEARNING_TYPES, AgeGroup, Agency, HarmType, Theme

FACETS = (
    Facet("type", "learning_type", _("Type"), choices=LEARNING_TYPES),
    Facet("theme", "themes__slug", _("Theme"), model=Theme),
    Facet("age", "age_groups__slug", _("Age group"), model=AgeGroup),
    Facet("harm", "harm_types__slug", _("Type of harm"), model=HarmType),
    Facet("agency", "agencies__slug", _("Agency"), model=Agency),
)


class LibraryView:
    """What one reader sees of the library: `query` is the request's GET. Only known options are
    read from it (home/facets.py), so the counts' cache key holds validated values only."""

    def __init__(self, library, query):
        self.faceting = Faceting(
            FACETS, library.items(), query, cache_scope=("learning-library", library.pk), locale_id=library.locale_id
        )

    @property
    def selected(self):
        return self.faceting.selected

    def items(self):
        # The locale for each card's address, in the same query.
        return self.faceting.filter().select_related("locale")

    @cached_property
    def facets(self):
        return self.faceting.results(hide_empty=True)

    def address(self, selected):
        return "?" + urlencode(selected) if selected else "?"

    def query_prefix(self):
        """The filters for the pagination links, ready to take `page=`."""
        return urlencode(self.selected) + "&" if self.selected else ""

    def active_filters(self):
        """Each chosen filter: its facet's label, the option's label and the address without it."""
        by_name = {result.name: result for result in self.facets}
        return [
            (
                by_name[name].label,
                by_name[name].label_for(value),
                self.address(tuple(item for item in self.selected if item != (name, value))),
            )
            for name, value in self.selected
        ]
