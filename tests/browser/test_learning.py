"""Learning from reviews in real Chromium: the library, a review and a 7-minute briefing pass axe-core
at 320 and 1280 px; the filters and the "my team used this briefing" button work without
JavaScript; the briefing prints on no more than two sides of A4. A Polish library shows its filters
(a translated tag in Polish, the others in English marked as English), passes axe-core and filters
without JavaScript.

The Polish library is made by a command on the demo database and served by a second server with
fragments off (tests/live_server.py)."""

import re
from contextlib import contextmanager

import pytest
from playwright.sync_api import expect

from tests.live_server import served_without_fragments

from .conftest import NARROW, WIDE

pytestmark = pytest.mark.browser

LIBRARY = "/learning-from-reviews/"
REVIEW = LIBRARY + "child-r-serious-case-review/"
BRIEFING = LIBRARY + "7-minute-briefing-child-r/"


@contextmanager
def page_without_javascript(chromium_browser):
    context = chromium_browser.new_context(java_script_enabled=False, viewport=NARROW)
    try:
        yield context.new_page()
    finally:
        context.close()


def assert_accessible_and_fits(page, assert_accessible, viewport):
    assert_accessible(page)
    if viewport == NARROW:
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
@pytest.mark.parametrize(
    "path",
    [LIBRARY, LIBRARY + "?type=seven_minute_briefing", REVIEW, BRIEFING],
    ids=["library", "filtered", "review", "briefing"],
)
def test_learning_pages_pass_axe_and_fit(page, live_site, assert_accessible, path, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_site.url + path)
    expect(page.locator("h1")).to_be_visible()
    assert_accessible_and_fits(page, assert_accessible, viewport)


def test_the_filters_work_without_javascript(chromium_browser, live_site):
    with page_without_javascript(chromium_browser) as page:
        page.goto(live_site.url + LIBRARY)
        expect(page.locator(".learning-item")).to_have_count(2)
        page.get_by_label(re.compile(r"^7-minute briefing")).check()
        page.get_by_role("button", name="Show results").click()
        expect(page).to_have_url(re.compile(r"\?type=seven_minute_briefing$"))
        expect(page.locator(".learning-item")).to_have_count(1)
        expect(page.get_by_role("heading", name="1 item found")).to_be_visible()
        page.get_by_role("link", name=re.compile("Remove")).click()
        expect(page.locator(".learning-item")).to_have_count(2)


def test_the_count_button_works_without_javascript_and_sets_no_cookie(chromium_browser, live_site):
    with page_without_javascript(chromium_browser) as page:
        page.goto(live_site.url + BRIEFING)
        page.get_by_role("button", name="My team used this briefing").click()
        expect(page.get_by_role("heading", name="Thank you")).to_be_visible()
        page.get_by_role("link", name="Back to the briefing").click()
        expect(page).to_have_url(live_site.url + BRIEFING)
        assert page.context.cookies() == []


def test_the_briefing_prints_on_two_sides_of_a4(page, live_site):
    page.goto(live_site.url + BRIEFING)
    pdf = page.pdf(format="A4", print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 2, pages


MAKE_POLISH_LIBRARY = """
from wagtail.models import Locale
from learning.models import LearningLibraryPage, LearningPage, Theme
from tests.languages.translating import translate
from tests.learning.tags import translate_tag
english = Locale.get_default()
library = LearningLibraryPage.objects.get(locale=english, slug="learning-from-reviews")
translate_tag(Theme.objects.get(locale=english, slug="safe-sleeping"), "pl", "Bezpieczny sen")
translate(library, "pl")
for item in LearningPage.objects.child_of(library).order_by("path"):
    translate(item.specific, "pl")
"""
REMOVE_POLISH_LIBRARY = """
from wagtail.models import Locale
from learning.models import LearningLibraryPage, Theme
polish = Locale.objects.get(language_code="pl")
LearningLibraryPage.objects.get(locale=polish, slug="learning-from-reviews").delete()
Theme.objects.filter(locale=polish).delete()
"""
POLISH_LIBRARY = "/pl" + LIBRARY


@pytest.fixture(scope="module")
def polish_site(live_site):
    live_site.shell(MAKE_POLISH_LIBRARY)
    with served_without_fragments(live_site) as site:
        yield site
    live_site.shell(REMOVE_POLISH_LIBRARY)


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
def test_a_polish_library_shows_its_filters_and_passes_axe(page, polish_site, assert_accessible, viewport):
    page.set_viewport_size(viewport)
    page.goto(polish_site.url + POLISH_LIBRARY + "?theme=safe-sleeping")
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    expect(page.locator("details.facet")).to_have_count(5)
    expect(page.locator("label[for=filter-theme-safe-sleeping]")).to_have_text("Bezpieczny sen (2)")
    expect(page.locator("label[for=filter-theme-think-family] span[lang=en]")).to_have_text("Think family")
    expect(page.locator(".learning-item")).to_have_count(2)
    assert_accessible_and_fits(page, assert_accessible, viewport)


def test_a_polish_library_filters_without_javascript(chromium_browser, polish_site):
    with page_without_javascript(chromium_browser) as page:
        page.goto(polish_site.url + POLISH_LIBRARY)
        expect(page.locator(".learning-item")).to_have_count(2)
        page.locator("details.facet").nth(1).locator("summary").click()
        page.get_by_label(re.compile(r"^Think family")).check()
        page.locator(".library-filters__apply").click()
        expect(page).to_have_url(re.compile(r"/pl/learning-from-reviews/\?theme=think-family$"))
        expect(page.locator(".learning-item")).to_have_count(1)
        page.locator(".active-filters__remove").click()
        expect(page.locator(".learning-item")).to_have_count(2)
