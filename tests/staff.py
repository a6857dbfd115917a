"""Staff accounts for tests: a user with a password, in one of the staff groups, and their
authenticator app's code."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

STAFF_PASSWORD = "a-long-test-password"  # noqa: S105 - tests only


def make_user(username, group=None, **extra):
    user = get_user_model().objects.create_user(username, f"{username}@kscb.example", STAFF_PASSWORD, **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def add_authenticator(user):
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def code_for(device, steps_ahead=0):
    """The code the device's app shows now (or that many 30-second steps later)."""
    return f"{totp(device.bin_key, step=device.step, digits=device.digits, drift=steps_ahead):06d}"
