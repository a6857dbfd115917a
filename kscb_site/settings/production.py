"""Production: PostgreSQL, S3 media, Redis, gunicorn behind a CDN.

Refuses to start without SECRET_KEY (never invents one) or without REDIS_URL.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
if KSCB_DEMO_MODE:  # noqa: F405
    raise ImproperlyConfigured("KSCB_DEMO_MODE must not be on in production.")
if not REDIS_URL:  # noqa: F405
    # Without a shared cache each process keeps its own content generation: a publish would
    # reach the other processes' page cache and memories only when they expire.
    raise ImproperlyConfigured("REDIS_URL must be set in production: every app process shares one cache.")

DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))  # noqa: F405
# PostgreSQL's default cost of a random page read (4) assumes spinning disks; on SSD storage
# (every managed PostgreSQL) 1.1 is the usual setting. With 4 the planner sorted every news item
# to show the newest ten (2 ms) instead of reading ten from the news date index (0.2 ms).
# Set PG_RANDOM_PAGE_COST empty to leave it to the server (behind PgBouncer, which refuses
# startup options: use ALTER DATABASE … SET random_page_cost there).
PG_RANDOM_PAGE_COST = os.environ.get("PG_RANDOM_PAGE_COST", "1.1")  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and PG_RANDOM_PAGE_COST:  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = f"-c random_page_cost={float(PG_RANDOM_PAGE_COST)}"  # noqa: F405

# Alerts leave by SMTP unless told otherwise; the console backend would deliver nothing.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")  # noqa: F405
# Refuse console/locmem mail, missing or demo alert addresses and 2FA off (feedback/checks.py).
KSCB_PRODUCTION_CHECKS = True

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
# Load balancers probe over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True

# --- Production and performance (issue 7) ---
# Structured logs, one JSON object a line on stdout. No personal data: Django's request
# logger records the path only, and gunicorn's access log (gunicorn.conf.py) omits
# addresses and query strings.
LOGGING["formatters"]["json"] = {  # noqa: F405
    "()": "pythonjsonlogger.json.JsonFormatter",
    "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
    "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
}
LOGGING["handlers"]["console"]["formatter"] = "json"  # noqa: F405
# Hashed static files are cached for a year and marked immutable by WhiteNoise;
# the few unhashed ones (robots.txt) for an hour.
WHITENOISE_MAX_AGE = 60 * 60
