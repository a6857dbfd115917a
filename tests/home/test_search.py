"""Site search with editor-promoted results; queries are not recorded."""

import pytest
from wagtail.contrib.search_promotions.models import Query


def test_search_finds_pages_and_documents(client, db):
    response = client.get("/search/", {"q": "Child R"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Child R serious case review" in html
    assert "KSCB response to the Child R serious case review" in html  # the PDF
    assert "no-store" in response["Cache-Control"]


def test_search_shows_promoted_result_first(client, db):
    html = client.get("/search/", {"q": "Domestic Abuse"}).content.decode()
    assert "Recommended" in html
    assert html.index("Recommended") < html.index("pages found")


def test_search_does_not_record_queries(client, db):
    before = Query.objects.count()
    client.get("/search/", {"q": "something personal"})
    assert Query.objects.count() == before


def test_overlong_search_gets_a_clear_message(client, db):
    response = client.get("/search/", {"q": "x" * 5000})
    assert response.status_code == 400
    assert "Your search is too long" in response.content.decode()


def test_empty_search_shows_the_form(client, db):
    response = client.get("/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


def add_page(home_page, title, body_text, summary=""):
    from home.models import StandardPage

    page = StandardPage(
        title=title, slug=title.lower().replace(" ", "-"), listing_summary=summary, body=[("paragraph", body_text)]
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def result_titles(html):
    import re

    section = html.split('id="results-heading"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<h3><a href="[^"]*">([^<]*)</a></h3>', section)


def test_a_title_match_ranks_first(client, home_page):
    """Wagtail's backend ranks (PostgreSQL full text or SQLite FTS): the title weighs most."""
    add_page(home_page, "Board minutes archive", "<p>Notes that mention the zephyrine report in passing.</p>")
    add_page(home_page, "Zephyrine report", "<p>The report in full.</p>", summary="The zephyrine report.")
    titles = result_titles(client.get("/search/", {"q": "zephyrine"}).content.decode())
    assert titles[:2] == ["Zephyrine report", "Board minutes archive"], titles


def test_search_shows_each_result_with_its_summary(client, home_page):
    add_page(home_page, "Quillwort guidance", "<p>Body.</p>", summary="What quillwort means for schools.")
    html = client.get("/search/", {"q": "quillwort"}).content.decode()
    assert "1 page found" in html
    assert "What quillwort means for schools." in html


def test_a_word_nothing_uses_finds_nothing_and_says_so(client, db):
    response = client.get("/search/", {"q": "xylophonic qwertyzz"})
    assert response.status_code == 200
    assert "0 pages found" in response.content.decode()


@pytest.mark.parametrize("query", ['"', "&& || ()", "AND OR NOT", "*", "a\x00b", "' OR 1=1 --"])
def test_query_syntax_and_odd_characters_never_break_search(client, db, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


def test_restricted_pages_are_not_found(client, home_page):
    from wagtail.models import PageViewRestriction

    page = add_page(home_page, "Marshwort minutes", "<p>Private minutes.</p>")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/search/", {"q": "marshwort"}).content.decode()
    assert "0 pages found" in html and "Marshwort minutes" not in html
