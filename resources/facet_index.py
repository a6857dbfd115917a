"""The library's facets held in memory, so that any combination of filters costs no query.

Counting options with SQL meant one query per facet, each rebuilding the set of live
resources: hundreds of milliseconds at 10,000 resources. Instead each app process keeps,
per library, one snapshot of its live public resources: their ids, the words readers
search, their sort keys and, for every option, a bitmask of the resources that have it
(bit n = the n-th resource). Filtering is then AND and OR of Python integers and counting
is `int.bit_count()`: a few milliseconds for any filters, whatever the size.

A snapshot is built in a fixed number of queries (one for the resources, one per facet
for their options, one per facet for its option names) and kept by home.memory under the
site's cache generation: publishing, unpublishing, moving or deleting a page, or editing
a taxonomy, starts a new generation in the shared cache, so every app server rebuilds on
its next library request. If the cache cannot say (Redis down) the snapshot is rebuilt
for each request: slower, never stale.
"""

from dataclasses import dataclass
from itertools import islice

from home.memory import MISSING, recall, remembered

from .library import FACETS, FacetResult, LibraryFilters, Option

# The facets whose options each result card names ("Lesson plan · KS3, KS4").
CARD_FACETS = ("type", "key_stage")

MAX_REMEMBERED_SEARCHES = 256

SORT_KEYS = {
    # Each returns a key for sorted(); ties broken by id, as the database did.
    "newest": lambda r: (-r.published, -r.pk),
    "title": lambda r: (r.title.lower(), r.pk),
    # Never-reviewed resources last.
    "reviewed": lambda r: (r.reviewed is None, -(r.reviewed or 0), -r.pk),
}


@dataclass(frozen=True)
class IndexedResource:
    pk: int
    title: str
    text: str  # title and summary, lower case, for keywords
    published: float  # first published, as a timestamp (0 if never)
    reviewed: int | None  # last reviewed, as an ordinal day


class LibraryIndex:
    """The live public resources of one library and, per facet option, which of them have it."""

    def __init__(self, resources, memberships, options):
        # resources: IndexedResource list; memberships: {param: [(resource pk, slug), ...]};
        # options: {param: [(slug, name), ...]} in the order readers see them.
        self.resources = resources
        self.options = options
        self.everything = (1 << len(resources)) - 1
        self._keyword_masks = {}
        self.positions = position = {resource.pk: n for n, resource in enumerate(resources)}
        self.masks = {facet.param: {} for facet in FACETS}
        self.card_slugs = {}  # {pk: {slug, ...}} of the card facets' options
        for param, pairs in memberships.items():
            masks = self.masks[param]
            for pk, slug in pairs:
                if pk in position:
                    masks[slug] = masks.get(slug, 0) | (1 << position[pk])
                    if param in CARD_FACETS:
                        self.card_slugs.setdefault(pk, set()).add((param, slug))
        # Positions in each sort order, computed once rather than per request.
        self.orders = {name: [position[r.pk] for r in sorted(resources, key=key)] for name, key in SORT_KEYS.items()}

    @classmethod
    def build(cls, library):
        from .models import ResourcePage

        live = library.resources()
        resources = [
            IndexedResource(
                pk=pk,
                title=title,
                text=f"{title}\n{summary}".lower(),
                published=first_published.timestamp() if first_published else 0.0,
                reviewed=reviewed.toordinal() if reviewed else None,
            )
            for pk, title, summary, first_published, reviewed in live.values_list(
                "pk", "title", "listing_summary", "first_published_at", "last_reviewed"
            )
        ]
        memberships, options = {}, {}
        for facet in FACETS:
            through = ResourcePage._meta.get_field(facet.field).remote_field.through
            target = facet.model._meta.model_name
            memberships[facet.param] = list(
                through.objects.filter(resourcepage_id__in=live.values("pk")).values_list(
                    "resourcepage_id", f"{target}__slug"
                )
            )
            options[facet.param] = list(
                facet.model.objects.filter(locale_id=library.locale_id).values_list("slug", "name")
            )
        return cls(resources, memberships, options)

    def match(self, filters: LibraryFilters, skip_param=None):
        """Bitmask of the resources matching the keywords and every facet except skip_param."""
        matched = self.everything
        for facet in FACETS:
            slugs = filters.slugs(facet)
            if slugs and facet.param != skip_param:
                masks = self.masks[facet.param]
                matched &= _any_of(masks.get(slug, 0) for slug in slugs)
        if filters.words:
            matched &= self.keyword_mask(tuple(word.lower() for word in filters.words))
        return matched

    def keyword_mask(self, words):
        """Resources whose title or summary holds every word. Remembered: a library page asks
        once for its results and once per facet, and readers repeat popular searches."""
        if words not in self._keyword_masks:
            if len(self._keyword_masks) >= MAX_REMEMBERED_SEARCHES:
                self._keyword_masks.clear()
            texts = [resource.text for resource in self.resources]
            self._keyword_masks[words] = _mask_from_flags(
                "1" if all(word in text for word in words) else "0" for text in texts
            )
        return self._keyword_masks[words]

    def count(self, filters):
        return self.match(filters).bit_count()

    def ordered_ids(self, matched, sort):
        """The ids of the matched resources in the reader's sort order, as a lazy sequence:
        a page of results walks the sort order only as far as that page, not all 10,000."""
        return OrderedMatches(self, matched, sort)

    def card_meta(self, pk):
        """'Lesson plan · KS3, KS4' for one resource, from memory rather than two prefetches."""
        chosen = self.card_slugs.get(pk, ())
        parts = (
            ", ".join(name for slug, name in self.options[param] if (param, slug) in chosen) for param in CARD_FACETS
        )
        return " · ".join(part for part in parts if part)

    def facet_links(self, pk):
        """[(facet, [Option, ...]), ...] of the options resource `pk` has, facets in order and
        options as readers see them; None when the resource is not in this index."""
        position = self.positions.get(pk)
        if position is None:
            return None
        bit = 1 << position
        links = []
        for facet in FACETS:
            masks = self.masks[facet.param]
            options = [
                Option(slug, name, 0, False) for slug, name in self.options[facet.param] if masks.get(slug, 0) & bit
            ]
            if options:
                links.append((facet, options))
        return links

    def facet_results(self, filters):
        """Every option of every facet with what it would show, the other facets' filters kept."""
        results = []
        for facet in FACETS:
            others = self.match(filters, skip_param=facet.param)
            masks, chosen = self.masks[facet.param], set(filters.slugs(facet))
            options = [
                Option(slug, name, (masks.get(slug, 0) & others).bit_count(), slug in chosen)
                for slug, name in self.options[facet.param]
            ]
            results.append(FacetResult(facet, options))
        return results


class OrderedMatches:
    """The matched ids in sort order, for Django's Paginator: its length is a bit count and a
    slice stops walking the order once it has what it asked for."""

    def __init__(self, index, matched, sort):
        self._index, self._sort = index, sort
        self._flags = _flags_from_mask(matched, len(index.resources))
        self._count = matched.bit_count()

    def __len__(self):
        return self._count

    def __iter__(self):
        resources, flags = self._index.resources, self._flags
        return (resources[n].pk for n in self._index.orders[self._sort] if flags[n] == "1")

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self._count)
            return list(islice(iter(self), start, stop, step))
        if not -self._count <= key < self._count:
            raise IndexError(key)
        return next(islice(iter(self), key % self._count, None))


def _any_of(masks):
    combined = 0
    for mask in masks:
        combined |= mask
    return combined


# Bit n of a mask is the n-th resource. Strings of "0"/"1" convert in C, not bit by bit.
def _mask_from_flags(flags):
    return int("".join(flags)[::-1] or "0", 2)


def _flags_from_mask(mask, size):
    return bin(mask)[2:][::-1].ljust(size, "0")


def built_library_index(library, request=None):
    """This process's index of `library` if it has already been built in this generation, else None."""
    index = recall(request, ("library-index", library.pk))
    return None if index is MISSING else index


def library_index(library, request=None):
    """This process's index of `library`, rebuilt when the site's content has changed."""
    return remembered(request, ("library-index", library.pk), lambda: LibraryIndex.build(library))
