"""Reports → Overdue and due soon, and the dashboard's "Your pages due for review", in Chromium:
the owner's own pages (the dashboard's "See all" filter), each row opening the page's editor, at
320 and 1280 px, with axe-core."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import NARROW, WIDE, fresh_code

pytestmark = pytest.mark.browser

STAFF_USERNAME, STAFF_PASSWORD = "browser-upkeep-admin", "a-long-browser-password"
STAFF_KEY = bytes(range(1, 21))


@pytest.fixture(scope="module")
def owner_of_overdue_pages(live_site):
    """A superuser who owns the demo's privacy notice, overdue since last week."""
    live_site.shell(
        "import datetime\n"
        "from django.contrib.auth import get_user_model\n"
        "from django.utils import timezone\n"
        "from django_otp.plugins.otp_totp.models import TOTPDevice\n"
        "from wagtail.models import Page\n"
        "from upkeep.models import set_review\n"
        f"user = get_user_model().objects.create_superuser({STAFF_USERNAME!r}, password={STAFF_PASSWORD!r})\n"
        f"TOTPDevice.objects.create(user=user, name='app', key={STAFF_KEY.hex()!r}, confirmed=True)\n"
        "page = Page.objects.get(slug='privacy-notice', locale__language_code='en-gb').specific\n"
        "set_review(page, owner=user, review_by=timezone.localdate() - datetime.timedelta(days=7))\n"
        "page.save_revision().publish()\n"
    )
    return STAFF_USERNAME


def sign_in(page, live_site, username=STAFF_USERNAME, password=STAFF_PASSWORD, key=STAFF_KEY):
    page.goto(live_site.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Code").fill(fresh_code(key))
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(live_site.url + "/admin/")


@pytest.mark.parametrize("viewport", [WIDE, NARROW], ids=["1280px", "320px"])
def test_the_overdue_report_filters_and_opens_the_page_editor(
    page, live_site, owner_of_overdue_pages, viewport, assert_accessible
):
    page.set_viewport_size(viewport)
    sign_in(page, live_site)

    panel = page.locator("section.w-panel--dashboard").filter(
        has=page.get_by_role("heading", name="Your pages due for review")
    )
    expect(panel.get_by_role("link", name="Privacy notice")).to_be_visible()
    assert_accessible(page)

    page.goto(live_site.url + "/admin/reports/overdue-and-due-soon/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Overdue and due soon")
    rows = page.locator("table.listing tbody tr")
    expect(rows.first).to_be_visible()
    assert_accessible(page)

    page.goto(live_site.url + "/admin/reports/overdue-and-due-soon/?mine=true")
    expect(rows).to_have_count(1)
    row = rows.first
    expect(row).to_contain_text("Overdue")
    row.get_by_role("link", name="Privacy notice").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Privacy notice")
    assert "/edit/" in page.url
