"""What each app process keeps in memory per content generation instead of rebuilding per request.

The site chrome (menu, breadcrumbs, language links, safeguarding contacts and footer
words: home/templatetags/kscb_tags.py, home/context_processors.py), where each URL
leads (home/routing.py) and each resource library's filter index
(resources/facet_index.py) change only when an editor publishes, unpublishes, moves or
deletes a page or saves a setting, snippet or site, and each of those starts a new cache
generation (home/cache.py, shared in Redis by every app server). So each process keeps
what it built under the current generation and builds again once the generation moves
on; a 10-minute maximum age is a safety net. With Redis down the generation is unknown
and everything is built for each request: slower, never stale.

Values kept here are shared by every request the process serves: read them, never
change them.
"""

import contextvars
import threading
import time
from contextlib import contextmanager

from kscb_site.page_cache import current_generation

MAX_AGE_SECONDS = 600
MAX_ENTRIES = 5000

_memo = {}
_memo_generation = None
_lock = threading.Lock()
# The request being served, for code Wagtail calls without one (the view-restriction check).
_serving = contextvars.ContextVar("kscb_serving_request", default=None)


@contextmanager
def serving(request):
    """While `request` is served, `remembered(None, …)` reads its generation instead of Redis again."""
    token = _serving.set(request)
    try:
        yield
    finally:
        _serving.reset(token)


def request_generation(request):
    """The site's cache generation, read once per request (the page cache may have read it already)."""
    if request is None:
        request = _serving.get()
    if request is None:
        return current_generation()
    if not hasattr(request, "_kscb_generation"):
        request._kscb_generation = current_generation()
    return request._kscb_generation


MISSING = object()


def recall(request, key):
    """What was kept for `key` under the current generation, or MISSING."""
    return _recall(request_generation(request), key)


def remember(request, key, value):
    """Keep `value` for `key` under the current generation (nothing is kept when it is unknown).
    Build `value` after reading the generation (`recall` first), never before."""
    return _remember(request_generation(request), key, value)


def remembered(request, key, build):
    """`build()`, or what it returned for `key` earlier under the current generation.

    Pass the request when there is one: the generation is then read from Redis once per request.
    At most MAX_ENTRIES are kept, the least recently used dropped first, so that a crawler
    walking every page cannot push out what every reader needs (the menu, a library's index).
    """
    generation = request_generation(request)
    value = _recall(generation, key)
    if value is MISSING:
        value = _remember(generation, key, build())
    return value


def _recall(generation, key):
    if generation is None:
        return MISSING
    with _lock:
        entry = _memo.pop(key, None)
        if entry is not None and entry[0] == generation and time.monotonic() - entry[1] < MAX_AGE_SECONDS:
            _memo[key] = entry  # now the most recently used
            return entry[2]
    return MISSING


def _remember(generation, key, value):
    # The generation is the one read before `value` was built: if it has moved on since,
    # the value is kept under the old one and never served again.
    global _memo_generation
    if generation is None:
        return value
    with _lock:
        if generation != _memo_generation:
            _memo.clear()  # what was kept belongs to an older generation
            _memo_generation = generation
        while len(_memo) >= MAX_ENTRIES:
            del _memo[next(iter(_memo))]  # dicts keep insertion order: the first is the least recent
        _memo[key] = (generation, time.monotonic(), value)
    return value


def forget_all():
    """Tests: start from nothing, as a new process would."""
    global _memo_generation
    with _lock:
        _memo.clear()
        _memo_generation = None
