"""Settings for the editor journey's own server (tests/browser/test_editor_journey.py).

The test settings, plus a CDN to purge: Wagtail's frontend cache sends its PURGE requests (for the
page itself, and kscb_site/cdn.py's translations and listing pages) to the recorder the test runs
on loopback, as it would to a caching proxy in front of the site. The page cache is turned on from
the environment like any served test site's (REDIS_URL, KSCB_PAGE_CACHE_SECONDS).
"""

import os

from kscb_site.settings.test import *  # noqa: F403

if os.environ.get("KSCB_JOURNEY_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "recorder": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["KSCB_JOURNEY_PURGE_URL"],
        }
    }

# This run's own keys in the shared test Redis, which other runs and other tests use too.
for _cache in CACHES.values():  # noqa: F405
    _cache["KEY_PREFIX"] = f"{_cache.get('KEY_PREFIX', '')}-journey-{os.environ.get('KSCB_JOURNEY_RUN', 'local')}"
