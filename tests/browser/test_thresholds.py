"""The threshold guide in real Chromium: axe-core finds nothing at 320 and 1280 px on the index, a
version and its print view; the jump list and the print link work without JavaScript; the PDF opens."""

import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE

pytestmark = pytest.mark.browser

INDEX, CURRENT, EARLIER = "/threshold-guide/", "/threshold-guide/2018/", "/threshold-guide/2016/"


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
@pytest.mark.parametrize(
    "path", [INDEX, CURRENT, EARLIER, CURRENT + "print/"], ids=["index", "current", "earlier", "print"]
)
def test_the_threshold_guide_passes_axe_and_fits(page, live_site, assert_accessible, path, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_site.url + path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)
    if viewport == NARROW:
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def test_without_javascript_a_reader_finds_the_current_guide_jumps_to_a_level_and_prints(chromium_browser, live_site):
    context = chromium_browser.new_context(java_script_enabled=False, viewport=NARROW)
    page = context.new_page()
    try:
        page.goto(live_site.url + INDEX)
        page.get_by_role("link", name="Threshold guide: April 2018 version").first.click()
        expect(page).to_have_url(live_site.url + CURRENT)
        expect(page.get_by_text("This is the current guide.")).to_be_visible()
        page.get_by_role("navigation", name="Levels of need").get_by_role("link", name="Early help").click()
        expect(page).to_have_url(live_site.url + CURRENT + "#early-help")
        expect(page.locator("#early-help").get_by_role("heading", level=2)).to_be_in_viewport()
        page.get_by_role("link", name="Print this guide").click()
        expect(page).to_have_url(live_site.url + CURRENT + "print/")
        expect(page.locator(".threshold-level")).to_have_count(4)
        # Printed, the guide keeps its levels and leaves out the site's navigation and the page tools.
        page.emulate_media(media="print")
        expect(page.locator(".threshold-print__help")).to_be_hidden()
        expect(page.locator(".page-feedback")).to_be_hidden()
        expect(page.get_by_role("heading", name="Specialist and statutory: children's social care")).to_be_visible()
    finally:
        context.close()


def test_an_earlier_version_leads_to_the_current_guide(page, live_site):
    page.goto(live_site.url + EARLIER)
    expect(page.get_by_text("This version applied from 1 April 2016 to 31 March 2018.")).to_be_visible()
    page.get_by_role("link", name="See the current guide").click()
    expect(page).to_have_url(live_site.url + CURRENT)


def test_the_pdf_link_serves_a_pdf(page, live_site):
    response = page.request.get(live_site.url + CURRENT + "pdf/")
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")
