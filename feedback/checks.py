"""Production refuses to start when an alert could go nowhere.

Run by `manage.py check --deploy`, and by every management command (migrate, db_worker, the
periodic commands) when KSCB_PRODUCTION_CHECKS is on, as it is in production settings.
"""

from django.conf import settings
from django.core import checks
from django.db import DatabaseError

UNSENT_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
}
# Reserved for examples and tests (RFC 2606, RFC 6761): mail to them reaches nobody.
DEMO_DOMAINS = ("example", "example.com", "example.org", "example.net", "test", "invalid", "localhost", "local")


def is_demo_address(address):
    domain = address.rpartition("@")[2].strip().lower().rstrip(".")
    return any(domain == demo or domain.endswith("." + demo) for demo in DEMO_DOMAINS)


def alert_addresses(databases):
    """The duty and out-of-hours addresses alerts go to: the admin's setting, else the server's.

    The admin's settings are read only when the check is given a database (`check --database default`,
    migrate), as Django asks of checks; otherwise the server's settings must name both addresses.
    """
    addresses = {
        "duty address": settings.KSCB_FEEDBACK_DUTY_EMAIL,
        "out-of-hours (escalation) address": settings.KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL,
    }
    if not databases or "default" not in databases:
        return addresses
    try:
        from .models import FeedbackSettings

        row = FeedbackSettings.objects.order_by("pk").values("duty_safeguarding_email", "out_of_hours_email").first()
    except DatabaseError:
        return addresses  # before the first migrate
    row = row or {}
    return {
        "duty address": row.get("duty_safeguarding_email") or addresses["duty address"],
        "out-of-hours (escalation) address": row.get("out_of_hours_email")
        or addresses["out-of-hours (escalation) address"],
    }


def alert_settings_problems(databases=None):
    problems = []
    if settings.EMAIL_BACKEND in UNSENT_BACKENDS:
        problems.append(
            checks.Error(
                f"EMAIL_BACKEND is {settings.EMAIL_BACKEND}: no alert about a child's message would be delivered.",
                hint="Set EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend and EMAIL_HOST.",
                id="feedback.E001",
            )
        )
    for name, address in alert_addresses(databases).items():
        if not address:
            problems.append(
                checks.Error(
                    f"The children's voice {name} is blank: urgent messages would alert nobody.",
                    hint="Set it in Settings > Children's voice, or KSCB_FEEDBACK_DUTY_EMAIL and "
                    "KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL in the environment.",
                    id="feedback.E002",
                )
            )
        elif is_demo_address(address):
            problems.append(
                checks.Error(
                    f"The children's voice {name} {address} is a demo address that receives no mail.",
                    hint="Use a monitored safeguarding mailbox.",
                    id="feedback.E003",
                )
            )
    if not settings.KSCB_REQUIRE_2FA:
        problems.append(
            checks.Error(
                "KSCB_REQUIRE_2FA is off: a password alone would open children's messages.",
                hint="Remove KSCB_REQUIRE_2FA from the environment, or set it to on.",
                id="feedback.E004",
            )
        )
    return problems


@checks.register(checks.Tags.security, deploy=True)
def deploy_alert_settings(app_configs=None, databases=None, **kwargs):
    if settings.KSCB_PRODUCTION_CHECKS:
        return []  # production_alert_settings says it already
    return alert_settings_problems(databases)


@checks.register(checks.Tags.security)
def production_alert_settings(app_configs=None, databases=None, **kwargs):
    if not settings.KSCB_PRODUCTION_CHECKS:
        return []
    return alert_settings_problems(databases)


@checks.register(checks.Tags.security, deploy=True)
def mash_number_without_database(app_configs=None, **kwargs):
    """The pages that work without the database (the error page, the children's voice "not sent"
    page) can only show the MASH number the server's environment gives them."""
    if settings.KSCB_FALLBACK_CONTACTS.get("mash_phone"):
        return []
    return [
        checks.Warning(
            "KSCB_MASH_PHONE is blank: with the database down, the error page and the children's voice "
            "'message not sent' page show 999 and Childline but no MASH number.",
            hint="Set KSCB_MASH_PHONE to the Knowsley MASH number in the server's environment.",
            id="feedback.W005",
        )
    ]
