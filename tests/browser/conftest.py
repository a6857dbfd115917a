"""Browser tests: real Chromium (Debian's package) through Playwright, against
the site served by gunicorn from its own database with the demo content
(the `live_site` fixture in tests/conftest.py).

A missing browser is a failure, never a skip: CI installs Chromium.
"""

import os
import shutil
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
NARROW, WIDE = {"width": 320, "height": 800}, {"width": 1280, "height": 900}

# Playwright's sync API runs an event loop; our ORM use here is test set-up only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def chromium_browser():
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(executable).exists():
        pytest.fail("Chromium is missing: install Debian's 'chromium' package (.ci/run does).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium_browser):
    context = chromium_browser.new_context(viewport=WIDE)
    browser_page = context.new_page()
    browser_page.set_default_timeout(10_000)
    yield browser_page
    context.close()


@pytest.fixture(scope="session")
def axe():
    return Axe()


SETTLED = """() => document.getAnimations().every(
    a => a.playState !== "running" || a.effect.getComputedTiming().iterations === Infinity)"""


def wait_for_animations_to_settle(browser_page, seconds=5):
    """Colours are judged once they settle: a message still fading in reads as low contrast.
    Endless animations (a spinner) are left alone. Polled with evaluate(), which strict CSP
    pages allow, unlike wait_for_function()."""
    for _ in range(int(seconds * 10)):
        if browser_page.evaluate(SETTLED):
            return
        browser_page.wait_for_timeout(100)


@pytest.fixture
def assert_accessible(axe):
    """Scan the current page with axe-core for WCAG 2.2 A and AA; fail with the report."""

    def check(browser_page):
        wait_for_animations_to_settle(browser_page)
        results = axe.run(browser_page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.violations_count == 0, f"{browser_page.url}\n{results.generate_report()}"

    return check


# The last time step whose code each authenticator key has spent in this run: the site refuses a
# code it has already accepted (django-otp's replay guard), so a second sign-in within the same
# 30 seconds must use the next step's code (accepted: the devices allow one step of drift) or wait.
_spent_steps = {}


def fresh_code(key: bytes) -> str:
    """A 6-digit code for `key` that this test run has not yet spent: signing in twice as one
    person within 30 seconds (parametrised tests, several modules) must not read as a replay."""
    import time

    from django_otp.oath import TOTP

    now = TOTP(key).t()
    spent = _spent_steps.get(key)
    if spent is not None and spent > now:
        time.sleep(30 - time.time() % 30 + 0.5)
        now = TOTP(key).t()
    step = now if spent is None or spent < now else now + 1
    _spent_steps[key] = step
    oath = TOTP(key)
    oath.drift = step - now
    return f"{oath.token():06d}"
