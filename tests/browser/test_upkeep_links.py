"""Reports → Broken links in Chromium at 1280 px with axe-core: a link to an unpublished page is
listed with its page and who can fix it, and the row opens the page's editor."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import WIDE
from tests.browser.test_upkeep import sign_in

pytestmark = pytest.mark.browser

STAFF_USERNAME, STAFF_PASSWORD = "browser-links-admin", "a-long-browser-password"
STAFF_KEY = bytes(range(21, 41))


@pytest.fixture(scope="module")
def page_with_a_broken_link(live_site):
    """A page owned by a new superuser, linking to a page that was then unpublished."""
    live_site.shell(
        "import datetime\n"
        "from django.contrib.auth import get_user_model\n"
        "from django.utils import timezone\n"
        "from django_otp.plugins.otp_totp.models import TOTPDevice\n"
        "from wagtail.models import Site\n"
        "from home.models import StandardPage\n"
        "from upkeep.models import set_review\n"
        f"user = get_user_model().objects.create_superuser({STAFF_USERNAME!r}, password={STAFF_PASSWORD!r},"
        " first_name='Links', last_name='Tester')\n"
        f"TOTPDevice.objects.create(user=user, name='app', key={STAFF_KEY.hex()!r}, confirmed=True)\n"
        "home = Site.objects.get(is_default_site=True).root_page\n"
        "target = StandardPage(title='Browser links target', slug='browser-links-target', body=[])\n"
        "home.add_child(instance=target)\n"
        "target.save_revision().publish()\n"
        "body = [('paragraph', f'<p><a linktype=\"page\" id=\"{target.pk}\">Read this</a></p>')]\n"
        "linking = StandardPage(title='Browser links page', slug='browser-links-page', body=body)\n"
        "home.add_child(instance=linking)\n"
        "set_review(linking, owner=user, review_by=timezone.localdate() + datetime.timedelta(days=100))\n"
        "linking.save_revision().publish()\n"
        "target.unpublish()\n"
    )


def test_the_broken_links_report_names_the_page_and_who_can_fix_it(
    page, live_site, page_with_a_broken_link, assert_accessible
):
    page.set_viewport_size(WIDE)
    sign_in(page, live_site, STAFF_USERNAME, STAFF_PASSWORD, STAFF_KEY)
    page.goto(live_site.url + "/admin/reports/broken-links/?mine=true")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Broken links")
    row = page.locator("table.listing tbody tr").filter(has_text="Browser links page")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Browser links target")
    expect(row).to_contain_text("Unpublished")
    expect(row).to_contain_text("Links Tester (owner)")
    assert_accessible(page)
    row.get_by_role("link", name="Browser links page").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Browser links page")
    assert "/edit/" in page.url
