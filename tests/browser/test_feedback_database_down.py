"""The children's voice in real Chromium when the database goes as the young person presses Send:
in Arabic, right to left, the "not sent" page keeps their words, gives every number, and passes axe."""

import time
import uuid

import pytest
from playwright.sync_api import expect

from tests.feedback.real_database import FORM

pytestmark = pytest.mark.browser


def test_database_gone_at_send_the_not_sent_page_keeps_the_words_in_arabic(page, database_site, assert_accessible):
    page.goto(database_site.url + "/ar" + FORM)
    words = f"أبي يضربني {uuid.uuid4().hex[:6]}"
    page.locator("textarea[name=message]").fill(words)
    time.sleep(1.1)  # the served site's KSCB_FEEDBACK_MIN_SECONDS
    database_site.forwarder.close()
    try:
        page.locator("#feedback-send").press("Enter")
        expect(page.locator("h1")).to_have_text("لم تُرسل رسالتك")
    finally:
        database_site.forwarder.open()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.get_by_role("textbox", name="ما كتبته")).to_have_value(words)
    expect(page.locator('a[href="tel:999"]')).to_be_visible()
    expect(page.locator('a[href="tel:08001111"]')).to_be_visible()
    expect(page.locator('a[href="tel:01514960000"]')).to_be_visible()
    assert_accessible(page)
    assert database_site.stored(words) == []
