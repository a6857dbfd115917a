"""The resource library's filters: its facets, keywords and sorts, and one reader's view of them.

The facets themselves (reading the address, filtering, counting) are home/facets.py.
"""

from urllib.parse import urlencode

from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from home.facets import Facet, Faceting
from kscb_site.page_cache import KeptResults

from .models.taxonomies import Audience, KeyStage, PSHETheme, ResourceType, Topic

MAX_KEYWORDS = 8
MAX_KEYWORDS_LENGTH = 200

FACETS = (
    Facet("audience", "audiences__slug", _("Who it is for"), model=Audience),
    Facet("topic", "topics__slug", _("Topic"), model=Topic),
    Facet("theme", "pshe_themes__slug", _("PSHE core theme"), model=PSHETheme),
    Facet("key_stage", "key_stages__slug", _("Key Stage"), model=KeyStage),
    Facet("type", "resource_types__slug", _("Type of resource"), model=ResourceType),
)
# The facets whose options each result card names ("Lesson plan · KS3, KS4").
CARD_FACETS = ("type", "key_stage")

SORTS = {
    "newest": _("Newest first"),
    "title": _("A to Z"),
    "reviewed": _("Recently reviewed"),
}
# Ties broken by id, so that pages of results never overlap. "Reviewed" reads the page's review record
# (upkeep.PageReview, at most one per page: the join adds no rows).
SORT_ORDERS = {
    "newest": (F("first_published_at").desc(nulls_last=True), "-pk"),
    "title": (Lower("title"), "pk"),
    "reviewed": (F("review__last_reviewed").desc(nulls_last=True), "-pk"),
}
DEFAULT_SORT = "newest"


def read_keywords(text):
    return " ".join(text.split()[:MAX_KEYWORDS])[:MAX_KEYWORDS_LENGTH]


def with_keywords(resources, keywords):
    """The resources whose title or summary holds every word, in any case."""
    for word in keywords.split():
        resources = resources.filter(Q(title__icontains=word) | Q(listing_summary__icontains=word))
    return resources


class LibraryView:
    """What one reader sees of a library: `query` is the request's GET."""

    def __init__(self, library, query):
        self.keywords = read_keywords(query.get("q", ""))
        sort = query.get("sort", DEFAULT_SORT)
        self.sort = sort if sort in SORTS else DEFAULT_SORT
        self.everything = library.resources()
        resources = with_keywords(self.everything, self.keywords)
        # Keywords are a reader's own text: a view with them is worked out afresh each time.
        self.cache_scope = None if self.keywords else ("resource-library", library.pk)
        self.faceting = Faceting(FACETS, resources, query, cache_scope=self.cache_scope, locale_id=library.locale_id)

    @property
    def selected(self):
        return self.faceting.selected

    @property
    def is_filtered(self):
        return bool(self.keywords or self.selected)

    def resources(self):
        """The matching resources in the reader's order."""
        return self.faceting.filter().order_by(*SORT_ORDERS[self.sort])

    def matches(self, load):
        """The matching resources for a Paginator: the count and each page's resource ids are kept
        until the next publish (when there are no keywords); `load(ids)` makes the resources."""
        if self.cache_scope is None:
            return self.resources()
        return KeptResults(self.resources(), (*self.cache_scope, tuple(sorted(self.selected)), self.sort), load)

    @property
    def fragment_key(self):
        """The reader's choices, validated, for the library page's fragment cache key; None with
        keywords (a reader's own text is never part of a key)."""
        if self.cache_scope is None:
            return None
        # In the address's order: the page's links and its suggestion follow the order filters were added.
        return urlencode([*self.selected, ("sort", self.sort)])

    @cached_property
    def facets(self):
        return self.faceting.results()

    def query_items(self, keywords=None, selected=None, page=None):
        """The address's (name, value) pairs for these choices, or for these with some changed."""
        keywords = self.keywords if keywords is None else keywords
        items = [("q", keywords)] if keywords else []
        items += list(self.selected if selected is None else selected)
        if self.sort != DEFAULT_SORT:
            items.append(("sort", self.sort))
        if page:
            items.append(("page", page))
        return items

    def address(self, **changes):
        return "?" + urlencode(self.query_items(**changes))

    def without(self, name, value):
        return tuple(item for item in self.selected if item != (name, value))

    def active_filters(self):
        """Each chosen filter with its name and the address without it."""
        labels = {result.name: result for result in self.facets}
        described = []
        if self.keywords:
            described.append((_("Keywords"), f"“{self.keywords}”", self.address(keywords="")))
        for name, value in self.selected:
            result = labels[name]
            described.append((result.label, result.label_for(value), self.address(selected=self.without(name, value))))
        return described

    def suggestion(self):
        """Instead of a dead end: what removing the last filter would show."""
        if self.selected:
            name, value = self.selected[-1]
            fewer = self.without(name, value)
            label = next(result for result in self.facets if result.name == name).label_for(value)
            return {
                "name": label,
                "url": self.address(selected=fewer),
                "count": self.faceting.filter(selected=fewer).count(),
            }
        return {
            "name": f"“{self.keywords}”",
            "url": self.address(keywords=""),
            "count": self.faceting.filter(items=self.everything).count(),
        }
