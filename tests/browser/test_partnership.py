"""The partnership's publications in real Chromium: the yearly report, a chapter, the printable whole,
the arrangements and scrutiny pages pass axe-core at 320 and 1280 px and fit the screen; the whole
report prints without the site's navigation; a page's other formats (easy read, a BSL video with a
captions track, in the browser's own player) pass axe and work without JavaScript."""

import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE

pytestmark = pytest.mark.browser

PAGES = [
    "/yearly-report/",
    "/yearly-report/the-mash/",
    "/yearly-report/print/",
    "/safeguarding-arrangements/",
    "/independent-scrutiny/",
]

# Each gunicorn worker keeps its own page cache in these tests: the video goes on a page no other test opens.
VIDEO_PAGE = "/yearly-report/safe-sleeping/"

# A WebM file's first bytes (the browser cannot play it: enough for the page's player and axe) and captions.
ADD_VIDEO = """
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page
from partnership.models import OtherFormats
Document = get_document_model()
webm = bytes.fromhex("1A45DFA39F4286810142F7810142F2810442F381084282") + b"\\x84webm" + b"\\x00" * 64
video = Document.objects.create(title="Arrangements in BSL (test)", file=ContentFile(webm, name="bsl-test.webm"))
captions = Document.objects.create(
    title="Arrangements in BSL: captions (test)",
    file=ContentFile(b"WEBVTT\\n\\n00:00.000 --> 00:02.000\\nTest captions.\\n", name="bsl-test.vtt"),
)
OtherFormats.objects.update_or_create(
    page=Page.objects.get(url_path__endswith="/yearly-report/safe-sleeping/"),
    defaults={"easy_read_page": Page.objects.get(slug="yearly-report-easy-read"), "bsl_video": video,
              "bsl_captions": captions},
)
"""


@pytest.fixture(scope="module")
def with_video(live_site):
    live_site.shell(ADD_VIDEO)
    return live_site


def fits(browser_page):
    return browser_page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
@pytest.mark.parametrize("path", PAGES)
def test_the_publications_pass_axe_and_fit(page, live_site, assert_accessible, path, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_site.url + path)
    expect(page.locator("h1")).to_be_visible()
    assert fits(page), path
    assert_accessible(page)


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
def test_other_formats_with_a_bsl_video_pass_axe_and_fit(page, with_video, assert_accessible, viewport):
    page.set_viewport_size(viewport)
    page.goto(with_video.url + VIDEO_PAGE)
    formats = page.locator("section.other-formats")
    expect(formats.get_by_role("link", name="Easy read version")).to_be_visible()
    video = formats.locator("video[controls]")
    expect(video).to_be_visible()
    expect(video.locator("track[kind=captions]")).to_have_count(1)
    assert fits(page)
    assert_accessible(page)


def test_other_formats_work_without_javascript(chromium_browser, with_video):
    context = chromium_browser.new_context(java_script_enabled=False, viewport=NARROW)
    browser_page = context.new_page()
    try:
        browser_page.goto(with_video.url + VIDEO_PAGE)
        browser_page.get_by_role("link", name="Easy read version").click()
        expect(browser_page.locator("h1")).to_have_text("Yearly report: easy read")
        browser_page.go_back()
        expect(browser_page.locator("video[controls] track[kind=captions]")).to_have_count(1)
    finally:
        context.close()


def test_the_whole_report_prints_without_the_sites_navigation(page, live_site):
    page.goto(live_site.url + "/yearly-report/print/")
    page.emulate_media(media="print")
    chapters = page.locator("section.report-chapter")
    expect(chapters).to_have_count(6)
    expect(chapters.first.locator("h2.report-chapter__title")).to_have_text("Our priorities")
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.locator(".report-print__back")).to_be_hidden()
    assert page.evaluate("getComputedStyle(document.querySelectorAll('.report-chapter')[1]).breakBefore") == "page"


def test_the_contents_lead_to_each_chapter_without_javascript(chromium_browser, live_site):
    context = chromium_browser.new_context(java_script_enabled=False, viewport=NARROW)
    browser_page = context.new_page()
    try:
        browser_page.goto(live_site.url + "/yearly-report/")
        browser_page.locator(".report-contents").get_by_role("link", name="Listening to children").click()
        expect(browser_page.locator("h1")).to_have_text("Listening to children")
        browser_page.get_by_role("link", name="Next chapter: Training and learning from reviews").click()
        expect(browser_page.locator("h1")).to_have_text("Training and learning from reviews")
    finally:
        context.close()
