"""The resource library in real Chromium: keyboard filtering, the announced count, and axe-core."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE

pytestmark = pytest.mark.browser

PAGES = {
    "library": "/resources/",
    "filtered library": "/resources/?topic=domestic-abuse&key_stage=ks3",
    "empty library": "/resources/?key_stage=ks3&topic=safe-sleeping",
    "resource": "/resources/ks3-what-is-domestic-abuse/",
}


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_library_and_resource_pages_pass_axe(page, live_site, assert_accessible, path, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_site.url + path)
    page.locator("details.facet").evaluate_all("(all) => all.forEach((d) => { d.open = true; })")
    assert_accessible(page)
    if viewport == NARROW:
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def tab_to(page, name, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim() || document.activeElement.id") == name:
            return
    pytest.fail(f"{name} never took focus")


def test_newcomer_finds_ks3_domestic_abuse_lessons_by_keyboard(page, live_site):
    page.goto(live_site.url + "/")
    tab_to(page, "Resources")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Resources")

    # Open the Topic filter and tick Domestic abuse, all from the keyboard.
    tab_to(page, "Topic")
    page.keyboard.press("Enter")
    tab_to(page, "filter-topic-domestic-abuse")
    page.keyboard.press("Space")
    status = page.locator("[data-library-status]")
    expect(status).to_have_text(re.compile(r"^\d+ resources found$"))
    expect(page).to_have_url(re.compile(r"\?topic=domestic-abuse$"))
    # Focus stays on the box the reader ticked.
    expect(page.locator(":focus")).to_have_id("filter-topic-domestic-abuse")
    topic_count = int(status.inner_text().split()[0])

    tab_to(page, "Key Stage")
    page.keyboard.press("Enter")
    tab_to(page, "filter-key_stage-ks3")
    page.keyboard.press("Space")
    expect(page).to_have_url(re.compile(r"\?topic=domestic-abuse&key_stage=ks3$"))
    expect(status).not_to_have_text(f"{topic_count} resources found")
    expect(status).to_have_text(re.compile(r"^\d+ resources? found$"))
    results = page.locator("[data-library-results] .card__title")
    expect(results.first).to_be_visible()
    titles = results.all_inner_texts()
    assert "What is domestic abuse? KS3 lesson after the drama production" in titles
    assert len(titles) == int(status.inner_text().split()[0])

    # The address is shareable: loading it afresh shows the same results.
    page.reload()
    expect(page.locator("#filter-key_stage-ks3")).to_be_checked()
    assert page.locator("[data-library-results] .card__title").all_inner_texts() == titles

    # Back undoes the last filter.
    page.go_back()
    expect(page).to_have_url(re.compile(r"\?topic=domestic-abuse$"))
    expect(page.locator("#filter-key_stage-ks3")).not_to_be_checked()


def test_library_works_without_javascript(chromium_browser, live_site):
    context = chromium_browser.new_context(java_script_enabled=False, viewport=NARROW)
    page = context.new_page()
    try:
        page.goto(live_site.url + "/resources/")
        page.locator("summary", has_text="Key Stage").click()
        page.locator("#filter-key_stage-ks3").check()
        page.locator("summary", has_text="Topic").click()
        page.locator("#filter-topic-safe-sleeping").check()
        page.get_by_role("button", name="Show resources").click()
        expect(page.locator("#library-count")).to_have_text("0 resources found")
        # Not a dead end: remove the last filter (without JavaScript, the last in the form's order).
        page.get_by_role("link", name=re.compile("Remove “KS3 \\(ages 11 to 14\\)” to see")).click()
        expect(page).to_have_url(re.compile(r"\?topic=safe-sleeping$"))
        expect(page.locator("#library-count")).to_have_text(re.compile(r"^[1-9]\d* resources? found$"))
    finally:
        context.close()


def test_search_moves_focus_to_the_result_count(page, live_site):
    page.goto(live_site.url + "/resources/")
    page.locator("#library-keywords").fill("baby")
    page.keyboard.press("Enter")
    expect(page.locator(":focus")).to_have_id("library-count")
    expect(page).to_have_url(re.compile(r"\?q=baby$"))
    expect(page.locator("[data-library-status]")).to_have_text(re.compile(r"resources? found"))


def test_resource_facets_link_back_into_the_filtered_library(page, live_site):
    page.goto(live_site.url + PAGES["resource"])
    expect(page.get_by_text("Last reviewed:")).to_be_visible()
    page.get_by_role("link", name="KS3 (ages 11 to 14)").click()
    expect(page).to_have_url(re.compile(r"/resources/\?key_stage=ks3$"))
    expect(page.locator("#filter-key_stage-ks3")).to_be_checked()
