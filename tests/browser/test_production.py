"""Images in real Chromium: the browser picks the AVIF rendition, loads it lazily, and the page stays accessible."""

import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE

pytestmark = pytest.mark.browser

# The pages whose cards show images (home/images.py, components/card.html).
PAGES_WITH_CARD_IMAGES = {"home": "/"}


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
@pytest.mark.parametrize("path", PAGES_WITH_CARD_IMAGES.values(), ids=PAGES_WITH_CARD_IMAGES.keys())
def test_card_images_load_as_avif_at_a_fitting_width(page, live_site, assert_accessible, path, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_site.url + path)
    image = page.locator("img.card__image").last
    image.scroll_into_view_if_needed()
    expect(image).to_have_js_property("complete", True)
    assert image.evaluate("img => img.naturalWidth") > 0
    chosen = image.evaluate("img => img.currentSrc")
    assert chosen.endswith(".avif")
    # A phone gets the small rendition; a wide screen (two or more columns) no more than the large one.
    if viewport == NARROW:
        assert "320x180" in chosen
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert_accessible(page)


def test_images_below_the_fold_wait_until_the_reader_scrolls(page, live_site):
    page.set_viewport_size(NARROW)
    requested = []
    page.on("request", lambda request: requested.append(request.url) if "/media/images/" in request.url else None)
    page.goto(live_site.url + "/")
    page.wait_for_load_state("networkidle")
    cards = page.locator("img.card__image")
    assert cards.count() > 1
    # The original's name, shared by all its renditions: ".../name.hash.fill-640x360.format-webp.webp".
    original = cards.last.get_attribute("src").rsplit("/", 1)[-1].split(".fill-")[0]
    assert not any(original in url for url in requested)
    cards.last.scroll_into_view_if_needed()
    expect(cards.last).to_have_js_property("complete", True)
    assert cards.last.evaluate("img => img.naturalWidth") > 0
