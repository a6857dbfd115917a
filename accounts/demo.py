"""Demo mode: the demo admin, reviewer and training coordinator share a known authenticator, so a
newcomer gets in.

Their secret is printed with the demo logins, and the code page shows the current code
for these accounts while demo mode is on (production refuses demo mode, and the demo
passwords are printed anyway, so this gives nothing away; accounts/checks.py refuses a production
database that still holds them). Safe to run twice.
"""

from base64 import b32decode

from django.conf import settings
from django.contrib.auth import get_user_model
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from feedback.demo import REVIEWER_USERNAME
from home.demo import DEMO_USERNAME
from training.demo import COORDINATOR_USERNAME

DEMO_DEVICE_NAME = "Demo authenticator"
DEMO_SECRET = "KSCBDEMOONLYKSCBDEMOONLYKSCBDEMO"  # noqa: S105 - demo mode only, printed; base32 as apps take it
DEMO_KEY = b32decode(DEMO_SECRET).hex()
# Every account the demo makes, all with the printed password (home.demo.DEMO_PASSWORD).
DEMO_USERNAMES = [DEMO_USERNAME, REVIEWER_USERNAME, COORDINATOR_USERNAME]


def load(stdout):
    if not settings.KSCB_DEMO_MODE:
        return
    for user in get_user_model().objects.filter(username__in=DEMO_USERNAMES):
        TOTPDevice.objects.get_or_create(
            user=user, name=DEMO_DEVICE_NAME, defaults={"key": DEMO_KEY, "confirmed": True}
        )
    stdout.write(
        f"Demo two-factor code ({', '.join(DEMO_USERNAMES)}): shown on the code page in demo mode, "
        f"or add the secret {DEMO_SECRET} to an authenticator app"
    )


def current_demo_code(user):
    """The code a demo account's authenticator shows now, only in demo mode; otherwise None."""
    if not settings.KSCB_DEMO_MODE:
        return None
    device = TOTPDevice.objects.filter(user=user, name=DEMO_DEVICE_NAME, confirmed=True).first()
    if device is None:
        return None
    return f"{totp(device.bin_key, step=device.step, digits=device.digits, drift=device.drift):06d}"
