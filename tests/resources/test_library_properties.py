"""Property-based: for random resources and random filters, the library returns exactly
the resources a plain-Python model of the filters says it should, with the right counts."""

import pytest
from django.db import transaction
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resources.bulk import bulk_add_resources
from resources.library import FACETS, SORTS, LibraryView
from resources.models import ResourceLibraryPage

WORDS = ["safe", "sleep", "abuse", "lesson", "help", "online"]
OPTIONS_PER_FACET = 3


@pytest.fixture
def options(db):
    """A few real options of each facet: {facet param: [(id, slug), ...]}."""
    return {
        facet.name: list(facet.model.objects.order_by("pk").values_list("pk", "slug")[:OPTIONS_PER_FACET])
        for facet in FACETS
    }


def resource_strategy():
    choice = st.sampled_from(range(OPTIONS_PER_FACET))
    return st.fixed_dictionaries(
        {
            "title": st.lists(st.sampled_from(WORDS + [w.title() for w in WORDS]), min_size=1, max_size=3).map(
                " ".join
            ),
            "summary": st.lists(st.sampled_from(WORDS), max_size=2).map(" ".join),
            **{facet.name: st.sets(choice, max_size=3) for facet in FACETS},
        }
    )


def filters_strategy():
    pick = st.tuples(st.sampled_from([facet.name for facet in FACETS]), st.sampled_from(range(OPTIONS_PER_FACET)))
    return st.fixed_dictionaries(
        {
            "words": st.lists(st.sampled_from(WORDS), max_size=2),
            "picks": st.lists(pick, max_size=4, unique=True),
            "sort": st.sampled_from(list(SORTS)),
        }
    )


def matches(resource, words, selected, skip=None):
    """The plain model: every word in the title or summary; any chosen option within a facet; all facets."""
    text = (resource["title"] + " " + resource["summary"]).lower()
    if not all(word in text for word in words):
        return False
    return all(not chosen or resource[param] & chosen for param, chosen in selected.items() if param != skip)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(resources=st.lists(resource_strategy(), max_size=12), chosen=filters_strategy())
def test_library_matches_a_plain_model_of_the_filters(home_page, options, resources, chosen):
    with transaction.atomic():
        library = home_page.add_child(
            instance=ResourceLibraryPage(title="Property library", slug="property-library", introduction="Test")
        )
        specs = [
            {
                "title": resource["title"],
                "summary": resource["summary"],
                **{facet.field: [options[facet.name][i][0] for i in resource[facet.name]] for facet in FACETS},
            }
            for resource in resources
        ]
        ids = bulk_add_resources(library, specs)
        query = QueryDict(mutable=True)
        query["q"] = " ".join(chosen["words"])
        query["sort"] = chosen["sort"]
        for param, i in chosen["picks"]:
            query.appendlist(param, options[param][i][1])
        selected = {facet.name: set() for facet in FACETS}
        for param, i in chosen["picks"]:
            selected[param].add(i)

        view = LibraryView(library, query)
        found = list(view.resources().values_list("pk", flat=True))
        pairs = zip(ids, resources, strict=True)
        expected = {pk for pk, resource in pairs if matches(resource, chosen["words"], selected)}
        assert len(found) == len(set(found)), "a resource listed twice"
        assert set(found) == expected

        titles = dict(zip(ids, (resource["title"] for resource in resources), strict=True))
        if chosen["sort"] == "title":
            in_order = [titles[pk].lower() for pk in found]
            assert in_order == sorted(in_order), in_order
        elif chosen["sort"] == "newest":  # bulk_add_resources makes each resource a minute older than the last
            assert found == sorted(found, key=ids.index), found

        counts = {result.name: {option.value: option.count for option in result.options} for result in view.facets}
        for facet in FACETS:
            for n, (_pk, slug) in enumerate(options[facet.name]):
                expected_count = sum(
                    1
                    for resource in resources
                    if n in resource[facet.name] and matches(resource, chosen["words"], selected, skip=facet.name)
                )
                assert counts[facet.name][slug] == expected_count, (facet.name, slug)
        transaction.set_rollback(True)
