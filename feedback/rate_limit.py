"""The guard against floods, kept only in the cache. It marks, never refuses.

A child's message is stored whatever it says: it only decides whether the message is marked as
a possible flood for reviewers. Any cache failure is logged and counts as "allowed", so a dead
or hanging Redis never costs a message. (Replayed forms are caught in the database, with the
submission: feedback/models/start_tokens.py.)

The rate-limit key is a salted hash of the client address that changes every window, so
nothing stored can be turned back into an address, and it expires.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

from kscb_site.client_address import client_address

logger = logging.getLogger(__name__)


def _key(request, window, scope="feedback"):
    address = client_address(request)
    return f"{scope}-rate:" + salted_hmac(f"{scope}.rate-limit", f"{window}:{address}").hexdigest()[:32]


def allow(request, scope="feedback", rule=None):
    """Count this attempt; False once the client has sent too many in the window. Never raises.

    Another form (page feedback) passes its own scope and (limit, seconds), so it keeps a count of its own.
    """
    limit, seconds = rule or settings.KSCB_FEEDBACK_RATE_LIMIT
    try:
        key = _key(request, int(time.time() // seconds), scope)
        cache.add(key, 0, timeout=seconds)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=seconds)
            count = 1
    except Exception:
        logger.exception("Feedback rate limit unavailable; counting this message as allowed")
        return True
    if count is None:  # a cache that swallows its errors (django-redis IGNORE_EXCEPTIONS)
        logger.warning("Feedback rate limit unavailable (no count from the cache); counting as allowed")
        return True
    return count <= limit
