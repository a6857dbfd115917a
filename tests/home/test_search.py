"""Site search with editor-promoted results; queries are not recorded."""

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
