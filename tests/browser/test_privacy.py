"""Restricted pages in real Chromium: the password journey by keyboard alone, signing in to
read a page for signed-in readers, and a page for one group only; each page on the way passes
axe and is never public."""

import pytest
import requests
from playwright.sync_api import expect

from tests.live_server import serve, stop

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

from django.contrib.auth.models import Group
panel = Group.objects.create(name="Case review panel")
reviews = add(home, "Case review minutes", "case-review-minutes", "Minutes for the case review panel.")
add(reviews, "April minutes", "april-minutes", "The April minutes are confidential.")
PageViewRestriction.objects.create(page=reviews, restriction_type="groups").groups.set([panel])
get_user_model().objects.create_user("panel-member", "member@example.org", "a long member password").groups.add(panel)
get_user_model().objects.create_user("other-reader", "other@example.org", "another long password")
"""


@pytest.fixture(scope="module")
def restricted_site(live_site):
    live_site.shell(MAKE_RESTRICTED_PAGES)
    return live_site


@pytest.fixture(scope="module")
def page_cached_site(restricted_site):
    """The same site and database served with the page cache on (one worker: test settings keep
    the cache in the process's memory), so that a restricted page would show if it were cached."""
    server, url = serve({**restricted_site.env, "KSCB_PAGE_CACHE_SECONDS": "600"}, workers=1)
    yield url
    stop(server)


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


def sign_in(browser_page, username, password):
    browser_page.get_by_label("Username").fill(username)
    browser_page.get_by_label("Password").fill(password)
    browser_page.get_by_role("button", name="Sign in").click()


def test_a_page_for_one_group_opens_for_its_members_only(page, page_cached_site, assert_accessible):
    """A child page under a page restricted to a group: a member reads it, another signed-in
    reader and an anonymous reader do not, and the page cache never keeps it."""
    child = page_cached_site + "/case-review-minutes/april-minutes/"
    # The page cache is on in this server: a public page is stored and served again.
    requests.get(page_cached_site + "/", timeout=30)
    assert requests.get(page_cached_site + "/", timeout=30).headers.get("X-Page-Cache") == "hit"

    page.goto(child)
    expect(page.locator("h1")).to_have_text("Sign in")
    expect(page.get_by_text("The April minutes are confidential.")).to_have_count(0)
    assert_accessible(page)
    with page.expect_response(lambda answer: answer.url == child) as opened:
        sign_in(page, "panel-member", "a long member password")
    expect(page.locator("h1")).to_have_text("April minutes")
    expect(page.get_by_text("The April minutes are confidential.")).to_be_visible()
    headers = cache_control(opened.value)
    assert "private" in headers and "no-store" in headers and "public" not in headers
    assert opened.value.headers.get("x-page-cache") is None
    assert_accessible(page)
    page.goto(page_cached_site + "/case-review-minutes/")
    expect(page.get_by_text("Minutes for the case review panel.")).to_be_visible()

    # Another signed-in reader, not in the group, is sent to sign in with an account that can.
    other = page.context.browser.new_context().new_page()
    other.goto(child)
    sign_in(other, "other-reader", "another long password")
    expect(other.locator("h1")).to_have_text("Sign in")
    expect(other.get_by_text("Your account cannot read this page.")).to_be_visible()
    expect(other.get_by_text("The April minutes are confidential.")).to_have_count(0)
    assert_accessible(other)
    other.context.close()

    # After the member's visits, a reader without a session still meets the sign-in form,
    # from this server's page cache or not.
    for path in ("/case-review-minutes/april-minutes/", "/case-review-minutes/"):
        for _ in range(2):
            anonymous = requests.get(page_cached_site + path, allow_redirects=False, timeout=30)
            assert anonymous.status_code == 302 and anonymous.headers["Location"].startswith("/_util/login/")
            assert anonymous.headers.get("X-Page-Cache") is None
            assert "public" not in anonymous.headers.get("Cache-Control", "")
