"""The Wagtail admin under its Content-Security-Policy, in real Chromium.

A superuser walks the admin's main screens and uses the editor (blocks, Draftail,
chooser modals, the live preview). Every CSP violation the browser reports, in any
frame, and every uncaught script error fails the test: the admin policy
(kscb_site/middleware.py) must be one the admin really works under.
"""

import json
import re

import pytest
from playwright.sync_api import expect

from accounts.demo import DEMO_KEY
from home.demo import DEMO_PASSWORD, DEMO_USERNAME
from tests.browser.conftest import fresh_code

pytestmark = pytest.mark.browser

# Runs in every document and frame before the page's own scripts: report each violation to Python.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} ` +
        `at ${event.sourceFile}:${event.lineNumber} (${(event.sample || "").slice(0, 80)})`
    );
});
"""

# Admin addresses, reversed on the served site so that ids are the served database's own.
URLS_ON_SERVED_SITE = """
import json
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from home.models import HomePage, StandardPage
from resources.models import Topic
english = Locale.get_default()
home = HomePage.objects.get(locale=english)
topic = Topic.objects.filter(locale=english).first()
# A page no other browser test reads: the editor may autosave a draft of it.
standard = StandardPage.objects.get(locale=english, slug="training")
translated = StandardPage.objects.get(locale=english, slug="staying-safe-online").get_translation(
    Locale.objects.get(language_code="pl")
)
print(json.dumps({
    "dashboard": reverse("wagtailadmin_home"),
    "explorer": reverse("wagtailadmin_explore", args=[home.pk]),
    "edit standard page": reverse("wagtailadmin_pages:edit", args=[standard.pk]),
    "edit home page": reverse("wagtailadmin_pages:edit", args=[home.pk]),
    "create standard page": reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk]),
    "images": reverse("wagtailimages:index"),
    "edit image": reverse("wagtailimages:edit", args=[get_image_model().objects.first().pk]),
    "documents": reverse("wagtaildocs:index"),
    "snippets": reverse("wagtailsnippets:index"),
    "edit snippet": reverse(Topic.snippet_viewset.get_url_name("edit"), args=[topic.pk]),
    "settings": reverse("wagtailsettings:edit", args=["home", "safeguardingsettings"]),
    "users": reverse("wagtailusers_users:index"),
    "groups": reverse("wagtailusers_groups:index"),
    "aging pages report": reverse("wagtailadmin_reports:aging_pages"),
    "site history report": reverse("wagtailadmin_reports:site_history"),
    "resources due for review": reverse("resources_due_for_review"),
    "translation status": reverse("languages_translation_status"),
    "childrens voice submissions": reverse("feedback_submission:index"),
    "translate editor": reverse("wagtailadmin_pages:edit", args=[translated.pk]),
    "search": reverse("wagtailadmin_pages:search") + "?q=neglect",
}))
"""


@pytest.fixture(scope="module")
def admin_urls(live_site):
    return json.loads(live_site.shell(URLS_ON_SERVED_SITE).strip().splitlines()[-1])


@pytest.fixture(scope="module")
def signed_in_state(chromium_browser, live_site):
    """Sign in once as the demo superuser; each test starts a fresh browser context from this session."""
    context = chromium_browser.new_context()
    browser_page = context.new_page()
    browser_page.goto(live_site.url + "/admin/login/")
    browser_page.get_by_label("Username").fill(DEMO_USERNAME)
    browser_page.get_by_label("Password").fill(DEMO_PASSWORD)
    browser_page.get_by_role("button", name="Sign in").click()
    # The demo superuser has the demo authenticator (accounts/demo.py): the admin asks for its code.
    expect(browser_page.get_by_role("heading", level=1)).to_have_text("Enter your code")
    browser_page.get_by_label("Code").fill(fresh_code(bytes.fromhex(DEMO_KEY)))
    browser_page.get_by_role("button", name="Continue").click()
    expect(browser_page).to_have_url(live_site.url + "/admin/")
    state = context.storage_state()
    context.close()
    return state


@pytest.fixture
def admin(chromium_browser, signed_in_state):
    """A signed-in admin tab that records CSP violations (from any frame) and uncaught script errors."""
    context = chromium_browser.new_context(storage_state=signed_in_state, viewport={"width": 1280, "height": 900})
    problems = []
    context.expose_function("reportCspViolation", lambda text: problems.append(f"CSP: {text}"))
    context.add_init_script(REPORT_VIOLATIONS)
    browser_page = context.new_page()
    browser_page.set_default_timeout(10_000)
    browser_page.on("pageerror", lambda error: problems.append(f"JS error: {error}"))
    browser_page.on(
        "console",
        lambda message: problems.append(f"console: {message.text}") if "Refused to" in message.text else None,
    )
    browser_page.problems = problems
    yield browser_page
    context.close()


def visit(admin, live_site, path):
    response = admin.goto(live_site.url + path)
    assert response.status == 200, f"{path} answered {response.status}"
    admin.wait_for_load_state("networkidle")


def assert_no_problems(admin):
    admin.wait_for_timeout(300)  # violations are reported asynchronously
    assert admin.problems == [], "\n".join(dict.fromkeys(admin.problems))


SCREENS = [
    "dashboard",
    "explorer",
    "create standard page",
    "images",
    "edit image",
    "documents",
    "snippets",
    "edit snippet",
    "settings",
    "users",
    "groups",
    "aging pages report",
    "site history report",
    "resources due for review",
    "translation status",
    "childrens voice submissions",
    "search",
]


@pytest.mark.parametrize("screen", SCREENS)
def test_admin_screen_runs_under_its_policy(admin, live_site, admin_urls, screen):
    visit(admin, live_site, admin_urls[screen])
    expect(admin.locator("main, #main").first).to_be_visible()
    assert_no_problems(admin)


def test_page_editor_runs_under_its_policy(admin, live_site, admin_urls):
    """Add a block, write in Draftail, open a chooser modal, and preview the page in the side panel."""
    visit(admin, live_site, admin_urls["edit standard page"])
    admin.get_by_role("button", name="Toggle preview").click()
    preview = admin.frame_locator("#w-preview-iframe")  # the panel swaps in each fresh render
    expect(preview.get_by_role("heading", level=1)).to_have_text("Training for professionals")
    add_block = admin.locator("button.c-sf-add-button")  # the StreamField's own, not Draftail's
    add_block.last.click()
    admin.get_by_role("option", name=re.compile("^Paragraph")).click()
    # The new block's editor takes focus. (A locator, not wait_for_function: Playwright polls a string
    # predicate with eval, which this very policy forbids once the first check comes back false.)
    expect(admin.locator("[contenteditable='true']:focus")).to_have_count(1)
    admin.keyboard.type("Written under a strict policy")
    paragraph = admin.locator(".Draftail-Editor", has_text="Written under a strict policy").last
    expect(paragraph).to_be_visible()
    admin.keyboard.press("Shift+Home")
    expect(admin.get_by_role("button", name=re.compile("^Link"))).to_be_visible()  # Draftail's inline toolbar
    admin.keyboard.press("Control+k")
    modal = admin.locator(".modal-dialog")
    expect(modal.get_by_role("heading", name=re.compile("Choose a page"))).to_be_visible()
    modal.get_by_role("button", name="Close").click()

    add_block.last.click()
    admin.get_by_role("option", name=re.compile("^Image")).click()
    admin.get_by_role("button", name="Choose an image").last.click()
    expect(modal.get_by_role("heading", name=re.compile("Choose an image"))).to_be_visible()
    expect(modal.locator(".listing img").first).to_be_visible()
    modal.get_by_role("button", name="Close").click()

    assert_no_problems(admin)


def test_inline_panels_and_scheduling_run_under_the_policy(admin, live_site, admin_urls):
    """The home page's featured campaigns (an InlinePanel) and the publishing schedule's date pickers."""
    visit(admin, live_site, admin_urls["edit home page"])
    choosers = admin.get_by_role("button", name="Choose a page (Campaign)")
    before = choosers.count()
    admin.get_by_role("button", name="Add Featured campaign").click()
    expect(choosers).to_have_count(before + 1)
    # The new child's chooser works: its set-up script, added from the panel's template, ran.
    choosers.last.click()
    modal = admin.locator(".modal-dialog")
    expect(modal.get_by_role("heading", name=re.compile("Choose"))).to_be_visible()
    modal.get_by_role("button", name="Close").click()
    admin.get_by_role("button", name="Toggle status").click()
    admin.get_by_role("button", name="Set schedule").click()
    admin.get_by_label("Go live date/time").click()
    expect(admin.locator(".xdsoft_datetimepicker").first).to_be_visible()  # the date picker Wagtail's script set up
    assert_no_problems(admin)


def test_translation_editor_runs_under_its_policy(admin, live_site, admin_urls):
    """wagtail-localize's editor (React, styled-components) for the Polish translation of a page."""
    visit(admin, live_site, admin_urls["translate editor"])
    expect(admin.get_by_role("heading", name="English to Polski translation").first).to_be_visible()
    admin.get_by_role("button", name="Edit").first.click()
    expect(admin.locator(".js-translation-editor textarea").first).to_have_value("Bezpieczeństwo w internecie")
    assert_no_problems(admin)
