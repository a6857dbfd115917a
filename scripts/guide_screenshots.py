"""Remake the screenshots of the editor's guide (docs/editor-guide.md) from the running demo admin.

Start the demo site first (`make run`, or migrate, load_demo and runserver on a port of your own),
then, from the project folder:

    .venv/bin/python scripts/guide_screenshots.py                      # the site at http://127.0.0.1:8000
    .venv/bin/python scripts/guide_screenshots.py --base-url http://127.0.0.1:8765

It drives Debian's Chromium through Playwright at 1280 x 800, signs in as the demo logins (`demo`, a
superuser who does the editor's tasks, `training-coordinator` for the training task, and `reviewer`,
the children's voice reviewer) with the demo password and a two-factor code computed from the demo
secret, and writes one PNG per entry of SCREENSHOTS into docs/editor-guide/. Each person signs in
once; a code is never used twice within its 30 seconds (the site refuses a replayed code), so the
script waits for the next code when it must.

tests/home/test_editor_guide.py checks that SCREENSHOTS and the images the guide shows are the same.
"""

import argparse
import base64
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "editor-guide"

DEMO_PASSWORD = "kscb-demo-only"  # noqa: S105 - demo mode only, printed by make run
DEMO_SECRET = "KSCBDEMOONLYKSCBDEMOONLYKSCBDEMO"  # noqa: S105 - demo mode only, printed by make run

# (file name, who signs in, what it shows). The steps for each are in SHOTS below, by file name.
SCREENSHOTS = [
    ("sign-in.png", None, "The admin's sign-in page"),
    ("two-factor-code.png", "demo", "The code page after the password"),
    ("dashboard.png", "demo", "The dashboard after signing in"),
    ("page-editor.png", "demo", "A page in the editor, with the publishing menu open"),
    ("campaign-dates.png", "demo", "A campaign's dates and the sensitive tick box"),
    ("assets-add-several.png", "demo", "Campaign assets: Add several"),
    ("resource-keeping-current.png", "demo", "A resource's owner and review dates"),
    ("overdue-report.png", "demo", "Reports: Overdue and due soon"),
    ("translation-status.png", "demo", "Reports: Translation status"),
    ("translation-editor.png", "demo", "The translation editor, with the PO file buttons"),
    ("safeguarding-contacts.png", "demo", "Settings: Safeguarding contacts"),
    ("training-sessions.png", "training-coordinator", "Snippets: Training sessions, with the Register button"),
    ("page-feedback-report.png", "demo", "Reports: Page feedback"),
    ("voice-messages.png", "reviewer", "The reviewer's Voice messages inbox"),
]


def totp_now(secret=DEMO_SECRET):
    """The authenticator code for `secret` (base32) now: RFC 6238, 30 seconds, 6 digits, as django-otp checks it."""
    from django_otp.oath import TOTP

    return f"{TOTP(base64.b32decode(secret)).token():06d}"


_spent = {}


def sign_in(page, base, username):
    """Password, then a code this script has not yet used for `username` (a replay would be refused)."""
    page.goto(f"{base}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    page.get_by_role("heading", name="Enter your code").wait_for()
    return page


def enter_code(page, username):
    step = int(time.time() // 30)
    if _spent.get(username) == step:
        time.sleep(30 - time.time() % 30 + 0.5)
    for _attempt in range(2):
        step = int(time.time() // 30)
        page.get_by_label("Code").fill(totp_now())
        page.get_by_role("button", name="Continue").click()
        page.wait_for_load_state()
        if not page.get_by_role("heading", name="Enter your code").count():
            _spent[username] = step
            return
        # Used within the last 30 seconds (an earlier run?): the next code will do.
        time.sleep(30 - time.time() % 30 + 0.5)
    sys.exit(f"The two-factor code was refused for {username}: is this the demo site, in demo mode?")


def shot(page, name, locator=None):
    path = OUT / name
    if locator is None:
        page.screenshot(path=path)
    else:
        locator.first.screenshot(path=path)
    print(f"  {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KB)")


def open_search_result(page, base, query, title, content_type=None):
    """Open a page's editor through the admin's page search (ids differ from one demo to another)."""
    kind = f"&content_type={content_type}" if content_type else ""
    page.goto(f"{base}/admin/pages/search/?q={query}{kind}")
    page.locator("main table").get_by_role("link", name=re.compile(f"^{re.escape(title)}")).first.click()
    page.wait_for_load_state()


def centre(page, selector):
    """Scroll the editor so that the field `selector` sits in the middle of the window."""
    page.locator(selector).first.evaluate("field => field.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(300)


def main_area(page):
    return page.locator("main")


def take_demo(page, base):
    sign_in(page, base, "demo")
    shot(page, "two-factor-code.png", page.locator("main"))
    enter_code(page, "demo")

    page.goto(f"{base}/admin/")
    shot(page, "dashboard.png")

    open_search_result(page, base, "Neglect", "Neglect")
    page.get_by_role("button", name="More actions").first.click()
    shot(page, "page-editor.png")
    page.keyboard.press("Escape")

    open_search_result(page, base, "Safe sleeping", "Safe sleeping", "campaigns.campaignpage")
    centre(page, "[name=start_date]")
    shot(page, "campaign-dates.png")

    page.goto(f"{base}/admin/campaign-assets/add-several/")
    shot(page, "assets-add-several.png", main_area(page))

    open_search_result(page, base, "lesson", "Healthy and unhealthy relationships", "resources.resourcepage")
    centre(page, "[name=review-0-last_reviewed]")
    shot(page, "resource-keeping-current.png")

    page.goto(f"{base}/admin/")
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Overdue and due soon", exact=True).click()
    page.wait_for_load_state()
    shot(page, "overdue-report.png")

    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Translation status", exact=True).click()
    page.wait_for_load_state()
    shot(page, "translation-status.png")
    # The first translated page's Polish translation, in wagtail-localize's editor.
    page.locator("main table tbody tr").filter(has=page.get_by_role("link", name="Edit")).first.get_by_role(
        "link", name="Edit"
    ).first.click()
    page.wait_for_load_state()
    page.get_by_text("Download PO file").first.wait_for()
    page.wait_for_timeout(1000)  # the editor's segments render after its buttons
    shot(page, "translation-editor.png")

    page.get_by_role("button", name="Settings").click()
    page.get_by_role("link", name="Safeguarding contacts", exact=True).click()
    page.wait_for_load_state()
    shot(page, "safeguarding-contacts.png")

    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Page feedback", exact=True).click()
    page.wait_for_load_state()
    shot(page, "page-feedback-report.png")


def take_coordinator(page, base):
    sign_in(page, base, "training-coordinator")
    enter_code(page, "training-coordinator")
    page.goto(f"{base}/admin/snippets/training/session/")
    shot(page, "training-sessions.png")


def take_reviewer(page, base):
    sign_in(page, base, "reviewer")
    enter_code(page, "reviewer")
    page.goto(f"{base}/admin/")
    page.get_by_role("link", name="Voice messages").first.click()
    page.wait_for_load_state()
    shot(page, "voice-messages.png")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000", help="the running demo site")
    args = parser.parse_args(argv)
    base = args.base_url.rstrip("/")

    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from tests.browser.conftest import CHROMIUM_ARGS  # the browser tests' Chromium, exactly

    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            people = (
                (None, None),
                ("demo", take_demo),
                ("training-coordinator", take_coordinator),
                ("reviewer", take_reviewer),
            )
            for who, take in people:
                context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
                page = context.new_page()
                page.set_default_timeout(30_000)
                if who is None:
                    page.goto(f"{base}/admin/login/")
                    shot(page, "sign-in.png", page.locator("main"))
                else:
                    take(page, base)
                context.close()
        finally:
            browser.close()
    made = {name for name, _who, _what in SCREENSHOTS}
    total = sum((OUT / name).stat().st_size for name in made)
    print(f"{len(made)} screenshots, {total // 1024} KB in all")


if __name__ == "__main__":
    main()
