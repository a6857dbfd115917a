"""The demo's accounts (the admin, the children's voice reviewer and the training coordinator): made only
in demo mode, printed by `make run` with the demo password and authenticator, and refused by production's
check if a database that still holds them is brought to production."""

import io
import os
import subprocess
import sys

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

import accounts.demo
import training.demo
from accounts.checks import deploy_demo_accounts, production_demo_accounts
from accounts.demo import DEMO_KEY, DEMO_SECRET, DEMO_USERNAMES
from home.demo import DEMO_PASSWORD
from tests.staff import code_for
from training.demo import COORDINATOR_USERNAME
from training.models import Session


def test_the_demo_training_coordinator_signs_in_with_the_printed_password_and_code(db):
    coordinator = get_user_model().objects.get(username=COORDINATOR_USERNAME)
    assert [group.name for group in coordinator.groups.all()] == ["Training coordinators"]
    assert not coordinator.is_superuser and not coordinator.is_staff
    device = TOTPDevice.objects.get(user=coordinator, confirmed=True)
    assert f"secret={DEMO_SECRET}" in device.config_url

    client = Client()
    assert (
        client.post("/admin/login/", {"username": COORDINATOR_USERNAME, "password": DEMO_PASSWORD}).status_code == 302
    )
    verify = client.get("/admin/two-factor/verify/").content.decode()
    assert f"code right now is <strong>{code_for(device)}</strong>" in verify
    assert client.post("/admin/two-factor/verify/", {"code": code_for(device), "next": ""}).status_code == 302
    session = Session.objects.first()
    assert client.get(reverse("training_register", args=[session.pk])).status_code == 200
    # A coordinator, not an editor: no page explorer.
    assert client.get("/admin/pages/").status_code != 200


def test_make_run_prints_the_coordinators_login_with_the_others(db):
    out = io.StringIO()
    training.demo.load(out)
    accounts.demo.load(out)
    printed = out.getvalue()
    assert f"Demo training coordinator: user: {COORDINATOR_USERNAME}  password: {DEMO_PASSWORD}" in printed
    assert f"Demo two-factor code (demo, reviewer, {COORDINATOR_USERNAME})" in printed
    assert get_user_model().objects.filter(username=COORDINATOR_USERNAME).count() == 1  # loaded twice, made once


def test_no_demo_coordinator_outside_demo_mode(db, settings):
    get_user_model().objects.filter(username=COORDINATOR_USERNAME).delete()
    settings.KSCB_DEMO_MODE = False
    out = io.StringIO()
    training.demo.load(out)
    accounts.demo.load(out)
    assert not get_user_model().objects.filter(username=COORDINATOR_USERNAME).exists()
    assert COORDINATOR_USERNAME not in out.getvalue()


def test_production_refuses_a_database_that_still_holds_the_demo_accounts(db, settings):
    settings.KSCB_PRODUCTION_CHECKS = True
    problems = {problem.id: problem.msg for problem in production_demo_accounts(databases=["default"])}
    assert set(problems) == {"accounts.E001", "accounts.E002"}
    for username in DEMO_USERNAMES:
        assert username in problems["accounts.E001"] and username in problems["accounts.E002"]
    # Django asks checks to read the database only when told; --deploy says it under any settings.
    assert production_demo_accounts(databases=None) == []
    settings.KSCB_PRODUCTION_CHECKS = False
    assert production_demo_accounts(databases=["default"]) == []
    assert {problem.id for problem in deploy_demo_accounts(databases=["default"])} == {"accounts.E001", "accounts.E002"}

    coordinator = get_user_model().objects.get(username=COORDINATOR_USERNAME)
    coordinator.set_password("a-new-long-password")
    coordinator.save()
    TOTPDevice.objects.filter(user=coordinator, key=DEMO_KEY).delete()
    settings.KSCB_PRODUCTION_CHECKS = True
    for problem in production_demo_accounts(databases=["default"]):
        assert COORDINATOR_USERNAME not in problem.msg and "reviewer" in problem.msg


def test_production_settings_refuse_demo_mode():
    """The first gate: with demo mode refused, the demo loader makes no account in production."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "KSCB_", "REDIS_", "CLOUD"))}
    env = {
        **clean,
        "DJANGO_SETTINGS_MODULE": "kscb_site.settings.production",
        "SECRET_KEY": "demo-accounts-test-only",
        "REDIS_URL": "redis://127.0.0.1:6379/15",  # read, not connected to
        "KSCB_DEMO_MODE": "on",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "KSCB_DEMO_MODE must not be on in production" in result.stderr
