"""Two-factor authentication in the admin: who must enrol, the code after the password, and resets.

Staff sign in through the real login form here (the shared client's force_login would
pass the second factor for them), and codes are computed from the device's key.
"""

import logging
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from accounts.demo import DEMO_SECRET
from tests.staff import STAFF_PASSWORD as PASSWORD
from tests.staff import add_authenticator, code_for, make_user

LOGIN = "/admin/login/"
ENROL = "/admin/two-factor/"
VERIFY = "/admin/two-factor/verify/"
SUBMISSIONS = "/admin/childrens-voice/submissions/"
MUST_ENROL = "Your account can see children's submissions, so it must use two-factor authentication"
WRONG = "That code is not right"


@pytest.fixture
def reviewer(db):
    return make_user("voice-reviewer", "Children's voice reviewers")


@pytest.fixture
def editor(db):
    return make_user("page-editor", "Editors")


@pytest.fixture
def superuser(db):
    return make_user("site-admin", is_superuser=True, is_staff=True)


def wrong_code_for(device):
    # Not the code of this 30 seconds nor of either neighbour, which the device also accepts.
    accepted = {code_for(device, steps) for steps in (-1, 0, 1)}
    return next(code for code in (f"{n:06d}" for n in range(1000)) if code not in accepted)


def sign_in(client, user):
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, "the password step must succeed"
    return response


def enter_code(client, code, next_url=""):
    return client.post(VERIFY, {"code": code, "next": next_url})


def test_unenrolled_reviewer_is_sent_to_enrol_and_cannot_reach_the_submissions(client, reviewer):
    sign_in(client, reviewer)
    for url in (SUBMISSIONS, "/admin/", "/admin/pages/", VERIFY):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(ENROL + "?next="), url
    page = client.get(SUBMISSIONS, follow=True).content.decode()
    assert MUST_ENROL in page
    assert "<svg" in page and "<title>QR code to scan" in page  # the QR code is inline markup
    assert "Children's voice submissions" not in page
    # What the enrolment page itself loads: the admin's icons, not another copy of the page.
    sprite = client.get("/admin/sprite/").content.decode()
    assert '<symbol id="icon-' in sprite and "<html" not in sprite


def test_enrolling_with_a_code_from_the_app_opens_the_admin(client, reviewer, caplog):
    sign_in(client, reviewer)
    client.get(f"{ENROL}?next={SUBMISSIONS}")
    pending = TOTPDevice.objects.get(user=reviewer, confirmed=False)
    shown = re.search(r'id="two-factor-secret">([A-Z2-7 ]+)<', client.get(ENROL).content.decode())[1]
    secret = shown.replace(" ", "")
    assert f"secret={secret}" in pending.config_url  # the key shown is the key checked

    with caplog.at_level(logging.INFO, logger="accounts.two_factor"):
        code = code_for(pending)
        response = client.post(ENROL, {"code": code, "next": SUBMISSIONS}, follow=True)
    page = response.content.decode()
    assert "Two-factor authentication is on" in page
    assert len(re.findall(r"<li><code>[a-z2-7]{8}</code></li>", page)) == 10, "ten backup codes, shown once"
    assert client.get(SUBMISSIONS).status_code == 200
    assert "Your backup codes" not in client.get(ENROL).content.decode()
    assert "two-factor enrolled: voice-reviewer" in caplog.text
    assert code not in caplog.text


def test_a_wrong_code_does_not_enrol(client, reviewer):
    sign_in(client, reviewer)
    client.get(ENROL)
    pending = TOTPDevice.objects.get(user=reviewer, confirmed=False)
    response = client.post(ENROL, {"code": wrong_code_for(pending)})
    assert WRONG in response.content.decode()
    assert not TOTPDevice.objects.filter(user=reviewer, confirmed=True).exists()
    assert client.get(SUBMISSIONS).status_code == 302


def test_enrolled_reviewer_enters_a_code_before_any_admin_page(client, reviewer):
    device = add_authenticator(reviewer)
    sign_in(client, reviewer)
    response = client.get(SUBMISSIONS)
    assert response.status_code == 302
    assert response["Location"] == f"{VERIFY}?next=%2Fadmin%2Fchildrens-voice%2Fsubmissions%2F"
    assert client.get(ENROL)["Location"].startswith(VERIFY), "nobody removes a device without the code"
    assert "Enter your code" in client.get(VERIFY).content.decode()

    response = enter_code(client, code_for(device), next_url=SUBMISSIONS)
    assert response.status_code == 302 and response["Location"] == SUBMISSIONS
    assert client.get(SUBMISSIONS).status_code == 200


def test_a_wrong_code_is_refused_with_a_message_and_slows_the_next_try(client, reviewer, caplog):
    device = add_authenticator(reviewer)
    sign_in(client, reviewer)
    wrong = wrong_code_for(device)
    with caplog.at_level(logging.INFO, logger="accounts.two_factor"):
        response = enter_code(client, wrong)
    assert response.status_code == 200 and WRONG in response.content.decode()
    assert client.get(SUBMISSIONS).status_code == 302
    assert "app code refused for voice-reviewer: wrong" in caplog.text and wrong not in caplog.text

    # django-otp's throttling: straight after a failure even the right code must wait.
    response = enter_code(client, code_for(device))
    assert "Too many wrong codes. Wait" in response.content.decode()
    assert client.get(SUBMISSIONS).status_code == 302

    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    device.throttling_failure_timestamp = timezone.now() - timedelta(seconds=5)
    device.save()
    assert enter_code(client, code_for(device)).status_code == 302
    assert client.get(SUBMISSIONS).status_code == 200


def test_a_backup_code_works_once(client, reviewer):
    add_authenticator(reviewer)
    backup = StaticDevice.objects.create(user=reviewer, name="Backup codes")
    backup.token_set.create(token="abcd2345")
    sign_in(client, reviewer)
    response = enter_code(client, "ABCD 2345", next_url=SUBMISSIONS)
    assert response["Location"] == SUBMISSIONS
    assert not backup.token_set.exists()

    other = Client()
    sign_in(other, reviewer)
    assert WRONG in enter_code(other, "abcd2345").content.decode()


def test_an_editor_without_an_app_uses_the_admin(client, editor):
    sign_in(client, editor)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200
    assert "Off: set up an authenticator app" in client.get("/admin/account/").content.decode()


def test_an_editor_who_enrolled_is_asked_for_the_code_too(client, editor):
    add_authenticator(editor)
    sign_in(client, editor)
    assert client.get("/admin/pages/")["Location"].startswith(VERIFY)


def test_superusers_must_enrol(client, superuser):
    sign_in(client, superuser)
    assert client.get("/admin/users/")["Location"].startswith(ENROL)


def test_verification_lasts_only_for_its_session(client, reviewer):
    device = add_authenticator(reviewer)
    sign_in(client, reviewer)
    enter_code(client, code_for(device))
    assert client.get(SUBMISSIONS).status_code == 200

    elsewhere = Client()
    sign_in(elsewhere, reviewer)
    assert elsewhere.get(SUBMISSIONS)["Location"].startswith(VERIFY)

    client.post("/admin/logout/")
    sign_in(client, reviewer)
    assert client.get(SUBMISSIONS)["Location"].startswith(VERIFY)


def test_passing_the_second_factor_starts_a_new_session(client, reviewer):
    device = add_authenticator(reviewer)
    sign_in(client, reviewer)
    before = client.session.session_key
    enter_code(client, code_for(device))
    assert client.session.session_key != before


def test_after_the_code_staff_go_only_to_this_site(client, reviewer):
    device = add_authenticator(reviewer)
    sign_in(client, reviewer)
    response = enter_code(client, code_for(device), next_url="https://attacker.example/admin/")
    assert response["Location"] == "/admin/"


def test_enforcement_can_be_turned_off_but_enrolled_staff_still_enter_codes(client, reviewer, editor, settings):
    settings.KSCB_REQUIRE_2FA = False
    sign_in(client, reviewer)
    assert client.get(SUBMISSIONS).status_code == 200
    add_authenticator(editor)
    other = Client()
    sign_in(other, editor)
    assert other.get("/admin/")["Location"].startswith(VERIFY)


def test_staff_turn_off_their_optional_app_but_reviewers_must_set_up_another(client, editor, reviewer):
    client.force_login(editor)  # signed in with a second factor
    assert "Turn off two-factor authentication" in client.get(ENROL).content.decode()
    client.post("/admin/two-factor/remove/")
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    assert client.get("/admin/pages/").status_code == 200

    client.force_login(reviewer)
    assert "Set up a different app" in client.get(ENROL).content.decode()
    client.post("/admin/two-factor/remove/")
    assert client.get(SUBMISSIONS)["Location"].startswith(ENROL)


def test_a_superuser_resets_someones_app_from_the_users_list(client, superuser, reviewer, editor):
    add_authenticator(reviewer)
    client.force_login(superuser)
    reset_url = f"/admin/two-factor/reset/{reviewer.pk}/"
    assert reset_url in client.get("/admin/users/").content.decode()
    assert "Remove the authenticator app and backup codes of voice-reviewer?" in client.get(reset_url).content.decode()
    client.post(reset_url)
    assert not TOTPDevice.objects.filter(user=reviewer).exists()

    client.force_login(editor)
    assert client.get("/admin/users/").status_code != 200
    response = client.post(f"/admin/two-factor/reset/{superuser.pk}/")
    assert response.status_code == 302 and response["Location"] == "/admin/"  # Wagtail's "no permission"
    assert TOTPDevice.objects.filter(user=superuser).exists()


def test_reset_command_removes_the_app_and_backup_codes(reviewer, capsys):
    add_authenticator(reviewer)
    StaticDevice.objects.create(user=reviewer, name="Backup codes")
    call_command("reset_2fa", "voice-reviewer")
    assert "Removed the authenticator app and backup codes of voice-reviewer" in capsys.readouterr().out
    assert not TOTPDevice.objects.filter(user=reviewer).exists()
    assert not StaticDevice.objects.filter(user=reviewer).exists()


def test_demo_accounts_get_in_with_the_printed_secret_and_see_the_code_in_demo_mode(client, settings, db):
    demo = get_user_model().objects.get(username="demo")
    demo.set_password(PASSWORD)
    demo.save()
    device = TOTPDevice.objects.get(user=demo, confirmed=True)
    assert f"secret={DEMO_SECRET}" in device.config_url
    sign_in(client, demo)
    assert f"code right now is <strong>{code_for(device)}</strong>" in client.get(VERIFY).content.decode()
    settings.KSCB_DEMO_MODE = False
    assert "code right now" not in client.get(VERIFY).content.decode()


def test_resets_and_removals_are_in_the_audit_log(client, superuser, reviewer, editor):
    add_authenticator(reviewer)
    client.force_login(superuser)
    client.post(f"/admin/two-factor/reset/{reviewer.pk}/")
    reset = ModelLogEntry.objects.for_instance(reviewer).get(action="accounts.two_factor_reset")
    assert reset.user == superuser and reset.data["was_enrolled"] is True

    client.force_login(editor)
    client.post("/admin/two-factor/remove/")
    removed = ModelLogEntry.objects.for_instance(editor).get(action="accounts.two_factor_removed")
    assert removed.user == editor

    add_authenticator(reviewer)
    call_command("reset_2fa", "voice-reviewer", stdout=open("/dev/null", "w"))  # noqa: SIM115
    by_command = ModelLogEntry.objects.for_instance(reviewer).filter(action="accounts.two_factor_reset")
    assert by_command.count() == 2
    assert by_command.filter(user=None, data__by="command line").exists()
    assert reset.message == "Reset two-factor authentication"


def test_demo_mode_says_a_code_used_in_the_last_30_seconds_is_refused(settings, db):
    demo = get_user_model().objects.get(username="demo")
    demo.set_password(PASSWORD)
    demo.save()
    device = TOTPDevice.objects.get(user=demo, confirmed=True)
    first, second = Client(), Client()
    sign_in(first, demo)
    code = code_for(device)
    assert enter_code(first, code).status_code == 302

    # Straight after, in another session, the same right code is refused (replay protection) ...
    sign_in(second, demo)
    refused = enter_code(second, code)
    page = refused.content.decode()
    assert refused.status_code == 200 and WRONG in page
    # ... and the page says so plainly, and what to do, in demo mode.
    assert "A code used in the last 30 seconds is refused" in page and "wait for the next" in page
    # Shown in a box of its own, not in Wagtail's sliding message list that starts over the heading.
    assert re.search(r'class="kscb-code-messages" role="status">\s*<div class="help-block help-critical">', page)
    settings.KSCB_DEMO_MODE = False
    assert "in the last 30 seconds" not in enter_code(second, code).content.decode()
