"""home/facets.py on the demo's pages: choices read and checked, AND across facets and OR within
one, counts that keep the other facets' choices, in a fixed number of queries."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Locale, Page

from home.facets import Facet, Faceting, read_options

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PAGE_TYPES = ["homepage", "standardpage", "resourcepage", "resourcelibrarypage", "campaignpage", "campaignindexpage"]

FACETS = (
    Facet("language", "locale__language_code", "Language", choices=settings.LANGUAGES),
    Facet("type", "content_type__model", "Type", model=ContentType, value_field="model", label_field="app_label"),
)


def pages():
    return Page.objects.filter(depth__gt=1)


def faceting(query):
    return Faceting(FACETS, pages(), QueryDict(query), model__in=PAGE_TYPES)


def counts_of(results):
    return {result.name: {option.value: option.count for option in result.options} for result in results}


def test_unknown_and_malformed_values_are_dropped(db):
    chosen = faceting("language=pl&language=<script>&type=resourcepage&type=page&type=resourcepage&colour=red")
    assert chosen.selected == (("language", "pl"), ("type", "resourcepage"))
    assert faceting("language=xx&type=").selected == ()
    assert faceting("language=xx").filter().count() == pages().count()


def test_or_within_a_facet_and_across_facets(db):
    polish = pages().filter(locale__language_code="pl")
    either = faceting("language=pl&language=ro").filter()
    assert set(either) == set(pages().filter(locale__language_code__in=["pl", "ro"]))
    assert either.count() > polish.count() > 0
    page_type = polish.exclude(content_type__model="homepage").values_list("content_type__model", flat=True)[0]
    both = faceting(f"language=pl&type={page_type}").filter()
    expected = polish.filter(content_type__model=page_type)
    assert 0 < both.count() == expected.count() < polish.count()


def test_counts_keep_the_other_facets_choices_but_not_their_own(db):
    results = counts_of(faceting("language=pl&type=campaignpage").results())
    # Each language counts the campaign pages it would show, whichever language is ticked.
    for code in LANGUAGES:
        expected = pages().filter(locale__language_code=code, content_type__model="campaignpage").count()
        assert results["language"].get(code, 0) == expected, code
    assert (
        results["type"]["campaignpage"]
        == pages().filter(locale__language_code="pl").filter(content_type__model="campaignpage").count()
    )
    assert (
        results["type"]["resourcepage"]
        == pages().filter(locale__language_code="pl", content_type__model="resourcepage").count()
    )


def test_empty_options_are_hidden_only_when_asked_and_never_when_ticked(db):
    assert {option.value for option in faceting("").results()[0].options} == set(LANGUAGES)
    narrowed = Faceting(FACETS, pages().filter(locale__language_code="en-gb"), QueryDict("language=pl"))
    options = narrowed.results(hide_empty=True)[0].options
    assert [(option.value, option.count, option.checked) for option in options] == [
        ("en-gb", narrowed.items.count(), False),
        ("pl", 0, True),
    ]


def test_queries_do_not_depend_on_the_choices_or_the_items(db):
    def queries(query):
        with CaptureQueriesContext(connection) as captured:
            facets = faceting(query)
            facets.results()
            list(facets.filter())
        return len(captured.captured_queries)

    # The model-backed facet's options (fixed choices need none), every facet's counts, then the items.
    assert queries("") == queries("language=pl&language=ro&type=resourcepage") == 1 + 1 + 1


@hypothesis_settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    languages=st.lists(st.sampled_from([*LANGUAGES, "xx"]), max_size=3),
    types=st.lists(st.sampled_from([*PAGE_TYPES, "page"]), max_size=3),
)
def test_counts_match_a_brute_force_count(db, languages, types):
    query = QueryDict(mutable=True)
    query.setlist("language", languages)
    query.setlist("type", types)
    facets = faceting(query.urlencode())
    rows = list(pages().values_list("pk", "locale__language_code", "content_type__model"))
    chosen_languages = set(languages) & set(LANGUAGES)
    chosen_types = set(types) & set(PAGE_TYPES)

    def keep(row, skip=None):
        return (skip == "language" or not chosen_languages or row[1] in chosen_languages) and (
            skip == "type" or not chosen_types or row[2] in chosen_types
        )

    assert sorted(facets.filter().values_list("pk", flat=True)) == sorted(row[0] for row in rows if keep(row))
    counts = counts_of(facets.results())
    for code in LANGUAGES:
        assert counts["language"][code] == sum(1 for row in rows if row[1] == code and keep(row, skip="language"))
    for model in PAGE_TYPES:
        assert counts["type"][model] == sum(1 for row in rows if row[2] == model and keep(row, skip="type"))


def test_every_model_backed_facets_options_come_in_one_query_each_in_its_models_order(db):
    code = "language_code"
    by_locale = Facet("locale", "locale__language_code", "Locale", model=Locale, value_field=code, label_field=code)
    facets = (*FACETS, by_locale)
    with CaptureQueriesContext(connection) as queries:
        options = read_options(facets)
    assert len(queries) == 1
    assert options["language"] == [(code, name) for code, name in settings.LANGUAGES]
    types = ContentType.objects.order_by("pk").values_list("model", "app_label")
    assert options["type"] == [(model, app) for model, app in types]
    locales = Locale.objects.order_by(*(Locale._meta.ordering or ["pk"])).values_list(code, flat=True)
    assert len(locales) >= 2 and options["locale"] == [(language, language) for language in locales]
