"""Production refuses a database that still holds the demo's accounts: their password and authenticator
secret are printed by `make run` and written in the README, so anyone could sign in with them.

Demo mode makes them and production refuses demo mode (kscb_site/settings/production.py); this check
catches the database that was loaded in demo mode somewhere else and brought to production. It reads
the database only when the check is given one (`check --database default`, migrate), as Django asks
of checks; it runs with KSCB_PRODUCTION_CHECKS on (production settings) and with `check --deploy`.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.core import checks
from django.db import DatabaseError


def demo_account_problems(databases=None):
    if not databases or "default" not in databases:
        return []
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from home.demo import DEMO_PASSWORD

    from .demo import DEMO_KEY, DEMO_USERNAMES

    try:
        users = list(
            get_user_model().objects.filter(username__in=DEMO_USERNAMES, is_active=True).only("username", "password")
        )
        with_demo_secret = sorted(
            TOTPDevice.objects.filter(key=DEMO_KEY).values_list("user__username", flat=True).distinct()
        )
    except DatabaseError:
        return []  # before the first migrate
    # The hasher's own check: User.check_password would also re-hash and save an old-style hash.
    with_demo_password = sorted(user.username for user in users if check_password(DEMO_PASSWORD, user.password))
    problems = []
    if with_demo_password:
        problems.append(
            checks.Error(
                f"Demo accounts with the printed demo password: {', '.join(with_demo_password)}.",
                hint="This database was loaded in demo mode: delete these accounts (or give them new "
                "passwords) before the site goes live.",
                id="accounts.E001",
            )
        )
    if with_demo_secret:
        problems.append(
            checks.Error(
                f"Accounts whose authenticator is the demo's printed secret: {', '.join(with_demo_secret)}.",
                hint="Reset their two-factor authentication (manage.py reset_2fa USERNAME).",
                id="accounts.E002",
            )
        )
    return problems


@checks.register(checks.Tags.security)
def production_demo_accounts(app_configs=None, databases=None, **kwargs):
    return demo_account_problems(databases) if settings.KSCB_PRODUCTION_CHECKS else []


@checks.register(checks.Tags.security, deploy=True)
def deploy_demo_accounts(app_configs=None, databases=None, **kwargs):
    # With KSCB_PRODUCTION_CHECKS on, production_demo_accounts says it already.
    return [] if settings.KSCB_PRODUCTION_CHECKS else demo_account_problems(databases)
