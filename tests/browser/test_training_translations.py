"""The booking page in Polish and in Arabic (right to left) in real Chromium: translated labels, axe-core at
320 and 1280 px, and the form's error summary in the reader's language without JavaScript."""

import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE

pytestmark = pytest.mark.browser

CALENDAR = "/training/calendar/"


def booking_address(page, live_site):
    """A demo session's booking page, found from the English calendar (the demo's session ids vary)."""
    page.goto(live_site.url + CALENDAR)
    return page.get_by_role("link", name="Book Recognising and responding to neglect").first.get_attribute("href")


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
@pytest.mark.parametrize(
    ("language", "direction", "button", "email_label"),
    [
        ("pl", "ltr", "Zarezerwuj miejsce", "Służbowy adres e-mail"),
        ("ar", "rtl", "احجز مقعدًا", "بريدك الإلكتروني للعمل"),
    ],
)
def test_the_booking_page_in_polish_and_arabic(
    page, live_site, assert_accessible, viewport, language, direction, button, email_label
):
    page.set_viewport_size(viewport)
    address = booking_address(page, live_site)
    page.goto(f"{live_site.url}/{language}{address}")
    expect(page.locator("html")).to_have_attribute("dir", direction)
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("heading", level=2, name=button)).to_be_visible()
    expect(page.get_by_label(email_label)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name=button).press("Enter")  # nothing filled in
    expect(page.get_by_role("alert")).to_be_visible()
    assert_accessible(page)


def test_arabic_errors_without_javascript(chromium_browser, live_site):
    context = chromium_browser.new_context(java_script_enabled=False, viewport=NARROW)
    page = context.new_page()
    try:
        address = booking_address(page, live_site)
        page.goto(f"{live_site.url}/ar{address}")
        page.get_by_role("button", name="احجز مقعدًا").click()
        expect(page.get_by_role("heading", name="هناك مشكلة")).to_be_visible()
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
    finally:
        context.close()
