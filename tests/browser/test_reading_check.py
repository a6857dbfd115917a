"""The "Reading age" check in Wagtail's Checks panel, in Chromium: the page editor of a feedback form
written in officialese shows the warning with the age found and the target; an easy-read page
(chosen as one in Other formats) shows none.

The age the panel shows is the server's measure (upkeep/readability.py) of the same text, computed
here by the same function, so the panel and the warning on saving agree."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import WIDE
from tests.browser.test_upkeep import sign_in
from tests.upkeep.test_reading_age import HARD, PLAIN, expected_name

pytestmark = pytest.mark.browser

STAFF_USERNAME, STAFF_PASSWORD = "browser-reading-admin", "a-long-browser-password"
STAFF_KEY = bytes(range(41, 61))


@pytest.fixture(scope="module")
def reading_pages(live_site):
    """A draft of the feedback form with a hard introduction, and a plain easy-read page; their ids,
    and the age the server finds for the feedback form's draft."""
    output = live_site.shell(
        "import json\n"
        "from django.contrib.auth import get_user_model\n"
        "from django_otp.plugins.otp_totp.models import TOTPDevice\n"
        "from wagtail.models import Site\n"
        "from feedback.models import FeedbackPage\n"
        "from home.models import StandardPage\n"
        "from partnership.models import OtherFormats\n"
        "from upkeep.reading_age import found_age, too_hard\n"
        f"user = get_user_model().objects.create_superuser({STAFF_USERNAME!r}, password={STAFF_PASSWORD!r})\n"
        f"TOTPDevice.objects.create(user=user, name='app', key={STAFF_KEY.hex()!r}, confirmed=True)\n"
        "feedback = FeedbackPage.objects.filter(locale__language_code='en-gb').first()\n"
        f"feedback.introduction = {f'<p>{HARD}</p>'!r}\n"
        "feedback.save_revision(user=user)\n"
        "home = Site.objects.get(is_default_site=True).root_page\n"
        "easy = StandardPage(title='Reading check easy read', slug='reading-check-easy-read', body=[])\n"
        f"easy.introduction = {PLAIN!r}\n"
        "home.add_child(instance=easy)\n"
        "easy.save_revision().publish()\n"
        "source = StandardPage(title='Reading check source', slug='reading-check-source', body=[])\n"
        "home.add_child(instance=source)\n"
        "source.save_revision().publish()\n"
        "OtherFormats.objects.create(page=source, easy_read_page=easy)\n"
        "print(json.dumps({'feedback': feedback.pk, 'easy': easy.pk, 'age': found_age(too_hard(feedback))}))\n"
    )
    return json.loads(output.strip().splitlines()[-1])


def open_checks(page, live_site, page_id):
    """The page's editor with the Checks panel open, once Wagtail's checks have run on the preview."""
    page.goto(f"{live_site.url}/admin/pages/{page_id}/edit/")
    page.get_by_role("button", name="Toggle checks").click()
    expect(page.locator("[data-content-word-count]")).to_have_text(re.compile(r"^\d+$"), timeout=20_000)
    return page.locator("[data-checks-panel]")


def reading_age_rows(panel):
    return panel.locator("[data-content-checker-name]").filter(has_text=re.compile("^Reading age"))


def test_the_checks_panel_warns_about_hard_text_and_not_about_easy_text(page, live_site, reading_pages):
    page.set_viewport_size(WIDE)
    sign_in(page, live_site, STAFF_USERNAME, STAFF_PASSWORD, STAFF_KEY)

    panel = open_checks(page, live_site, reading_pages["feedback"])
    rows = reading_age_rows(panel)
    expect(rows).to_have_count(1)
    expect(rows).to_have_text(expected_name(reading_pages["age"]))
    expect(panel).to_contain_text("Shorter sentences and shorter, everyday words")

    panel = open_checks(page, live_site, reading_pages["easy"])
    expect(reading_age_rows(panel)).to_have_count(0)
