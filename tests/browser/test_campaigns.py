"""Campaigns in real Chromium: axe-core, filtering by keyboard, downloading a leaflet and the pack."""

import re
import zipfile

import pypdfium2
import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE

pytestmark = pytest.mark.browser

PAGES = {
    "campaign index": "/campaigns/",
    "campaign": "/campaigns/safe-sleeping/",
    "sensitive campaign": "/campaigns/domestic-abuse-awareness/",
    "filtered campaign": "/campaigns/safe-sleeping/?kind=leaflet&language=pl",
}


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_campaign_pages_pass_axe_and_fit_320px(page, live_site, assert_accessible, path, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_site.url + path)
    assert_accessible(page)
    if viewport == NARROW:
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def test_newcomer_finds_a_campaign_from_the_home_page(page, live_site):
    page.goto(live_site.url + "/")
    page.get_by_role("link", name="Safe sleeping").first.click()
    expect(page.locator("h1")).to_have_text("Safe sleeping")
    expect(page.get_by_role("heading", name="Key messages")).to_be_visible()


def tab_to(page, target, presses):
    """Press Tab until the target has focus, as a keyboard user would; fail if it never does."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"{target} never took focus")


def test_keyboard_user_filters_the_asset_library(page, live_site):
    page.goto(live_site.url + "/campaigns/safe-sleeping/")
    leaflet_box = page.get_by_role("checkbox", name=re.compile(r"^Leaflet \(\d+\)$"))
    tab_to(page, leaflet_box, presses=80)
    page.keyboard.press("Space")
    expect(leaflet_box).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Apply filters"), presses=30)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?kind=leaflet"))
    expect(page.locator("#asset-count")).to_contain_text("3 items match your filters")
    expect(page.get_by_role("checkbox", name=re.compile(r"^Leaflet"))).to_be_checked()
    expect(page.get_by_role("heading", name="Safer sleep poster")).to_have_count(0)


def test_visitor_downloads_a_leaflet(page, live_site, tmp_path):
    page.goto(live_site.url + "/campaigns/safe-sleeping/")
    link = page.get_by_role("link", name=re.compile(r"^Download Safer sleep for babies: leaflet for parents \(PDF, "))
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == "safer-sleep-for-babies-leaflet-for-parents.pdf"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    pdf = pypdfium2.PdfDocument(saved.read_bytes())
    assert len(pdf) == 2
    assert "Put your baby down on their back" in pdf[0].get_textpage().get_text_range()
    pdf.close()


def test_visitor_downloads_the_pack_of_a_filtered_set(page, live_site, tmp_path):
    page.goto(live_site.url + "/campaigns/domestic-abuse-awareness/?audience=schools")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download these items (ZIP)").click()
    saved = tmp_path / "pack.zip"
    download_info.value.save_as(saved)
    with zipfile.ZipFile(saved) as archive:
        assert archive.testzip() is None
        assert sorted(archive.namelist()) == [
            "healthy-relationships-poster-for-schools.pdf",
            "healthy-relationships-pshe-session-slides.pdf",
            "the-drama-production-information-for-schools-and-the-college.pdf",
        ]
        assert all(archive.read(name).startswith(b"%PDF-") for name in archive.namelist())
