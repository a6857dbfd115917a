"""Reading the site in another language in real Chromium: switching, right to left, the quick exit, axe-core."""

import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE
from .test_site import NEUTRAL_SITE, fake_neutral_site

pytestmark = pytest.mark.browser

# What the quick exit's live region says after the first and the second press of Shift.
ARABIC_PRESSES_LEFT = ["Shift: اضغط مرتين أخريين للمغادرة.", "Shift: اضغط مرة أخرى واحدة للمغادرة."]

# Translated pages of each kind, in each demo language.
TRANSLATED_PAGES = {
    "arabic home": "/ar/",
    "arabic standard": "/ar/staying-safe-online/",
    "arabic priorities index": "/ar/priorities/",
    "arabic priority": "/ar/priorities/neglect/",
    "polish priority": "/pl/priorities/neglect/",
    "romanian standard": "/ro/staying-safe-online/",
    "arabic campaign": "/ar/campaigns/safe-sleeping/",
    "polish campaign": "/pl/campaigns/safe-sleeping/",
    "arabic feedback form": "/ar/have-your-say/",
    "polish feedback form": "/pl/have-your-say/",
    "arabic search": "/ar/search/?q=%D8%A7%D9%84%D8%A5%D9%87%D9%85%D8%A7%D9%84",
    "polish not found": "/pl/no-such-page/",
}


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
@pytest.mark.parametrize("path", TRANSLATED_PAGES.values(), ids=TRANSLATED_PAGES.keys())
def test_translated_pages_pass_axe(page, live_site, assert_accessible, path, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_site.url + path)
    assert_accessible(page)
    if viewport == NARROW:
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def test_reader_switches_language_from_a_page_and_back_by_keyboard(page, live_site):
    page.goto(live_site.url + "/staying-safe-online/")
    languages = page.get_by_role("navigation", name="Languages")
    languages.get_by_role("link", name="العربية").click()
    expect(page).to_have_url(live_site.url + "/ar/staying-safe-online/")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text("البقاء آمنًا على الإنترنت")

    # The switcher is labelled in the page's language now, and English is named in English.
    english = page.get_by_role("navigation", name="اللغات").get_by_role("link", name="English")
    expect(english).to_have_attribute("lang", "en-gb")
    english.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_site.url + "/staying-safe-online/")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")


def test_translated_campaign_shows_its_materials_in_its_own_language_first(page, live_site):
    page.goto(live_site.url + "/pl/campaigns/safe-sleeping/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Bezpieczny sen")
    titles = page.locator(".asset__title")
    expect(titles.first).to_have_text("Bezpieczny sen niemowląt: ulotka dla rodziców")
    expect(titles.first).to_have_attribute("lang", "pl")
    polish_count = titles.count()

    page.get_by_role("navigation", name="Języki").get_by_role("link", name="العربية").click()
    expect(page).to_have_url(live_site.url + "/ar/campaigns/safe-sleeping/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text("النوم الآمن")
    # No Arabic materials yet: every one is still offered, English first.
    expect(page.locator(".asset__title")).to_have_count(polish_count)
    expect(page.locator(".asset__title").first).to_have_text("Safer sleep for babies: leaflet for parents")


def test_layout_mirrors_in_arabic(page, live_site):
    def box(selector):
        return page.locator(selector).first.bounding_box()

    page.goto(live_site.url + "/priorities/neglect/")
    english_exit, english_name = box(".exit-this-page__button"), box(".site-header__name")
    page.goto(live_site.url + "/ar/priorities/neglect/")
    arabic_exit, arabic_name = box(".exit-this-page__button"), box(".site-header__name")
    middle = WIDE["width"] / 2
    # The quick exit sits at the end of the line: right in English, left in Arabic; the name at the start.
    assert english_exit["x"] > middle > arabic_exit["x"] + arabic_exit["width"]
    assert english_name["x"] < middle < arabic_name["x"]
    # The action cards' accent border is on the reading start: the right in Arabic.
    border = page.locator(".action").first.evaluate("card => getComputedStyle(card).borderRightWidth")
    assert border == "8px"
    separator = page.locator(".breadcrumbs li").first.evaluate("item => getComputedStyle(item, '::after').content")
    assert separator == '"‹"'


def test_quick_exit_works_in_arabic_by_shift_and_announces_in_arabic(page, live_site):
    fake_neutral_site(page)
    page.goto(live_site.url + "/ar/priorities/")
    indicator = page.locator("[data-exit-this-page-indicator]")
    for announcement in ARABIC_PRESSES_LEFT:
        page.keyboard.press("Shift")
        expect(indicator).to_have_text(announcement)
    page.keyboard.press("Shift")
    expect(page).to_have_url(NEUTRAL_SITE)


def test_quick_exit_works_in_arabic_by_click(page, live_site):
    fake_neutral_site(page)
    page.goto(live_site.url + "/ar/")
    page.goto(live_site.url + "/ar/staying-safe-online/")
    page.get_by_role("link", name="طوارئ غادر هذه الصفحة").click()
    expect(page).to_have_url(NEUTRAL_SITE)
    page.go_back()
    expect(page).to_have_url(live_site.url + "/ar/")
