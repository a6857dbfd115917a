"""Local development: `make run`. Demo mode on, mail to the console."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret")  # noqa: F405
KSCB_DEMO_MODE = env_bool("KSCB_DEMO_MODE", True)  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
KSCB_SERVE_MEDIA = True
