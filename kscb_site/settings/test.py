"""The test suite. Fast hashing, in-memory mail, static files from the source tree."""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105 - tests only
KSCB_DEMO_MODE = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run at once, on commit; tests of the stopped and started worker switch to the database backend.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "alerts": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or tempfile.mkdtemp(prefix="kscb-media-"))  # noqa: F405
ALLOWED_HOSTS = ["*"]
KSCB_SERVE_MEDIA = True
# The served test site takes 200 simultaneous submissions from one address; tests of the limit override this.
KSCB_FEEDBACK_RATE_LIMIT = (10_000, 600)
KSCB_TRAINING_RATE_LIMIT = (10_000, 600)  # 200 bookings at once from one address (tests/training/test_concurrency.py)
KSCB_FEEDBACK_MIN_SECONDS = 1  # still refuses instant bots; keeps browser tests quick
KSCB_PAGE_CACHE_SECONDS = int(os.environ.get("KSCB_PAGE_CACHE_SECONDS", "0"))  # noqa: F405 - tests turn it on where they test it
