"""Staff sign-in: lockout after repeated failures, a fresh session at login, and timeouts."""

import time

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.auth import get_user_model

from accounts.middleware import LAST_SEEN, STARTED
from tests.staff import add_authenticator, code_for

LOGIN = "/admin/login/"
PASSWORD = "a-long-staff-password"


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_superuser("staff", "staff@kscb.example", PASSWORD)
    add_authenticator(user)  # superusers must use two-factor authentication
    return user


def sign_in(client, password=PASSWORD, username="staff"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR="192.0.2.10")


def sign_in_with_code(client, staff):
    sign_in(client)
    client.post("/admin/two-factor/verify/", {"code": code_for(staff.totpdevice_set.get())})


def test_five_failures_lock_the_account_out_with_a_clear_message(client, staff):
    for _ in range(5):
        response = sign_in(client, password="wrong")
    response = sign_in(client)  # even the right password, now
    assert response.status_code in (403, 429)
    assert "Sign-in locked for now" in response.content.decode()
    assert AccessAttempt.objects.get(username="staff").failures_since_start >= 5
    assert client.get("/admin/").status_code == 302  # not signed in


def test_successful_sign_in_is_logged_and_resets_failures(client, staff):
    sign_in(client, password="wrong")
    response = sign_in(client)
    assert response.status_code == 302
    assert AccessLog.objects.filter(username="staff").exists()
    assert not AccessAttempt.objects.filter(username="staff").exists()


def test_sign_in_starts_a_new_session(client, staff):
    client.get(LOGIN)
    session = client.session
    session["before"] = "sign-in"
    session.save()
    before = session.session_key
    sign_in(client)
    assert client.session.session_key != before


def age_session(client, **seconds_ago):
    session = client.session
    now = time.time()
    if "idle" in seconds_ago:
        session[LAST_SEEN] = now - seconds_ago["idle"]
    if "started" in seconds_ago:
        session[STARTED] = now - seconds_ago["started"]
    session.save()


def test_thirty_minutes_idle_signs_staff_out(client, staff):
    sign_in_with_code(client, staff)
    assert client.get("/admin/").status_code == 200
    age_session(client, idle=31 * 60)
    response = client.get("/admin/pages/", follow=True)
    assert response.redirect_chain[0][0].startswith(LOGIN)
    assert "signed out after 30 minutes without activity" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_activity_keeps_the_session_until_its_lifetime_ends(client, staff):
    sign_in_with_code(client, staff)
    age_session(client, idle=29 * 60, started=7 * 60 * 60)
    assert client.get("/admin/").status_code == 200
    age_session(client, idle=60, started=8 * 60 * 60 + 1)
    response = client.get("/admin/", follow=True)
    assert "Your session has ended" in response.content.decode()
