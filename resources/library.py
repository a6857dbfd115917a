"""The library's filters: the facets, the reader's choices read from the address,
and what the page shows for each option.

Within a facet, ticked options widen the search (any of them); across facets they
narrow it (all). An option's count is what the library would show with that option
alone ticked in its facet and every other filter kept. The matching itself is in
facet_index.py, in memory.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .models.taxonomies import Audience, KeyStage, PSHETheme, ResourceType, Topic

MAX_KEYWORDS = 8


@dataclass(frozen=True)
class Facet:
    param: str  # the name in the library's address, e.g. ?topic=domestic-abuse
    field: str  # the ResourcePage many-to-many field
    model: type
    legend: str


FACETS = (
    Facet("audience", "audiences", Audience, _("Who it is for")),
    Facet("topic", "topics", Topic, _("Topic")),
    Facet("theme", "pshe_themes", PSHETheme, _("PSHE core theme")),
    Facet("key_stage", "key_stages", KeyStage, _("Key Stage")),
    Facet("type", "resource_types", ResourceType, _("Type of resource")),
)
FACETS_BY_PARAM = {facet.param: facet for facet in FACETS}

# The orders themselves are facet_index.SORT_KEYS.
SORTS = {
    "newest": _("Newest first"),
    "title": _("A to Z"),
    "reviewed": _("Recently reviewed"),
}
DEFAULT_SORT = "newest"


@dataclass(frozen=True)
class LibraryFilters:
    """The reader's choices, read from the query string."""

    keywords: str = ""
    # (facet param, option slug) in the order they appear in the address: the last is the last filter added.
    selected: tuple = ()
    sort: str = DEFAULT_SORT

    @classmethod
    def from_query(cls, query):
        keywords = " ".join(query.get("q", "").split()[:MAX_KEYWORDS])[:200]
        selected = []
        for param, values in query.lists():
            if param in FACETS_BY_PARAM:
                selected += [(param, value) for value in dict.fromkeys(values) if value]
        sort = query.get("sort", DEFAULT_SORT)
        return cls(keywords, tuple(selected), sort if sort in SORTS else DEFAULT_SORT)

    def slugs(self, facet):
        return [slug for param, slug in self.selected if param == facet.param]

    @property
    def words(self):
        return self.keywords.split()

    @property
    def is_filtered(self):
        return bool(self.keywords or self.selected)

    def without(self, param, slug=None):
        """These filters less one option (or the keywords, when param is 'q')."""
        if param == "q":
            return LibraryFilters("", self.selected, self.sort)
        return LibraryFilters(self.keywords, tuple(item for item in self.selected if item != (param, slug)), self.sort)

    def last_filter(self):
        """('topic', 'neglect') or ('q', words): what to suggest removing when nothing matches."""
        if self.selected:
            return self.selected[-1]
        return ("q", self.keywords) if self.keywords else None

    def query_items(self, page=None):
        items = [("q", self.keywords)] if self.keywords else []
        items += list(self.selected)
        if self.sort != DEFAULT_SORT:
            items.append(("sort", self.sort))
        if page:
            items.append(("page", page))
        return items


@dataclass
class Option:
    slug: str
    name: str
    count: int
    checked: bool


@dataclass
class FacetResult:
    facet: Facet
    options: list = field(default_factory=list)

    @property
    def param(self):
        return self.facet.param

    @property
    def legend(self):
        return self.facet.legend

    @property
    def has_selection(self):
        return any(option.checked for option in self.options)

    def name_for(self, slug):
        return next((option.name for option in self.options if option.slug == slug), slug)
