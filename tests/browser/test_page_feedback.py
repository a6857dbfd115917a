"""'Was this page useful?' in real Chromium: the answer, the comment and the thank-you, scanned with
axe-core at 320 and 1280 px, the same steps with JavaScript off, and no cookie at any step."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("viewport", "javascript"),
    [(NARROW, True), (WIDE, True), (NARROW, False)],
    ids=["320px", "1280px", "320px-no-javascript"],
)
def test_a_reader_answers_and_comments(chromium_browser, live_site, viewport, javascript, assert_accessible):
    context = chromium_browser.new_context(java_script_enabled=javascript, viewport=viewport)
    page = context.new_page()
    page.set_default_timeout(10_000)

    def scan():
        if javascript:  # axe-core is a script: it scans the same pages in the contexts that run one
            assert_accessible(page)

    try:
        page.goto(live_site.url + "/staying-safe-online/")
        widget = page.get_by_role("region", name="Was this page useful?")
        expect(widget).to_be_visible()
        widget.scroll_into_view_if_needed()
        scan()
        widget.get_by_role("button", name=re.compile(r"^No\b")).click()

        expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your answer")
        scan()
        page.get_by_label("What could make this page better?").fill("More about gaming chat, please.")
        page.get_by_role("button", name="Send comment").click()

        expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your comment")
        scan()
        page.get_by_role("link", name="Back to the page").click()
        expect(page).to_have_url(live_site.url + "/staying-safe-online/")
        assert context.cookies() == [], "no cookie at any step"
    finally:
        context.close()

    stored = live_site.shell(
        "from pagefeedback.models import PageFeedback\n"
        "print(PageFeedback.objects.filter(comment='More about gaming chat, please.', useful=False).count())"
    )
    assert stored.split()[-1] in {"1", "2", "3"}  # one per run so far


def test_the_widget_reads_right_to_left_in_arabic(page, live_site, assert_accessible):
    page.set_viewport_size(NARROW)
    page.goto(live_site.url + "/ar/")
    widget = page.get_by_role("region", name="هل كانت هذه الصفحة مفيدة؟")
    expect(widget).to_be_visible()
    assert page.locator("html").get_attribute("dir") == "rtl"
    widget.scroll_into_view_if_needed()
    assert_accessible(page)
    page.set_viewport_size(WIDE)
    assert_accessible(page)
