"""Each staff member's second factor: one authenticator app and a sheet of backup codes."""

from base64 import b32encode

from django.contrib.auth import get_user_model
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

AUTHENTICATOR_NAME = "Authenticator app"
BACKUP_CODES_NAME = "Backup codes"
BACKUP_CODE_COUNT = 10


def is_enrolled(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def authenticator(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def backup_codes(user):
    return StaticDevice.objects.filter(user=user, confirmed=True).first()


def pending_authenticator(user):
    """The app being set up: kept unconfirmed until a code proves it works, so a reload shows the same secret."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)


def secret_for_typing(device):
    """The secret as authenticator apps ask for it when typed: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@transaction.atomic
def confirm(device):
    """The app gave a right code: it is the user's second factor now. Returns fresh backup codes."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return replace_backup_codes(device.user)


@transaction.atomic
def replace_backup_codes(user):
    """New single-use backup codes; the old ones stop working."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=BACKUP_CODES_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def remove_all(user, by=None, how="reset"):
    """Forget the user's app and backup codes, so they enrol from scratch. Says whether they were enrolled.

    Recorded in the audit log: "removed" by its owner, "reset" by a superuser or from the command line.
    """
    was_enrolled = is_enrolled(user)
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    log(
        # request.user is a lazy wrapper; the audit log files entries under the model instance itself.
        instance=get_user_model().objects.get(pk=user.pk),
        action=f"accounts.two_factor_{how}",
        user=by,
        data={"was_enrolled": was_enrolled, "by": by.get_username() if by else "command line"},
    )
    return was_enrolled
