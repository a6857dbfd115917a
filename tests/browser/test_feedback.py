"""The children's voice in real Chromium: keyboard-only use, help first, errors, reviewers, axe-core,
and 200 submissions at once through the served site."""

import http.cookiejar
import json
import re
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from playwright.sync_api import expect

from .conftest import NARROW, WIDE, fresh_code

pytestmark = pytest.mark.browser

FORM = "/have-your-say/"
PASSWORD = "a-long-browser-password"
# Reviewers must use two-factor authentication: the browser reviewer's authenticator key (hex).
REVIEWER_TOTP_KEY = "6b7363622d62726f777365722d7265766965776572"
# The served site refuses forms sent sooner than this after they were shown (settings/test.py).
MIN_SECONDS = 1.1


@pytest.fixture(scope="module")
def people(live_site):
    """A reviewer and an editor on the served site, and an urgent submission older than a calm one."""
    code = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from datetime import timedelta
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from feedback.models import Submission
User = get_user_model()
for name, group in (("browser-reviewer", "Children's voice reviewers"), ("browser-editor", "Editors")):
    user = User.objects.filter(username=name).first() or User.objects.create_user(name, password={PASSWORD!r})
    user.groups.add(Group.objects.get(name=group))
TOTPDevice.objects.get_or_create(
    user=User.objects.get(username="browser-reviewer"),
    name="Browser",
    defaults={{"key": {REVIEWER_TOTP_KEY!r}, "confirmed": True}},
)
old = timezone.now() - timedelta(days=2)
urgent = Submission.objects.create(language="en-gb", message="Browser urgent: he hits me", urgent=True, created_at=old)
calm = Submission.objects.create(language="en-gb", message="Browser calm: more parks please")
print(urgent.pk, calm.pk, urgent.reference, calm.reference)
"""
    urgent_pk, calm_pk, urgent_ref, calm_ref = live_site.shell(code).split()[-4:]
    return {
        "reviewer": "browser-reviewer",
        "editor": "browser-editor",
        "urgent": urgent_pk,
        "calm": calm_pk,
        "urgent_ref": urgent_ref,
        "calm_ref": calm_ref,
    }


def tab_to(page, predicate_js, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => {predicate_js})(document.activeElement)"):
            return
    pytest.fail(f"Keyboard focus never reached: {predicate_js}")


def wait_before_sending():
    time.sleep(MIN_SECONDS)


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
def test_form_error_state_thanks_and_you_said_we_did_pass_axe(page, live_site, assert_accessible, viewport):
    page.set_viewport_size(viewport)

    def check():
        assert_accessible(page)
        if viewport == NARROW:
            assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]

    page.goto(live_site.url + FORM)
    check()
    page.get_by_label("Yes", exact=True).check()
    check()  # the contact questions, shown
    page.get_by_label("Your email address or phone number").fill("not-an-email")
    wait_before_sending()
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check()
    page.get_by_label("What do you want to tell us?").fill("I would like more clubs in Kirkby")
    page.get_by_label("No", exact=True).check()
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for telling us")
    check()
    page.get_by_role("link", name="See what young people told us and what we did about it").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You said, we did")
    check()


def test_young_person_sends_anonymously_by_keyboard_only(page, live_site):
    page.goto(live_site.url + FORM)
    tab_to(page, "el.name === 'message'")
    page.keyboard.type("Keyboard only: can the library stay open later on Saturdays?")
    expect(page.locator("[data-character-count]")).to_have_text(re.compile(r"You have 1\d\d\d characters left"))
    tab_to(page, "el.name === 'topics' && el.labels[0].textContent === 'School or college'")
    page.keyboard.press("Space")
    tab_to(page, "el.name === 'age_group'")
    page.keyboard.press("ArrowDown")  # 11 to 13
    # Anonymous is already chosen: the contact questions stay hidden and out of the tab order.
    expect(page.get_by_label("Your first name or a nickname")).to_be_hidden()
    tab_to(page, "el.id === 'feedback-send'")
    wait_before_sending()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for telling us")
    stored = live_site.shell(
        "from feedback.models import Submission; import json; "
        "s = Submission.objects.get(message__startswith='Keyboard only'); "
        "print(json.dumps([s.age_group, s.wants_reply, s.contact_name, s.urgent, s.topic_names()]))"
    )
    assert json.loads(stored.splitlines()[-1]) == ["11-13", False, "", False, "School or college"]


def test_disclosure_shows_help_first_calmly(page, live_site, assert_accessible):
    page.goto(live_site.url + FORM)
    page.get_by_label("What do you want to tell us?").fill("I'm scared to go home, my mum's boyfriend keeps hitting me")
    wait_before_sending()
    page.get_by_role("button", name="Send").click()
    headings = page.locator("main h1, main h2").all_inner_texts()
    assert headings[0] == "Get help now"
    assert headings.index("Get help now") < headings.index("Thank you for telling us")
    expect(page.locator("main")).not_to_contain_text(re.compile("urgent|flag", re.IGNORECASE))
    expect(page.locator("main").get_by_role("link", name="999")).to_be_visible()
    assert_accessible(page)


def test_validation_error_is_recovered_without_losing_text(page, live_site):
    page.goto(live_site.url + FORM)
    message = "Please don't lose this: the bus to Huyton never comes on time"
    page.get_by_label("What do you want to tell us?").fill(message)
    page.get_by_label("Yes", exact=True).check()
    page.get_by_label("Your first name or a nickname").fill("Ash")
    page.get_by_role("radio", name="Email").check()
    page.get_by_label("Your email address or phone number").fill("ash@")
    page.get_by_label("Yes, it is safe").check()
    wait_before_sending()
    page.get_by_role("button", name="Send").click()
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(page.get_by_label("What do you want to tell us?")).to_have_value(message)
    summary.get_by_role("link", name=re.compile("Enter an email address")).click()
    field = page.get_by_label("Your email address or phone number")
    expect(field).to_be_focused()
    field.fill("ash@example.com")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for telling us")


def test_csrf_failure_keeps_the_text_ready_to_send(page, live_site, assert_accessible):
    """Cookies cleared while writing (as "Staying safe online" advises): nothing typed is lost."""
    page.goto(live_site.url + FORM)
    message = f"Cookies cleared {time.time_ns()}: someone online keeps asking me for photos"
    page.get_by_label("What do you want to tell us?").fill(message)
    page.context.clear_cookies()
    wait_before_sending()
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", name="Your message has not been sent yet")).to_be_visible()
    expect(page.get_by_label("What do you want to tell us?")).to_have_value(message)
    expect(page.get_by_role("link", name="Exit this page").first).to_be_attached()
    expect(page.locator("main").get_by_role("link", name="999").first).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for telling us")
    stored = live_site.shell(
        f"from feedback.models import Submission; print(Submission.objects.filter(message={message!r}).count())"
    )
    assert stored.split()[-1] == "1"


def test_contact_safety_questions_by_keyboard(page, live_site, assert_accessible):
    page.goto(live_site.url + FORM)
    tab_to(page, "el.name === 'message'")
    page.keyboard.type("Keyboard reply: can someone tell me about young carers groups?")
    tab_to(page, "el.name === 'wants_reply'")
    page.keyboard.press("ArrowDown")  # from No to Yes
    tab_to(page, "el.name === 'contact_name'")
    page.keyboard.type("Robin")
    tab_to(page, "el.name === 'contact_method'")
    page.keyboard.press("Space")  # Email
    tab_to(page, "el.name === 'contact_detail'")
    page.keyboard.type("robin@example.com")
    tab_to(page, "el.name === 'safe_to_contact'")
    expect(page.get_by_text("If you share a phone, tablet or email with someone")).to_be_visible()
    page.keyboard.press("Space")  # Yes, it is safe
    page.keyboard.press("ArrowDown")  # No, someone else might see it
    page.keyboard.press("ArrowDown")  # I'm not sure
    tab_to(page, "el.name === 'good_time'")
    page.keyboard.type("after school")
    assert_accessible(page)
    tab_to(page, "el.id === 'feedback-send'")
    wait_before_sending()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for telling us")
    expect(page.locator("#reference")).to_have_text(re.compile(r"^[ACDEFGHJKMNPQRTUVWXY34679]{6}$"))
    assert_accessible(page)
    stored = live_site.shell(
        "from feedback.models import Submission; import json; "
        "s = Submission.objects.get(message__startswith='Keyboard reply'); "
        "print(json.dumps([s.contact_name, s.contact_detail, s.safe_to_contact, s.good_time_to_contact]))"
    )
    assert json.loads(stored.splitlines()[-1]) == ["Robin", "robin@example.com", "not-sure", "after school"]


def log_in(page, live_site, username, totp_key=None):
    page.goto(live_site.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    if totp_key:
        expect(page.get_by_role("heading", level=1)).to_have_text("Enter your code")
        page.get_by_label("Code").fill(fresh_code(bytes.fromhex(totp_key)))
        page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(live_site.url + "/admin/")


def test_reviewer_sees_urgent_first_and_changes_status(page, live_site, people):
    log_in(page, live_site, people["reviewer"], totp_key=REVIEWER_TOTP_KEY)
    expect(page.locator("main")).to_contain_text(re.compile(r"\d+ urgent \(not closed\) and \d+ new"))
    page.goto(live_site.url + "/admin/childrens-voice/submissions/")
    rows = page.locator("table tbody tr")
    urgent_row = rows.filter(has_text=people["urgent_ref"])
    calm_row = rows.filter(has_text=people["calm_ref"])
    assert rows.all_inner_texts().index(urgent_row.inner_text()) < rows.all_inner_texts().index(calm_row.inner_text())
    urgent_row.get_by_role("link", name=people["urgent_ref"]).click()
    expect(page.get_by_text("Browser urgent: he hits me")).to_be_visible()
    page.get_by_role("combobox", name=re.compile("^Status")).select_option(label="In review")
    page.get_by_label("Add a note").fill("Passed to the duty team")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_contain_text("updated")
    status = live_site.shell(
        f"from feedback.models import Submission; print(Submission.objects.get(pk={people['urgent']}).status)"
    )
    assert status.split()[-1] == "in_review"


def test_editor_cannot_reach_any_submission(page, live_site, people):
    log_in(page, live_site, people["editor"])
    expect(page.get_by_role("navigation")).not_to_contain_text("Voice messages")
    base = live_site.url + "/admin/childrens-voice/submissions/"
    for path in ("", f"edit/{people['urgent']}/", f"history/{people['urgent']}/", "?export=csv"):
        response = page.goto(base + path)
        assert page.url == live_site.url + "/admin/" or response.status in (403, 404), path
        expect(page.locator("body")).not_to_contain_text("Browser urgent")


def test_200_submissions_at_once_are_all_stored(live_site):
    """Sent together through the served site (gunicorn, 2 workers x 4 threads): 200 in, 200 stored, no errors."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = opener.open(live_site.url + FORM).read().decode()
    started = re.search(r'name="started" value="([^"]+)"', html).group(1)
    csrf = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
    wait_before_sending()
    total = 200
    marker = f"Concurrency {time.time_ns()}"
    gate = threading.Barrier(total)
    no_redirects = urllib.request.build_opener(NoRedirect)

    def send(number):
        body = urllib.parse.urlencode(
            {"message": f"{marker} #{number}", "wants_reply": "no", "started": started, "csrfmiddlewaretoken": csrf}
        ).encode()
        request = urllib.request.Request(  # noqa: S310 - our own loopback server
            live_site.url + FORM, data=body, headers={"Cookie": f"csrftoken={csrf}", "Referer": live_site.url + FORM}
        )
        gate.wait()
        try:
            return no_redirects.open(request, timeout=120).status
        except urllib.error.HTTPError as error:
            return error.code

    began = time.monotonic()
    with ThreadPoolExecutor(max_workers=total) as pool:
        statuses = list(pool.map(send, range(total)))
    seconds = time.monotonic() - began
    stored = live_site.shell(
        "from feedback.models import Submission; "
        f"sent = Submission.objects.filter(message__startswith={marker!r}); "
        "print(sent.count(), sent.filter(possible_spam=False).count())"
    )
    print(f"\n200 simultaneous submissions: {seconds:.1f}s, {total / seconds:.0f} per second")
    assert statuses == [302] * total
    # One start token sent 200 times at once: all stored, exactly one unmarked, the 199 replays marked.
    assert [int(count) for count in stored.split()[-2:]] == [total, 1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

    def http_error_302(self, request, response, code, message, headers):
        return response
