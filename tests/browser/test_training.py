"""The training calendar and a booking in real Chromium: filters without JavaScript, a booking made
by keyboard alone, the emailed confirm and cancel links; every page scanned with axe-core at 320 and
1280 px, and no cookie but the booking form's CSRF cookie."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE, fresh_code

pytestmark = pytest.mark.browser

CALENDAR = "/training/calendar/"


def token_for(live_site, email, action):
    return live_site.shell(
        "from training import tokens\nfrom training.models import Booking\n"
        f"print(tokens.make(Booking.objects.filter(email='{email}').latest('pk'), '{action}'))"
    ).split()[-1]


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
def test_the_calendar_reads_and_filters(page, live_site, assert_accessible, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_site.url + CALENDAR)
    expect(page.get_by_role("heading", level=1)).to_have_text("Training calendar and booking")
    expect(page.get_by_text("Illustrative demo course").first).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Format").select_option("live-online")
    page.get_by_role("button", name="Show sessions").click()
    expect(page).to_have_url(re.compile(r"format=live-online"))
    expect(page.get_by_role("link", name="Domestic abuse: the impact on children").first).to_be_visible()
    expect(page.get_by_role("link", name="Recognising and responding to neglect")).to_have_count(0)
    assert_accessible(page)
    assert page.context.cookies() == []


def test_filters_work_without_javascript(chromium_browser, live_site):
    context = chromium_browser.new_context(java_script_enabled=False, viewport=NARROW)
    page = context.new_page()
    try:
        page.goto(live_site.url + CALENDAR)
        page.get_by_label("Level").select_option("3")
        page.get_by_role("button", name="Show sessions").click()
        expect(page.get_by_role("link", name="Learning from the Child R review").first).to_be_visible()
        expect(page.get_by_role("link", name="Safer sleeping for babies")).to_have_count(0)
    finally:
        context.close()


def test_a_booking_by_keyboard_then_confirm_and_cancel(page, live_site, assert_accessible):
    page.set_viewport_size(NARROW)
    page.goto(live_site.url + CALENDAR)
    page.get_by_role("link", name="Book Recognising and responding to neglect").first.click()
    expect(page.get_by_role("heading", level=2, name="Book a place")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Book a place").press("Enter")  # nothing filled in
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Your name").focus()
    page.keyboard.type("Zofia Wójcik")
    page.keyboard.press("Tab")
    page.keyboard.type("zofia.browser@school.example")
    page.keyboard.press("Tab")
    page.get_by_label("Your organisation", exact=True).select_option(label="Other")
    page.get_by_label("If other, the name of your organisation").focus()
    page.keyboard.type("Illustrative Primary School")
    page.keyboard.press("Tab")
    page.keyboard.type("Teacher")
    page.keyboard.press("Tab")
    page.keyboard.type("A hearing loop, please")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    assert_accessible(page)

    page.goto(
        live_site.url + f"/training-sessions/confirm/{token_for(live_site, 'zofia.browser@school.example', 'confirm')}/"
    )
    assert_accessible(page)
    page.get_by_role("button", name="Confirm my email").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your place is confirmed")
    assert_accessible(page)

    page.goto(
        live_site.url + f"/training-sessions/cancel/{token_for(live_site, 'zofia.browser@school.example', 'cancel')}/"
    )
    page.get_by_role("button", name="Yes, cancel my booking").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your booking is cancelled")
    page.set_viewport_size(WIDE)
    assert_accessible(page)
    assert {cookie["name"] for cookie in page.context.cookies()} <= {"csrftoken"}


COORDINATOR, COORDINATOR_PASSWORD = "browser-training-coordinator", "a-long-browser-password"
COORDINATOR_KEY = bytes(range(1, 21))


def test_a_coordinator_marks_the_register_by_keyboard(page, live_site, assert_accessible):
    session_pk = live_site.shell(
        "from django.contrib.auth import get_user_model\nfrom django.contrib.auth.models import Group\n"
        "from django_otp.plugins.otp_totp.models import TOTPDevice\nfrom training.models import Session\n"
        f"user = get_user_model().objects.create_user({COORDINATOR!r}, password={COORDINATOR_PASSWORD!r})\n"
        "user.groups.add(Group.objects.get(name='Training coordinators'))\n"
        f"TOTPDevice.objects.create(user=user, name='app', key={COORDINATOR_KEY.hex()!r}, confirmed=True)\n"
        "print(Session.objects.filter(bookings__status='attended').distinct().first().pk)"
    ).split()[-1]
    page.goto(live_site.url + "/admin/login/")
    page.get_by_label("Username").fill(COORDINATOR)
    page.get_by_label("Password").fill(COORDINATOR_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Code").fill(fresh_code(COORDINATOR_KEY))
    page.get_by_role("button", name="Continue").click()

    page.goto(live_site.url + f"/admin/training/sessions/{session_pk}/register/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Register")
    assert_accessible(page)
    first = page.get_by_role("group", name=re.compile("^Attendance of")).first
    first.get_by_label("Attended", exact=True).focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Save attendance").press("Enter")
    expect(page.get_by_text("Attendance saved (1 changed).")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Printable register").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Attendance register")
    assert_accessible(page)
