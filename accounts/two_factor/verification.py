"""Checking a code, with django-otp's throttling, and remembering for this session that it passed.

Every wrong code makes the device wait longer before it will check another (1, 2, 4, 8 …
seconds), so guessing six digits is hopeless. Successes and failures are logged, never the code.
"""

import logging
import math

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django_otp import login as otp_login

from . import devices

logger = logging.getLogger("accounts.two_factor")

WRONG_CODE = "That code is not right. Enter the newest 6-digit code from your authenticator app, or a backup code."
WAIT = "Too many wrong codes. Wait {seconds} seconds, then enter the newest code."


def is_backup_code(code):
    return not (len(code) == 6 and code.isdigit())


def normalise(code):
    return "".join(code.split()).replace("-", "").lower()


def check(user, code, device=None):
    """Return the device that accepts the code (the user's app or backup codes) or raise ValidationError.

    `device` is the app being set up, when enrolling; otherwise the user's own devices are tried.
    """
    code = normalise(code)
    if device is None:
        device = devices.backup_codes(user) if is_backup_code(code) else devices.authenticator(user)
    if device is None:
        logger.warning("two-factor code refused for %s: no such device", user.get_username())
        raise ValidationError(WRONG_CODE, code="wrong")
    with transaction.atomic():
        # Locked, so two requests at once cannot both spend a wrong guess without it being counted.
        device = type(device).objects.select_for_update().get(pk=device.pk)
        allowed, throttle = device.verify_is_allowed()
        accepted = allowed and device.verify_token(code)
    kind = "backup code" if is_backup_code(code) else "app code"
    if accepted:
        logger.info("two-factor %s accepted for %s", kind, user.get_username())
        return device
    if not allowed:
        seconds = math.ceil((throttle["locked_until"] - timezone.now()).total_seconds())
        logger.warning("two-factor code refused for %s: too many wrong codes", user.get_username())
        raise ValidationError(WAIT.format(seconds=max(seconds, 1)), code="throttled")
    logger.warning("two-factor %s refused for %s: wrong", kind, user.get_username())
    raise ValidationError(WRONG_CODE, code="wrong")


def mark_verified(request, device):
    """This session has passed the second factor. A new session key, as at any change of privilege."""
    request.session.cycle_key()
    otp_login(request, device)
