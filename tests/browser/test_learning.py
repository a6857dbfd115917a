"""Learning from reviews in real Chromium: the library, a review and a 7-minute briefing pass axe-core
at 320 and 1280 px; the filters and the "my team used this briefing" button work without
JavaScript; the briefing prints on no more than two sides of A4."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE

pytestmark = pytest.mark.browser

LIBRARY = "/learning-from-reviews/"
REVIEW = LIBRARY + "child-r-serious-case-review/"
BRIEFING = LIBRARY + "7-minute-briefing-child-r/"


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
    assert_accessible(page)
    if viewport == NARROW:
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def test_the_filters_work_without_javascript(chromium_browser, live_site):
    context = chromium_browser.new_context(java_script_enabled=False, viewport=NARROW)
    page = context.new_page()
    try:
        page.goto(live_site.url + LIBRARY)
        expect(page.locator(".learning-item")).to_have_count(2)
        page.get_by_label(re.compile(r"^7-minute briefing")).check()
        page.get_by_role("button", name="Show results").click()
        expect(page).to_have_url(re.compile(r"\?type=seven_minute_briefing$"))
        expect(page.locator(".learning-item")).to_have_count(1)
        expect(page.get_by_role("heading", name="1 item found")).to_be_visible()
        page.get_by_role("link", name=re.compile("Remove")).click()
        expect(page.locator(".learning-item")).to_have_count(2)
    finally:
        context.close()


def test_the_count_button_works_without_javascript_and_sets_no_cookie(chromium_browser, live_site):
    context = chromium_browser.new_context(java_script_enabled=False, viewport=NARROW)
    page = context.new_page()
    try:
        page.goto(live_site.url + BRIEFING)
        page.get_by_role("button", name="My team used this briefing").click()
        expect(page.get_by_role("heading", name="Thank you")).to_be_visible()
        page.get_by_role("link", name="Back to the briefing").click()
        expect(page).to_have_url(live_site.url + BRIEFING)
        assert context.cookies() == []
    finally:
        context.close()


def test_the_briefing_prints_on_two_sides_of_a4(page, live_site):
    page.goto(live_site.url + BRIEFING)
    pdf = page.pdf(format="A4", print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 2, pages
