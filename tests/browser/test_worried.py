"""The "Worried about a child?" page in real Chromium: the route that applies now is marked in UK
time (a fixed clock: in hours, out of hours, a bank holiday), both show without JavaScript, and
axe-core finds nothing at 320 and 1280 px, in English and in Arabic."""

import datetime

import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE

pytestmark = pytest.mark.browser

URL = "/worried-about-a-child/"
UTC = datetime.UTC  # instants below are given in UTC; the comments say the time in London

SET_NUMBERS = """
import datetime
from wagtail.models import Site
from home.models import SafeguardingSettings
from worried.models import RoutingSettings, NeighbouringCouncil
site = Site.objects.get(is_default_site=True)
contacts = SafeguardingSettings.for_site(site)
contacts.mash_phone, contacts.out_of_hours_phone = {mash!r}, {out_of_hours!r}
contacts.save()
routing = RoutingSettings.for_site(site)
routing.mash_weekday_opens = {opens}
routing.mash_weekday_closes = {closes}
routing.mash_friday_closes = {friday}
routing.lado_phone = {lado!r}
routing.save()
NeighbouringCouncil.objects.filter(name="Halton Borough Council").update(phone={council!r})
"""


def set_numbers(live_site, mash="", out_of_hours="", opens=None, closes=None, friday=None, lado="", council=""):
    def time(value):
        return f"datetime.time({value.hour}, {value.minute})" if value else "None"

    live_site.shell(
        SET_NUMBERS.format(
            mash=mash,
            out_of_hours=out_of_hours,
            opens=time(opens),
            closes=time(closes),
            friday=time(friday),
            lado=lado,
            council=council,
        )
    )


@pytest.fixture(scope="module")
def numbers(live_site):
    # Ofcom's drama numbers: test values only; the demo itself leaves them blank for staff.
    set_numbers(
        live_site,
        mash="0151 496 0001",
        out_of_hours="0151 496 0002",
        opens=datetime.time(9),
        closes=datetime.time(17),
        friday=datetime.time(16, 30),
        lado="0151 496 0003",
        council="0151 496 0004",
    )
    yield live_site
    set_numbers(live_site)  # back to the demo: blank, for the other browser tests


def route(page, name):
    return page.locator(f"[data-route='{name}']")


def open_at(page, live_site, instant, path=URL):
    page.clock.set_fixed_time(instant)
    page.goto(live_site.url + path)


@pytest.mark.parametrize(
    "instant",
    [
        datetime.datetime(2026, 7, 14, 8, 30, tzinfo=UTC),  # Tuesday 09:30 in London (BST); 08:30 in UTC
        datetime.datetime(2026, 12, 4, 16, 15, tzinfo=UTC),  # Friday 16:15 in London (GMT)
    ],
    ids=["summer-tuesday-morning", "winter-friday-afternoon"],
)
def test_in_the_mash_hours_the_mash_is_marked(page, numbers, instant):
    open_at(page, numbers, instant)
    expect(route(page, "in-hours")).to_have_class("route route--now")
    expect(route(page, "in-hours").get_by_text("Open now: call this number")).to_be_visible()
    expect(route(page, "out-of-hours")).not_to_have_class("route route--now")
    expect(route(page, "out-of-hours").get_by_text("The MASH is closed now: call this number")).to_be_hidden()
    # The other route is still there, with its hours: nothing is hidden from the reader.
    expect(route(page, "out-of-hours").get_by_role("link", name="Call 0151 496 0002")).to_be_visible()


@pytest.mark.parametrize(
    "instant",
    [
        datetime.datetime(2026, 7, 14, 16, 30, tzinfo=UTC),  # Tuesday 17:30 in London (BST)
        datetime.datetime(2026, 12, 4, 16, 45, tzinfo=UTC),  # Friday 16:45: after Friday's earlier closing
        datetime.datetime(2026, 12, 5, 11, 0, tzinfo=UTC),  # Saturday
        datetime.datetime(2026, 7, 14, 7, 30, tzinfo=UTC),  # Tuesday 08:30 in London: not open yet
    ],
    ids=["summer-evening", "friday-after-closing", "saturday", "before-opening"],
)
def test_out_of_hours_the_out_of_hours_team_is_marked(page, numbers, instant):
    open_at(page, numbers, instant)
    expect(route(page, "out-of-hours")).to_have_class("route route--now")
    expect(route(page, "out-of-hours").get_by_text("The MASH is closed now: call this number")).to_be_visible()
    expect(route(page, "in-hours")).not_to_have_class("route route--now")
    expect(route(page, "in-hours").get_by_text("Open now: call this number")).to_be_hidden()


def test_on_a_bank_holiday_the_out_of_hours_team_is_marked_all_day(page, numbers):
    # Monday 28 December 2026, 11:00 in London: the Boxing Day substitute day, in the editable list.
    open_at(page, numbers, datetime.datetime(2026, 12, 28, 11, 0, tzinfo=UTC))
    expect(route(page, "out-of-hours")).to_have_class("route route--now")
    expect(route(page, "in-hours")).not_to_have_class("route route--now")
    # The next day is an ordinary Tuesday: the MASH again.
    open_at(page, numbers, datetime.datetime(2026, 12, 29, 11, 0, tzinfo=UTC))
    expect(route(page, "in-hours")).to_have_class("route route--now")


def test_without_javascript_both_routes_show_with_their_hours(chromium_browser, numbers):
    context = chromium_browser.new_context(java_script_enabled=False, viewport=NARROW)
    page = context.new_page()
    try:
        page.goto(numbers.url + URL)
        expect(route(page, "in-hours")).to_contain_text("Monday to Thursday, 09:00 to 17:00. Friday, 09:00 to 16:30.")
        expect(route(page, "out-of-hours")).to_contain_text("Evenings, nights, weekends and bank holidays.")
        expect(page.locator(".route--now")).to_have_count(0)
        expect(page.locator(".route__now")).to_have_count(2)
        for label in page.locator(".route__now").all():
            expect(label).to_be_hidden()
        expect(page.get_by_role("link", name="Call 0151 496 0001")).to_be_visible()
        expect(page.get_by_role("link", name="Call 0151 496 0002")).to_be_visible()
    finally:
        context.close()


def test_the_worried_panel_leads_to_the_routing_page(page, live_site):
    page.goto(live_site.url + "/news/")
    page.get_by_role("contentinfo").get_by_role("link", name="Who to call about a child").click()
    expect(page).to_have_url(live_site.url + URL)
    expect(page.get_by_role("heading", level=1)).to_have_text("Worried about a child?")


def test_the_script_runs_under_the_sites_content_security_policy(page, numbers):
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    open_at(page, numbers, datetime.datetime(2026, 7, 14, 8, 30, tzinfo=UTC))
    expect(page.locator(".route--now")).to_have_count(1)
    assert not [error for error in errors if "Content Security Policy" in error], errors


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
@pytest.mark.parametrize(
    "path", [URL, "/ar/worried-about-a-child/", "/pl/worried-about-a-child/"], ids=["en", "ar", "pl"]
)
def test_the_routing_page_passes_axe_and_fits(page, numbers, assert_accessible, path, viewport):
    page.set_viewport_size(viewport)
    open_at(page, numbers, datetime.datetime(2026, 7, 14, 8, 30, tzinfo=UTC), path)
    expect(page.locator(".route--now")).to_have_count(1)
    assert_accessible(page)
    if viewport == NARROW:
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
@pytest.mark.parametrize("path", ["/", "/ar/", "/pl/priorities/"], ids=["en", "ar", "pl"])
def test_the_header_search_fits_and_passes_axe(page, live_site, assert_accessible, path, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_site.url + path)
    search = page.get_by_role("search").first
    expect(search.get_by_role("searchbox")).to_be_visible()
    assert_accessible(page)
    if viewport == NARROW:
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def test_the_header_search_works_without_javascript(chromium_browser, live_site):
    context = chromium_browser.new_context(java_script_enabled=False, viewport=NARROW)
    page = context.new_page()
    try:
        page.goto(live_site.url + "/ar/")
        page.get_by_role("banner").get_by_role("searchbox").fill("neglect")
        page.get_by_role("banner").get_by_role("search").get_by_role("button").click()
        expect(page).to_have_url(live_site.url + "/ar/search/?q=neglect")
    finally:
        context.close()
