"""Two-factor authentication in real Chromium: a new reviewer sets up an app from the page, then
signs in again with a code. Each page is scanned with axe-core."""

import re
from base64 import b32decode

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

USERNAME, PASSWORD = "browser-new-reviewer", "a-long-browser-password"


@pytest.fixture(scope="module")
def new_reviewer(live_site):
    live_site.shell(
        "from django.contrib.auth import get_user_model; from django.contrib.auth.models import Group\n"
        f"user = get_user_model().objects.create_user({USERNAME!r}, password={PASSWORD!r})\n"
        'user.groups.add(Group.objects.get(name="Children\'s voice reviewers"))'
    )
    return USERNAME


def sign_in_with_password(page, live_site, username):
    page.goto(live_site.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_reviewer_sets_up_an_app_then_signs_in_with_a_code(
    page, chromium_browser, live_site, new_reviewer, assert_accessible
):
    sign_in_with_password(page, live_site, new_reviewer)
    expect(page).to_have_url(re.compile(r"/admin/two-factor/\?next="))
    expect(page.locator(".messages")).to_contain_text("Set up two-factor authentication to carry on")
    expect(page.locator("main")).to_contain_text("so it must use two-factor authentication")
    expect(page.locator(".kscb-qr-code svg")).to_be_visible()
    assert_accessible(page)

    key = b32decode(page.locator("#two-factor-secret").inner_text().replace(" ", ""))
    page.get_by_label("6-digit code from the app").fill(f"{totp(key):06d}")
    page.get_by_role("button", name="Turn on two-factor authentication").click()
    expect(page.get_by_role("heading", name="Your backup codes")).to_be_visible()
    expect(page.get_by_role("list", name="Backup codes").get_by_role("listitem")).to_have_count(10)
    assert_accessible(page)
    page.get_by_role("link", name="Continue").click()
    expect(page).to_have_url(live_site.url + "/admin/")

    # A new browser session asks for a code again. The next 30 seconds' code: this one is spent.
    context = chromium_browser.new_context()
    second = context.new_page()
    try:
        sign_in_with_password(second, live_site, new_reviewer)
        expect(second.get_by_role("heading", level=1)).to_have_text("Enter your code")
        assert_accessible(second)
        accepted = {totp(key, drift=steps) for steps in (-1, 0, 1, 2)}
        second.get_by_label("Code").fill(f"{next(n for n in range(10) if n not in accepted):06d}")
        second.get_by_role("button", name="Continue").click()
        expect(second.locator(".kscb-code-messages")).to_contain_text("That code is not right")
        expect(second.locator(".kscb-code-messages")).to_be_visible()
        second.wait_for_timeout(1100)  # django-otp makes the next try wait a second after a wrong code
        second.get_by_label("Code").fill(f"{totp(key, drift=1):06d}")
        second.get_by_role("button", name="Continue").click()
        expect(second).to_have_url(live_site.url + "/admin/")
        expect(second.locator("main")).to_contain_text(re.compile(r"\d+ urgent"))
    finally:
        context.close()
