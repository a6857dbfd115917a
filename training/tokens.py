"""Signed, time-limited links in booking emails (django.core.signing): nothing to store, nothing to guess.

A link names its booking and what it does; an offer link also names the offer it was sent for, so an
old offer's link cannot take a later one.
"""

from django.conf import settings
from django.core import signing

SALT = "training.booking"
CONFIRM, CANCEL, ACCEPT, CERTIFICATE = "confirm", "cancel", "accept", "certificate"
EVALUATE, IMPACT = "evaluate", "impact"
# A cancel link works until long after any session: a year and a half.
CANCEL_MAX_AGE = 60 * 60 * 24 * 550


def max_age(action):
    if action == CONFIRM:
        return settings.KSCB_TRAINING_CONFIRM_HOURS * 3600
    if action == ACCEPT:
        return settings.KSCB_TRAINING_OFFER_HOURS * 3600 + 3600
    return CANCEL_MAX_AGE


def make(booking, action):
    payload = {"b": booking.pk, "a": action}
    if action == ACCEPT and booking.offer_expires_at:
        payload["o"] = int(booking.offer_expires_at.timestamp())
    return signing.dumps(payload, salt=SALT)


def read(token, action):
    """The payload of a valid, unexpired token for this action, or None."""
    try:
        payload = signing.loads(token, salt=SALT, max_age=max_age(action))
    except signing.BadSignature:  # also SignatureExpired
        return None
    if not isinstance(payload, dict) or payload.get("a") != action or not isinstance(payload.get("b"), int):
        return None
    return payload
