"""A per-client limit on submissions, kept only in the cache.

The key is a salted hash of the client address that changes every window,
so nothing stored can be turned back into an address, and it expires.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac


def _key(request, window):
    address = request.META.get("REMOTE_ADDR", "")
    return "feedback-rate:" + salted_hmac("feedback.rate-limit", f"{window}:{address}").hexdigest()[:32]


def allow(request):
    """Count this attempt; False once the client has sent too many in the window."""
    limit, seconds = settings.KSCB_FEEDBACK_RATE_LIMIT
    key = _key(request, int(time.time() // seconds))
    cache.add(key, 0, timeout=seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)
        count = 1
    return count <= limit
