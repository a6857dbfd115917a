"""Faceted filtering for listings: the resource library and a campaign's asset library.

A listing declares its facets once (the address parameter, the path from an item to the
option's value, a label, and where the known options come from). Per view, `Faceting` reads
the reader's choices from the query string, keeping only values that are known options: an
unknown or malformed value is dropped, so it never reaches a query, a page or a cache key.

Within a facet, ticked options widen the listing (any of them); across facets they narrow it
(all of them). Each option's count is what the listing would show with that option ticked and
every *other* facet's choices kept ("disjunctive" counts), worked out in SQL: one query for every
model-backed facet's options and one for every facet's counts, however many items there are.
Given a `cache_scope` (what `items` are, in validated values: e.g. the library page's id), the
counts are kept in Django's cache until the next publish (kscb_site.page_cache).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from django.db.models import CharField, Count, IntegerField, Value, Window
from django.db.models.functions import Cast, RowNumber

from kscb_site.page_cache import cached_until_next_generation


@dataclass(frozen=True)
class Facet:
    """One filter of a listing.

    `path` leads from an item to the option's value, as in a queryset lookup: "kind",
    "topics__slug", "locale__language_code". The known options are either `choices`,
    fixed (value, label) pairs, or the rows of `model` (value from `value_field`, label from
    `label_field`), optionally narrowed by the listing (e.g. to its language).
    """

    name: str
    path: str
    label: str
    choices: Sequence = ()
    model: type | None = None
    value_field: str = "slug"
    label_field: str = "name"

    @property
    def field(self):
        """The item's own field the path starts from, e.g. "topics"."""
        return self.path.split("__", 1)[0]

    # A facet whose options need more than one model's rows (learning.library.TagFacet) sets this
    # and reads them in its own options().
    reads_own_options: ClassVar[bool] = False

    def options(self, **model_filters):
        """The fixed choices as (value, label) pairs. Model-backed options are read together, in
        read_options(), unless the facet reads its own."""
        return [(str(value), label) for value, label in self.choices]

    def options_query(self, **model_filters):
        """A model-backed facet's options as rows of (facet name, position, value, label), the
        position following the model's own ordering: a part of one UNION ALL."""
        ordering = list(self.model._meta.ordering) or ["pk"]
        return (
            self.model.objects.filter(**model_filters)
            .order_by()
            .values(
                facet_name=Value(self.name, output_field=CharField()),
                position=Window(RowNumber(), order_by=ordering, output_field=IntegerField()),
                value=Cast(self.value_field, CharField()),
                label=Cast(self.label_field, CharField()),
            )
        )


def read_options(facets, **model_filters):
    """{facet name: [(value, label), ...]} in the order readers see them: fixed choices as
    declared, facets that read their own options by themselves, and every other model-backed
    facet's rows in one query (UNION ALL)."""
    shared = [facet for facet in facets if facet.model is not None and not facet.reads_own_options]
    options = {facet.name: [] if facet in shared else facet.options(**model_filters) for facet in facets}
    parts = [facet.options_query(**model_filters) for facet in shared]
    if parts:
        rows = sorted(parts[0].union(*parts[1:], all=True), key=lambda row: row["position"])
        for row in rows:
            options[row["facet_name"]].append((row["value"], row["label"]))
    return options


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    checked: bool = False


@dataclass
class FacetResult:
    """A facet as the page shows it: every option with its count and whether it is ticked."""

    facet: Facet
    options: list = field(default_factory=list)

    @property
    def name(self):
        return self.facet.name

    @property
    def label(self):
        return self.facet.label

    @property
    def has_selection(self):
        return any(option.checked for option in self.options)

    def label_for(self, value):
        return next((option.label for option in self.options if option.value == value), value)


class Faceting:
    """`facets` applied to the queryset `items` with the choices read from `query` (a QueryDict).

    `option_filters` narrow model-backed facets' options, e.g. `locale_id=...`. `cache_scope`, a
    tuple of validated values naming `items` (None when the items depend on a reader's text, such
    as keywords), lets the counts be kept until the next publish.
    """

    def __init__(self, facets, items, query, cache_scope=None, **option_filters):
        self.facets = tuple(facets)
        self.items = items
        self.cache_scope = cache_scope
        self.options = self.known_options(option_filters)
        self.selected = self.read(query)

    def known_options(self, option_filters):
        """{facet name: [(value, label), ...]}, kept until the next publish when there is a scope."""

        def read():
            return read_options(self.facets, **option_filters)

        if self.cache_scope is None:
            return read()
        return cached_until_next_generation(("facet-options", *self.cache_scope, sorted(option_filters.items())), read)

    def read(self, query):
        """The known (facet name, value) pairs of `query`, in the order of the address (the last
        is the filter added last), without repeats. Anything else is ignored."""
        known = {name: {value for value, _label in options} for name, options in self.options.items()}
        selected = []
        for name, values in query.lists():
            if name in known:
                selected += [(name, value) for value in dict.fromkeys(values) if value in known[name]]
        return tuple(selected)

    def chosen(self, name, selected=None):
        return [value for facet_name, value in (self.selected if selected is None else selected) if facet_name == name]

    @property
    def is_filtered(self):
        return bool(self.selected)

    def filter(self, selected=None, skip=None, items=None):
        """The items (or `items`, another queryset of the same model) matching `selected` (the
        reader's choices by default), ignoring facet `skip`."""
        selected = self.selected if selected is None else selected
        items = self.items if items is None else items
        for facet in self.facets:
            values = self.chosen(facet.name, selected)
            if values and facet.name != skip:
                # A subquery, so that an item with two of the ticked options is listed once.
                having = self.items.model.objects.filter(**{f"{facet.path}__in": values}).values("pk")
                items = items.filter(pk__in=having)
        return items

    def counts(self):
        """{facet name: {value: how many items the listing would show with it ticked, the other
        facets' choices kept}}: one grouped count per facet, sent as a single query (UNION ALL)."""
        if self.cache_scope is None:
            return self.count_options()
        return cached_until_next_generation(
            ("facet-counts", *self.cache_scope, tuple(sorted(self.selected))), self.count_options
        )

    def count_options(self):
        per_facet = [
            self.filter(skip=facet.name)
            .order_by()
            .values(facet_name=Value(facet.name, output_field=CharField()), value=Cast(facet.path, CharField()))
            .annotate(items=Count("pk", distinct=True))
            for facet in self.facets
        ]
        counts = {facet.name: {} for facet in self.facets}
        for row in per_facet[0].union(*per_facet[1:], all=True):
            if row["value"] is not None:
                counts[row["facet_name"]][row["value"]] = row["items"]
        return counts

    def results(self, hide_empty=False):
        """[FacetResult, ...] in the order the facets were declared. With `hide_empty`, an option no
        item has is left out (unless it is ticked, so that it can be unticked)."""
        results, all_counts = [], self.counts()
        for facet in self.facets:
            counts, chosen = all_counts[facet.name], set(self.chosen(facet.name))
            options = [
                Option(value, label, counts.get(value, 0), value in chosen)
                for value, label in self.options[facet.name]
                if counts.get(value) or value in chosen or not hide_empty
            ]
            results.append(FacetResult(facet, options))
        return results
