"""Site search ranked in memory from Wagtail's PostgreSQL index (home/search_index.py).

On PostgreSQL the matches, their count and their order must be what PostgreSQL itself
computes; on SQLite Wagtail's backend answers. Either way a publish, an unpublish, a
private page or a new recommended result shows on the next search.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelsearch.backends.database.postgres.weights import get_sql_weights
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction

from home import search_index
from home.models import NewsIndexPage, NewsPage

ON_POSTGRESQL = connection.vendor == "postgresql"


def found(html):
    """(count, titles) as the results page shows them."""
    count = int(re.search(r"(\d+) pages? found", html).group(1))
    section = html.split('id="results-heading"', 1)[1].split("</section>", 1)[0]
    return count, re.findall(r'<h3><a href="[^"]*">([^<]*)</a></h3>', section)


def search(client, words, **params):
    response = client.get("/search/", {"q": words, **params})
    assert response.status_code == 200
    return response.content.decode()


def backend_results(words):
    english = Locale.objects.get(language_code="en-gb")
    return list(Page.objects.live().public().filter(locale=english).search(words))


def postgresql_ranks(lexemes, ids):
    """PostgreSQL's ts_rank for the lexemes joined by OR: title times title_norm, plus body."""
    weights, words = get_sql_weights(), " | ".join(f"'{lexeme}'" for lexeme in lexemes)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT object_id::int, ts_rank(%s::float4[], title, to_tsquery('simple', %s)) * title_norm"
            " + ts_rank(%s::float4[], body, to_tsquery('simple', %s)) FROM wagtailsearch_indexentry"
            " WHERE object_id = ANY(%s) AND content_type_id IN (SELECT content_type_id FROM wagtailcore_page)",
            [weights, words, weights, words, [str(pk) for pk in ids]],
        )
        return dict(cursor.fetchall())


@pytest.mark.parametrize("words", ["child", "domestic abuse", "safe sleeping baby", "board priorities"])
def test_matches_are_the_backends_and_ranked_as_postgresql_ranks(db, words):
    lexemes = search_index.query_lexemes(words)
    if not ON_POSTGRESQL:
        assert lexemes is None  # SQLite: Wagtail's backend answers every search
        return
    expected = backend_results(words)
    assert expected, "the demo content should hold these words"
    english = Locale.objects.get(language_code="en-gb")
    results = search_index.page_matches(None, lexemes, english.pk)
    ordered = list(results[0 : len(results)])
    assert results.count() == len(expected)
    assert set(ordered) == {page.pk for page in expected}
    if len(lexemes) == 1:  # one word: the backend's ts_rank is the same formula, so the same order
        assert ordered == [page.pk for page in expected]
    ranks = postgresql_ranks(lexemes, ordered)
    assert ordered == sorted(ordered, key=lambda pk: (-round(ranks[pk], 6), -pk))


def test_a_page_shows_in_search_once_published_and_leaves_once_unpublished_or_private(client, db):
    assert found(search(client, "Zanzibar"))[0] == 0
    news = NewsIndexPage.objects.get(slug="news").add_child(
        instance=NewsPage(title="Zanzibar exchange visit", slug="zanzibar", body=[], live=False)
    )
    assert found(search(client, "zanzibar"))[0] == 0  # a draft
    news.save_revision().publish()
    assert found(search(client, "zanzibar"))[1] == ["Zanzibar exchange visit"]

    restriction = PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    assert found(search(client, "zanzibar"))[0] == 0
    restriction.delete()
    assert found(search(client, "zanzibar"))[0] == 1

    news.refresh_from_db()
    news.unpublish()
    assert found(search(client, "zanzibar"))[0] == 0


def test_pages_of_results_follow_one_order_without_repeats(client, db):
    news_index = NewsIndexPage.objects.get(slug="news")
    for number in range(23):
        news_index.add_child(instance=NewsPage(title=f"Kaleidoscope {number}", slug=f"k-{number}", body=[]))
    news_index.save_revision().publish()  # as an editor would: a new generation
    pages = [found(search(client, "kaleidoscope", page=number))[1] for number in (1, 2, 3)]
    assert [len(titles) for titles in pages] == [10, 10, 3]
    every_title = [title for titles in pages for title in titles]
    assert sorted(every_title) == sorted(f"Kaleidoscope {number}" for number in range(23))
    # One word: the backend's ts_rank and ours are the same formula, so the same order.
    assert every_title == [page.title for page in backend_results("kaleidoscope")]


def test_a_warm_search_reads_no_search_index_on_postgresql(client, db):
    search(client, "domestic abuse")
    with CaptureQueriesContext(connection) as queries:
        html = search(client, "domestic abuse")
    assert found(html)[0] > 0
    reads_index = any("wagtailsearch_indexentry" in query["sql"] for query in queries.captured_queries)
    assert reads_index is not ON_POSTGRESQL
    if ON_POSTGRESQL:
        assert len(queries.captured_queries) == 1, [query["sql"] for query in queries.captured_queries]


def test_words_postgresql_joins_into_a_phrase_go_to_the_backend(client, db):
    if ON_POSTGRESQL:
        assert search_index.query_lexemes("safe_sleep") is None
        assert search_index.query_lexemes("safe sleep") == ["safe", "sleep"]
    count, _ = found(search(client, "safe_sleep"))
    assert count == len(backend_results("safe_sleep"))


def test_a_search_of_stop_words_only_is_answered_as_the_backend_answers_it(client, db):
    # PostgreSQL indexes no stop words, so finds nothing; SQLite's FTS5 index holds them.
    count, _ = found(search(client, "the and of"))
    assert count == len(backend_results("the and of"))
    assert (count == 0) is ON_POSTGRESQL


def test_a_new_recommended_result_shows_on_the_next_search(client, db):
    target = NewsIndexPage.objects.get(slug="news")
    assert "Recommended" not in search(client, "newsletter")
    query = Query.get("newsletter")
    SearchPromotion.objects.create(query=query, page=target, sort_order=0, description="Every board update")
    html = search(client, "newsletter")
    assert "Recommended" in html and "Every board update" in html


def test_one_readers_words_never_reach_the_next_readers_page(client, db):
    search(client, "my stepdad hits me")
    html = search(client, "leaflets")
    assert "stepdad" not in html


def kept_chrome():
    from home import memory

    return {key for key in memory._memo if "page-chrome" in key}


def test_search_keeps_its_chrome_but_made_up_addresses_keep_nothing(client, db):
    search(client, "leaflets")
    kept = kept_chrome()
    assert any("view:search" in key for key in kept)  # the search page's header and footer, kept once
    search(client, "posters")
    assert kept_chrome() == kept  # the same chrome for every search
    for number in range(3):
        assert client.get(f"/no-such-page-{number}/").status_code == 404
    assert kept_chrome() == kept


@pytest.mark.parametrize("seed", range(20))
def test_the_threshold_walk_gives_the_full_sorts_top_entries_ties_included(seed):
    import random

    rng = random.Random(seed)
    # Few distinct scores, so most entries tie: the case that stops a careless walk early.
    scores = {
        lexeme: {pk: rng.choice([0.1, 0.2, 0.2, 0.5, 1.0]) for pk in rng.sample(range(1, 400), rng.randint(1, 300))}
        for lexeme in ("a", "b", "c")
    }
    postings = search_index.Postings(scores)
    for lexemes in (["a"], ["a", "b"], ["a", "b", "c"], ["a", "missing"]):
        holding_all = set.intersection(*(set(scores.get(lexeme, {})) for lexeme in lexemes))
        rank = {pk: sum(scores[lexeme][pk] for lexeme in lexemes) for pk in holding_all}
        full_sort = sorted(holding_all, key=lambda pk: (-rank[pk], -pk))
        assert postings.count(lexemes) == len(full_sort)
        for k in range(len(full_sort) + 1):
            assert postings.top(lexemes, k) == full_sort[:k], (lexemes, k)
