import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from learning.models import BRIEFING_PARTS, LearningLibraryPage, ReviewPage, SevenMinuteBriefingPage, Theme
from tests.languages.translating import translate

LIBRARY_URL = "/learning-from-reviews/"


def get_ok(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response


def soup_of(client, url):
    return BeautifulSoup(get_ok(client, url).content, "html.parser")


def facet_counts(soup, name):
    counts = {}
    for box in soup.find_all("input", attrs={"name": name}):
        label = soup.find("label", attrs={"for": box["id"]})
        counts[box["value"]] = int(label.find(class_="facet__count").get_text().strip("()"))
    return counts


@pytest.fixture
def library(db):
    return LearningLibraryPage.objects.get(slug="learning-from-reviews", locale=Locale.get_default())


@pytest.fixture
def review(library):
    return ReviewPage.objects.child_of(library).get(slug="child-r-serious-case-review")


@pytest.fixture
def briefing(library):
    return SevenMinuteBriefingPage.objects.child_of(library).get(slug="7-minute-briefing-child-r")


def add_items(library, count, offset=0, **fields):
    """`count` published briefings and reviews, alternately, each with an English theme (as a translated
    page has: wagtail-localize keeps the source's tags)."""
    themes = list(Theme.objects.filter(locale=Locale.get_default()))
    for n in range(offset, offset + count):
        if n % 2:
            page = ReviewPage(title=f"Review {n}", slug=f"review-{n}", summary="A review.", **fields)
        else:
            parts = {name: "<p>Part.</p>" for name, _label in BRIEFING_PARTS}
            page = SevenMinuteBriefingPage(title=f"Briefing {n}", slug=f"briefing-{n}", summary="A briefing.", **parts)
        page.themes.set([themes[n % len(themes)]])
        library.add_child(instance=page)
        page.save_revision().publish()


@pytest.fixture
def translate_library(library, review, briefing):
    """translate_library("pl"): the library, the review and the briefing translated through
    wagtail-localize and published; the translated library."""

    def make(language_code):
        translated = translate(library, language_code)
        translate(review, language_code)
        translate(briefing, language_code)
        return translated

    return make
