"""Restricted pages in real Chromium: the password journey by keyboard alone, and signing in
to read a page for signed-in readers; each page on the way passes axe and is never public."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MAKE_RESTRICTED_PAGES = """
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction, Site
from home.models import StandardPage

home = Site.objects.get(is_default_site=True).root_page
def add(parent, title, slug, text):
    page = StandardPage(title=title, slug=slug, body=[("paragraph", f"<p>{text}</p>")])
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page

members = add(home, "Board members", "board-members", "Papers for board members.")
add(members, "March meeting papers", "march-papers", "The March agenda is ready.")
PageViewRestriction.objects.create(page=members, restriction_type="password", password="kestrel-42")
staff_notes = add(home, "Partner notes", "partner-notes", "Notes for partner agencies.")
PageViewRestriction.objects.create(page=staff_notes, restriction_type="login")
get_user_model().objects.create_user("partner", "partner@example.org", "a long partner password")
"""


@pytest.fixture(scope="module")
def restricted_site(live_site):
    live_site.shell(MAKE_RESTRICTED_PAGES)
    return live_site


def cache_control(response):
    return response.headers.get("cache-control", "")


def test_the_password_journey_by_keyboard(page, restricted_site, assert_accessible):
    """A child page under a password-protected parent asks for the password, then opens."""
    response = page.goto(restricted_site.url + "/board-members/march-papers/")
    assert "public" not in cache_control(response) and "no-store" in cache_control(response)
    expect(page.locator("h1")).to_have_text("Password required")
    expect(page.get_by_text("The March agenda is ready.")).to_have_count(0)
    assert_accessible(page)

    page.get_by_label("Password").focus()
    page.keyboard.type("not it")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Password required")
    expect(page.locator("#password-error")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Password").focus()
    page.keyboard.type("kestrel-42")
    with page.expect_response(lambda answer: answer.url.endswith("/board-members/march-papers/")) as unlocked:
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("March meeting papers")
    expect(page.get_by_text("The March agenda is ready.")).to_be_visible()
    headers = cache_control(unlocked.value)
    assert "private" in headers and "no-store" in headers and "public" not in headers
    assert_accessible(page)

    # The same password opens the parent too; another browser still meets the form.
    page.goto(restricted_site.url + "/board-members/")
    expect(page.get_by_text("Papers for board members.")).to_be_visible()
    other = page.context.browser.new_context().new_page()
    other.goto(restricted_site.url + "/board-members/march-papers/")
    expect(other.locator("h1")).to_have_text("Password required")
    other.context.close()


def test_signing_in_opens_a_page_for_signed_in_readers(page, restricted_site, assert_accessible):
    page.goto(restricted_site.url + "/partner-notes/")
    expect(page.locator("h1")).to_have_text("Sign in")
    expect(page.get_by_text("Notes for partner agencies.")).to_have_count(0)
    assert_accessible(page)

    page.get_by_label("Username").fill("partner")
    page.get_by_label("Password").fill("a long partner password")
    with page.expect_response(lambda answer: answer.url.endswith("/partner-notes/")) as opened:
        page.get_by_role("button", name="Sign in").click()
    expect(page.locator("h1")).to_have_text("Partner notes")
    expect(page.get_by_text("Notes for partner agencies.")).to_be_visible()
    headers = cache_control(opened.value)
    assert "private" in headers and "no-store" in headers and "public" not in headers
    assert_accessible(page)
