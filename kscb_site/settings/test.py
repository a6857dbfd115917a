"""The test suite. Fast hashing, in-memory mail, static files from the source tree."""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105 - tests only
KSCB_DEMO_MODE = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or tempfile.mkdtemp(prefix="kscb-media-"))  # noqa: F405
ALLOWED_HOSTS = ["*"]
KSCB_SERVE_MEDIA = True
KSCB_PAGE_CACHE_SECONDS = int(os.environ.get("KSCB_PAGE_CACHE_SECONDS", "0"))  # noqa: F405 - tests turn it on where they test it
