"""The site in real Chromium: keyboard use, the quick exit, the help panel and axe-core."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE

pytestmark = pytest.mark.browser

NEUTRAL_SITE = "https://www.bbc.co.uk/weather"

# One page of every type in the site core.
PAGE_TYPES = {
    "home": "/",
    "standard": "/mash/",
    "priorities index": "/priorities/",
    "priority": "/priorities/domestic-abuse/",
    "publications index": "/publications/",
    "publication": "/publications/child-r-serious-case-review/",
    "news index": "/news/",
    "news": "/news/baby-box-initiative/",
    "search results": "/search/?q=domestic+abuse",
    "not found": "/no-such-page/",
}


def fake_neutral_site(page):
    """The machine has no internet: answer for the neutral site ourselves."""
    page.context.route(
        re.compile(r"https://www\.bbc\.co\.uk/.*"),
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>Weather</title><h1>Weather</h1>"
        ),
    )


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_every_page_type_passes_axe(page, live_site, assert_accessible, path, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_site.url + path)
    assert_accessible(page)
    if viewport == NARROW:
        # Readable at 320 px: nothing scrolls sideways.
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def test_keyboard_reaches_skip_links_then_main_content(page, live_site):
    page.goto(live_site.url + "/priorities/")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Skip to main content")
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    expect(focused).to_have_text("Exit this page")
    expect(focused).to_have_attribute("href", NEUTRAL_SITE)
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.locator(":focus")).to_have_id("main-content")
    # From the main content, Tab reaches the first link in it.
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text(re.compile("Protecting children"))


def test_keyboard_user_can_follow_the_navigation(page, live_site):
    page.goto(live_site.url + "/")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Publications":
            break
    else:
        pytest.fail("Publications link never took focus")
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_site.url + "/publications/")
    expect(page.locator("h1")).to_have_text("Publications")


def test_quick_exit_by_click_and_back_does_not_return(page, live_site):
    fake_neutral_site(page)
    page.goto(live_site.url + "/news/")
    page.goto(live_site.url + "/priorities/domestic-abuse/")
    page.get_by_role("link", name="Emergency Exit this page").click()
    expect(page).to_have_url(NEUTRAL_SITE)
    page.go_back()
    # The page being read was replaced: Back goes to the page before it.
    expect(page).to_have_url(live_site.url + "/news/")


def test_quick_exit_by_pressing_shift_three_times(page, live_site):
    fake_neutral_site(page)
    page.goto(live_site.url + "/mash/")
    indicator = page.locator("[data-exit-this-page-indicator]")
    page.keyboard.press("Shift")
    expect(indicator).to_have_text("Shift, press 2 more times to exit.")
    page.keyboard.press("Shift")
    expect(indicator).to_have_text("Shift, press 1 more time to exit.")
    page.keyboard.press("Shift")
    expect(page).to_have_url(NEUTRAL_SITE)


def test_typing_with_shift_or_other_keys_does_not_exit(page, live_site):
    page.goto(live_site.url + "/search/")
    page.locator("#search-input").focus()
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")  # any other key resets the count
    page.keyboard.press("Shift")
    page.keyboard.press("Shift+A")  # Shift as a modifier does not count
    page.keyboard.press("Shift+B")
    expect(page).to_have_url(live_site.url + "/search/")
    expect(page.locator("#search-input")).to_have_value("aAB")


def test_exit_hides_the_page_at_once(page, live_site):
    # Hold the neutral site back so we can see the page the moment after the click.
    page.context.route(re.compile(r"https://www\.bbc\.co\.uk/.*"), lambda route: None)
    page.goto(live_site.url + "/staying-safe-online/")
    # Click and read the page in the same task, before the browser navigates away.
    state = page.evaluate(
        """() => {
            document.querySelector(".exit-this-page__button").click();
            const overlay = document.querySelector("[role=alert]");
            return {
                overlay: overlay && overlay.textContent,
                mainDisplay: getComputedStyle(document.querySelector("main")).display,
            };
        }"""
    )
    assert state == {"overlay": "Loading.", "mainDisplay": "none"}


def test_quick_exit_works_without_javascript(chromium_browser, live_site):
    context = chromium_browser.new_context(java_script_enabled=False)
    page = context.new_page()
    fake_neutral_site(page)
    page.goto(live_site.url + "/priorities/")
    page.get_by_role("link", name="Emergency Exit this page").click()
    expect(page).to_have_url(NEUTRAL_SITE)
    context.close()


def test_worried_panel_gives_numbers_to_call(page, live_site):
    page.set_viewport_size(NARROW)
    page.goto(live_site.url + "/")
    panels = page.get_by_role("region", name="Worried about a child?")
    expect(panels).to_have_count(2)  # prominent on the home page, and in the footer of every page
    panel = panels.first
    expect(panel).to_be_visible()
    expect(panel.get_by_role("link", name="999")).to_have_attribute("href", "tel:999")
    expect(panel.get_by_role("link", name="0800 1111")).to_have_attribute("href", "tel:08001111")


def test_pages_make_no_third_party_requests(page, live_site):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    for path in PAGE_TYPES.values():
        page.goto(live_site.url + path)
    foreign = [url for url in requested if not url.startswith(live_site.url)]
    assert not foreign, foreign


def test_accordion_opens_by_keyboard(page, live_site):
    page.goto(live_site.url + "/mash/")
    summary = page.get_by_text("Do I need to be sure before I report a concern?")
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Tell the MASH what you have seen or heard")).to_be_visible()


def test_card_images_load(page, live_site):
    page.goto(live_site.url + "/")
    images = page.locator(".card img")
    count = images.count()
    assert count >= 5  # five priorities, and the featured campaigns
    for index in range(count):
        images.nth(index).scroll_into_view_if_needed()
        expect(images.nth(index)).to_have_js_property("complete", True)
        assert images.nth(index).evaluate("image => image.naturalWidth") > 0
