"""The library, a review and a 7-minute briefing as readers see them, from the demo."""

from learning.models import LearningPage, ReviewPage, SevenMinuteBriefingPage

from .conftest import LIBRARY_URL, facet_counts, get_ok, soup_of


def titles(soup):
    return [heading.get_text(strip=True) for heading in soup.find_all(class_="learning-item__title")]


def test_the_library_lists_the_demo_review_and_briefing_with_counts_and_feeds(client, library):
    response = get_ok(client, LIBRARY_URL)
    assert "public" in response["Cache-Control"] and not response.cookies
    soup = soup_of(client, LIBRARY_URL)
    assert soup.find("h1").get_text() == "Learning from reviews"
    # Newest first; the two share a date, so the later page comes first.
    assert titles(soup) == [
        "7-minute briefing: written agreements and safe sleeping (Child R)",
        "Child R serious case review",
    ]
    assert facet_counts(soup, "type") == {"serious_case_review": 1, "seven_minute_briefing": 1}
    assert facet_counts(soup, "theme")["safe-sleeping"] == 2
    assert facet_counts(soup, "theme")["think-family"] == 1
    assert soup.find("link", rel="alternate", type="application/rss+xml")["href"].endswith("/feed/rss/")
    assert soup.find("link", rel="alternate", type="application/feed+json")["href"].endswith("/feed/json/")


def test_filters_narrow_the_list_and_the_other_facets_counts_without_javascript(client, library):
    soup = soup_of(client, LIBRARY_URL + "?type=seven_minute_briefing")
    assert titles(soup) == ["7-minute briefing: written agreements and safe sleeping (Child R)"]
    assert soup.find("input", attrs={"name": "type", "value": "seven_minute_briefing"}).has_attr("checked")
    # Within a facet the counts ignore its own choice; across facets they narrow.
    assert facet_counts(soup, "type") == {"serious_case_review": 1, "seven_minute_briefing": 1}
    assert "think-family" not in facet_counts(soup, "theme")
    assert [link.get_text(" ", strip=True) for link in soup.find_all(class_="active-filters__remove")] == [
        "Remove filter Type: 7-minute briefing"
    ]
    both = soup_of(client, LIBRARY_URL + "?theme=think-family&agency=health")
    assert titles(both) == ["Child R serious case review"]


def test_unknown_filter_values_are_ignored(client, library):
    soup = soup_of(client, LIBRARY_URL + "?theme=%3Cscript%3E&type=nothing&agency=police&agency=police")
    assert titles(soup) == ["Child R serious case review"]
    assert len(soup.find_all(class_="active-filters__remove")) == 1
    assert "<script>" not in str(soup.find("main"))


def test_a_review_shows_its_date_learning_response_and_actions(client, review):
    soup = soup_of(client, review.url)
    main = soup.find("main")
    assert f"Published {review.publication_date:%-d %B %Y}" in main.get_text()
    assert len(main.find("ol", class_="learning-points").find_all("li")) == 5
    assert "Multi-Agency Safeguarding Hub (MASH) was established in February 2014" in main.get_text()
    links = main.find("ul", class_="learning-links").find_all("a")
    assert "The board's full response: what we have done" in [link.get_text(strip=True) for link in links]
    assert "Illustrative demo content" in main.get_text()
    assert main.find("a", string="7-minute briefing: written agreements and safe sleeping (Child R)")
    assert not main.find(class_="learning-moved")


def test_a_briefing_has_the_seven_parts_in_order_and_a_cookieless_count_button(client, briefing):
    response = get_ok(client, briefing.url)
    assert "public" in response["Cache-Control"] and not response.cookies
    soup = soup_of(client, briefing.url)
    parts = [heading.get_text(" ", strip=True) for heading in soup.select(".briefing__part h2")]
    assert parts == [
        "1 Background",
        "2 Why it matters",
        "3 Information",
        "4 What to think about",
        "5 Questions for reflection",
        "6 What to do",
        "7 Further reading",
    ]
    form = soup.find("form", class_="briefing-used")
    assert form["method"] == "post" and form["action"] == "/briefings-used/"
    assert [field["name"] for field in form.find_all("input")] == ["briefing"]  # no CSRF token: no cookie
    assert soup.find("link", href=lambda href: href and "learning/learning" in href)


def test_the_briefing_prints_on_two_sides_of_a4():
    from pathlib import Path

    css = (Path(__file__).resolve().parents[2] / "learning/static/learning/learning.css").read_text()
    assert "@media print" in css and "size: A4" in css and "columns: 2" in css


def test_editors_can_add_reviews_and_briefings_only_in_the_library(library):
    assert library.specific_class.allowed_subpage_models() == [ReviewPage, SevenMinuteBriefingPage]
    assert not LearningPage.is_creatable
