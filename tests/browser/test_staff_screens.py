"""What a new member of staff sees first, in Chromium: the two-factor code page after a refused
code (the message and the heading must not overlap) and the dashboard's panels."""

from base64 import b32decode

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect

from accounts.demo import DEMO_SECRET
from tests.browser.conftest import NARROW, WIDE, fresh_code

pytestmark = pytest.mark.browser

DEMO_USERNAME, DEMO_PASSWORD = "demo", "kscb-demo-only"


def sign_in_with_password(page, live_site):
    page.goto(live_site.url + "/admin/login/")
    page.get_by_label("Username").fill(DEMO_USERNAME)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Enter your code")


def overlaps(a, b):
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


@pytest.mark.parametrize("viewport", [WIDE, NARROW], ids=["1280px", "320px"])
def test_a_refused_code_does_not_cover_the_heading(page, live_site, viewport, assert_accessible):
    page.set_viewport_size(viewport)
    sign_in_with_password(page, live_site)
    key = b32decode(DEMO_SECRET)
    accepted = {totp(key, drift=steps) for steps in (-1, 0, 1, 2)}
    page.get_by_label("Code").fill(f"{next(n for n in range(10) if n not in accepted):06d}")
    page.get_by_role("button", name="Continue").click()
    message = page.get_by_role("status").filter(has_text="That code is not right")
    expect(message).to_be_visible()
    heading = page.get_by_role("heading", level=1)
    # As soon as it shows and after any animation: Wagtail's message list slid down over the heading.
    for wait in (0, 1200):
        page.wait_for_timeout(wait)
        heading_box, message_box = heading.bounding_box(), message.bounding_box()
        assert not overlaps(heading_box, message_box), f"heading {heading_box} and message {message_box} overlap"
        assert message_box["y"] >= heading_box["y"] + heading_box["height"], "the message sits below the heading"
    expect(page.locator("main")).to_contain_text("A code used in the last 30 seconds is refused")
    assert_accessible(page)


STAFF_USERNAME, STAFF_PASSWORD = "browser-dashboard-admin", "a-long-browser-password"
STAFF_KEY = bytes(range(20))


@pytest.fixture(scope="module")
def signed_in_superuser(live_site):
    live_site.shell(
        "from django.contrib.auth import get_user_model\n"
        "from django_otp.plugins.otp_totp.models import TOTPDevice\n"
        f"user = get_user_model().objects.create_superuser({STAFF_USERNAME!r}, password={STAFF_PASSWORD!r})\n"
        f"TOTPDevice.objects.create(user=user, name='app', key={STAFF_KEY.hex()!r}, confirmed=True)"
    )
    return STAFF_USERNAME


def test_dashboard_panels_are_framed_alike_and_the_menu_names_are_told_apart(
    page, live_site, signed_in_superuser, assert_accessible
):
    page.goto(live_site.url + "/admin/login/")
    page.get_by_label("Username").fill(STAFF_USERNAME)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Code").fill(fresh_code(STAFF_KEY))
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(live_site.url + "/admin/")

    # Each heading sits inside its own panel's frame, Wagtail's "Children's voice" panel as the model.
    for heading_name in ("Children's voice", "Translations"):
        heading = page.get_by_role("heading", name=heading_name, level=2)
        frame = page.locator("section.w-panel--dashboard").filter(has=heading)
        expect(frame).to_have_count(1)
        inner, outer = heading.bounding_box(), frame.bounding_box()
        assert outer["x"] <= inner["x"] and inner["x"] + inner["width"] <= outer["x"] + outer["width"], heading_name
        assert outer["y"] <= inner["y"] and inner["y"] + inner["height"] <= outer["y"] + outer["height"], heading_name

    # The inbox and the form's lists: different words, each shown in full (not cut off with "…").
    labels = page.locator(".menuitem-label")
    for name in ("Voice messages", "Voice form lists"):
        label = labels.filter(has_text=name)
        expect(label).to_have_count(1)
        assert label.evaluate("e => e.scrollWidth <= e.clientWidth"), f"{name} is cut off in the menu"
    expect(labels.filter(has_text="Children's voice lists")).to_have_count(0)
    assert_accessible(page)
