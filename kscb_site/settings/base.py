"""Settings every environment shares, read from environment variables.

dev.py, test.py and production.py change only what differs. Each variable is
documented in README.md.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Demo mode creates the demo admin login; never on in production.
KSCB_DEMO_MODE = env_bool("KSCB_DEMO_MODE")

INSTALLED_APPS = [
    # The board's own domains. Dependencies point towards home.
    "home",
    "campaigns",
    "resources",
    "feedback",
    "pagefeedback",  # "Was this page useful?" under every page, and its report
    # Languages: translation status for staff and the demo translations (after the apps whose pages it translates).
    "languages",
    # After languages: its demo translates the routing page under the translated home pages.
    "worried",
    "training",  # courses, sessions and professionals' bookings
    "thresholds",  # the threshold guide (continuum of need): versions, print view and PDF
    "learning",  # learning from reviews: the library, reviews, 7-minute briefings
    "sitealerts",  # the site-wide alert banner on every page, and its schedule
    "partnership",  # the yearly report, safeguarding arrangements, scrutiny; every page's other formats
    # After every app that adds demo pages: its demo gives them all review dates.
    "upkeep",  # page owners, review dates, the overdue report and reminders
    "accounts",
    # Staff sign-in: lockout after repeated failures
    "axes",
    # Staff sign-in: a second factor (authenticator app codes, and backup codes)
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "storages",
    # /health/ for load balancers (kscb_site/urls.py)
    "health_check",
    # Background work (alert emails, escalations): Django's task framework, stored in the database.
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "kscb_site.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Marks request.user verified when this session has passed the second factor.
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.AdminSessionTimeoutMiddleware",
    "accounts.two_factor.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # The database gone as a young person sends the children's voice form: "not sent", in their language.
    "feedback.middleware.MessageNotSentMiddleware",
    # Last, as django-axes asks: it turns a lockout into a clear page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kscb_site.urls"
WSGI_APPLICATION = "kscb_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.safeguarding_contacts",
                "kscb_site.page_cache.fragment_cache",
            ],
        },
    },
]

# One variable for the database: SQLite file by default, PostgreSQL in production.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers queue instead of failing with "database is locked" under concurrent requests.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that accepts connections and never answers must not hold a young person's request:
    # connecting gives up after DB_CONNECT_TIMEOUT seconds, and a sent request nobody acknowledges
    # after DB_TCP_USER_TIMEOUT_MS; the children's voice then says plainly the message was not sent.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        connect_timeout=int(os.environ.get("DB_CONNECT_TIMEOUT", "5")),
        tcp_user_timeout=int(os.environ.get("DB_TCP_USER_TIMEOUT_MS", "10000")),
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. English (UK) is the default and has no URL prefix.
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
_LANGUAGE_NAMES = {
    "en-gb": "English",
    "pl": "Polski",
    "ro": "Română",
    "ar": "العربية",
}
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES = [
    (code, _LANGUAGE_NAMES.get(code, code)) for code in env_list("WAGTAIL_CONTENT_LANGUAGES", "en-gb,pl,ro,ar")
]
LOCALE_PATHS = [BASE_DIR / "locale"]

# Static files: hand-written CSS and JS, served by WhiteNoise.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
# robots.txt and friends, served from the site root.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Django serves local media only in development and tests.
KSCB_SERVE_MEDIA = False

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# S3-compatible media only when a bucket is named.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME", "eu-west-2")
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = "private"
    AWS_QUERYSTRING_AUTH = True
    AWS_QUERYSTRING_EXPIRE = 600
    # Documents go through Wagtail's serve view so privacy rules apply.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
    # Fail fast when S3 is unreachable: the visitor is told the file is unavailable.
    from botocore.config import Config as _BotoConfig

    AWS_S3_CLIENT_CONFIG = _BotoConfig(connect_timeout=2, read_timeout=10, retries={"max_attempts": 2})

# Cache: Redis (django-redis) when REDIS_URL is set, local memory otherwise. Redis fails open:
# with it down or hanging, each call gives up within half a second, is logged (logger "kscb.cache")
# and the site serves uncached. A page about keeping a child safe must not go down with its cache.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_TIMEOUT_SECONDS = float(os.environ.get("REDIS_TIMEOUT_SECONDS", "0.5"))
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "kscb.cache"


def redis_cache(location, key_prefix, timeout=300, socket_timeout=REDIS_TIMEOUT_SECONDS):
    """One django-redis cache that fails open and gives up quickly."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": key_prefix,
        "TIMEOUT": timeout,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": socket_timeout,
            "SOCKET_TIMEOUT": socket_timeout,
        },
    }


if REDIS_URL:
    CACHES = {
        "default": redis_cache(REDIS_URL, "kscb"),
        # Wagtail's renditions cache: a day, in the same Redis.
        "renditions": redis_cache(REDIS_URL, "kscb-renditions", timeout=60 * 60 * 24),
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
        },
    }

# What /health/ checks. A failing check answers 500; with Redis down the cache check fails
# while pages still serve uncached, so a load balancer should alert on it rather than drain.
KSCB_HEALTH_CHECKS = ["health_check.checks.Database", "health_check.checks.Cache", "health_check.checks.Storage"]

# Email: console in development; SMTP from EMAIL_* variables in production.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@kscb.example")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# A mail server that never answers fails the send after this many seconds; the worker retries it.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))

# Background tasks: alert emails leave the young person's request and run in
# `manage.py db_worker --backend alerts` (django-tasks with its database backend). Wagtail's own
# tasks (search and reference index, CDN purges, renditions) stay on "default": run at once, as before.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "alerts": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Children's voice alerts (feedback/alerts.py). The addresses are used when Settings > Children's
# voice leaves them blank; production refuses to start without one (feedback/checks.py).
KSCB_FEEDBACK_DUTY_EMAIL = os.environ.get("KSCB_FEEDBACK_DUTY_EMAIL", "")
KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL = os.environ.get("KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL", "")
# An urgent message nobody has opened after this many minutes goes to the out-of-hours address,
# and again every REPEAT minutes until a reviewer opens it.
KSCB_FEEDBACK_ESCALATION_MINUTES = int(os.environ.get("KSCB_FEEDBACK_ESCALATION_MINUTES", "30"))
KSCB_FEEDBACK_ESCALATION_REPEAT_MINUTES = int(
    os.environ.get("KSCB_FEEDBACK_ESCALATION_REPEAT_MINUTES", str(KSCB_FEEDBACK_ESCALATION_MINUTES))
)
# Messages marked as a possible flood or spam wait this long to be told about together, in one email.
KSCB_FEEDBACK_FLAGGED_GROUP_SECONDS = int(os.environ.get("KSCB_FEEDBACK_FLAGGED_GROUP_SECONDS", "300"))
# Training bookings (training/): how long an emailed confirmation link and a freed-place offer last,
# and how many days after its session a booking (name, work email) is deleted.
KSCB_TRAINING_CONFIRM_HOURS = int(os.environ.get("KSCB_TRAINING_CONFIRM_HOURS", "48"))
KSCB_TRAINING_OFFER_HOURS = int(os.environ.get("KSCB_TRAINING_OFFER_HOURS", "48"))
KSCB_TRAINING_BOOKING_DAYS = int(os.environ.get("KSCB_TRAINING_BOOKING_DAYS", "365"))
# Days after a session that attenders are asked what has changed in their practice.
KSCB_TRAINING_IMPACT_DAYS = int(os.environ.get("KSCB_TRAINING_IMPACT_DAYS", "91"))
# Booking requests (each sends an email) one client address may make per window of seconds.
KSCB_TRAINING_RATE_LIMIT = (
    int(os.environ.get("KSCB_TRAINING_RATE_LIMIT", "20")),
    int(os.environ.get("KSCB_TRAINING_RATE_WINDOW", "600")),
)
# Production-only checks of mail and alert settings (feedback/checks.py); production.py turns them on.
KSCB_PRODUCTION_CHECKS = False

# Staff sign-in (see accounts/). django-axes locks a username on one address out after
# repeated failures and logs every attempt (AccessAttempt, AccessLog and the "axes" logger).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# The client address, for django-axes and the feedback rate limit alike (kscb_site/client_address.py):
# REMOTE_ADDR unless KSCB_TRUSTED_PROXY_COUNT proxies we run (CDN, load balancer) sit in front, each
# appending the address it saw to KSCB_CLIENT_ADDRESS_HEADER (a META name).
KSCB_CLIENT_ADDRESS_HEADER = os.environ.get("KSCB_CLIENT_ADDRESS_HEADER", "HTTP_X_FORWARDED_FOR")
KSCB_TRUSTED_PROXY_COUNT = int(os.environ.get("KSCB_TRUSTED_PROXY_COUNT", os.environ.get("AXES_PROXY_COUNT", "0")))
AXES_CLIENT_IP_CALLABLE = "kscb_site.client_address.client_address"
# Admin sessions: signed out after 30 minutes idle, and after 8 hours however active.
KSCB_ADMIN_IDLE_TIMEOUT = 30 * 60
KSCB_ADMIN_SESSION_LIFETIME = 8 * 60 * 60
# Two-factor authentication (accounts/two_factor/): superusers and everyone who can see children's
# submissions must enrol an authenticator app before using the admin; other staff may. Staff who
# have enrolled are always asked for a code, whatever this says.
KSCB_REQUIRE_2FA = env_bool("KSCB_REQUIRE_2FA", True)
OTP_TOTP_ISSUER = "KSCB website"  # the name staff see in their authenticator app

# Sessions and CSRF cookies exist only for the admin and forms.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_AGE = None  # a browser-session cookie, as the privacy notice says
# A refused form (cookies cleared) gets a page in the site's layout, and the feedback form keeps its text.
CSRF_FAILURE_VIEW = "kscb_site.csrf.csrf_failure"
SESSION_COOKIE_AGE = 60 * 60 * 8
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Wagtail
WAGTAIL_SITE_NAME = "Knowsley Safeguarding Children Board"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "odp", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "mp3", "mp4"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Each upload's content must match its extension (kscb_site/uploads.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "kscb_site.uploads.SafeDocumentForm"
# Only PDFs open in the browser; everything else downloads as an attachment.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no calls home from the admin
# No avatars from gravatar.com: staff email hashes stay here and the admin makes no third-party requests.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]},
    }
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAIL_LOCALIZE_MACHINE_TRANSLATOR = None

# Public pages are cached by the CDN for this long (seconds).
KSCB_PAGE_S_MAXAGE = int(os.environ.get("KSCB_PAGE_S_MAXAGE", "300"))
KSCB_PAGE_MAX_AGE = int(os.environ.get("KSCB_PAGE_MAX_AGE", "60"))
# How long a CDN may keep serving a public page when the servers fail (stale-if-error).
KSCB_STALE_IF_ERROR_SECONDS = int(os.environ.get("KSCB_STALE_IF_ERROR_SECONDS", "86400"))

# Emergency contacts shown on pages that cannot reach the database (500, 503).
KSCB_FALLBACK_CONTACTS = {
    "emergency": "999",
    "childline": "0800 1111",
    "mash_phone": os.environ.get("KSCB_MASH_PHONE", ""),
    # Also where the admin's Safeguarding contacts leave a number blank (worried/checks.py).
    "out_of_hours_phone": os.environ.get("KSCB_OUT_OF_HOURS_PHONE", ""),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # Background tasks log every run at INFO: too noisy for the console.
        "django_tasks": {"level": "WARNING"},
        # fpdf2's font subsetting (training certificates) logs every glyph table at INFO.
        "fontTools": {"level": "WARNING"},
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
    },
}

# Children's voice feedback form (feedback app).
# Spam guards without a third-party captcha: a form sent sooner than this many
# seconds after it was shown is refused, and each client may send LIMIT
# submissions per WINDOW seconds (counted under a salted hash in the cache).
KSCB_FEEDBACK_MIN_SECONDS = float(os.environ.get("KSCB_FEEDBACK_MIN_SECONDS", "3"))
KSCB_FEEDBACK_RATE_LIMIT = (
    int(os.environ.get("KSCB_FEEDBACK_RATE_LIMIT", "5")),
    int(os.environ.get("KSCB_FEEDBACK_RATE_WINDOW", "600")),
)
# "Was this page useful?" comments (pagefeedback app): their words are removed after this many days
# by `manage.py apply_page_feedback_retention` (daily); the Yes/No counts stay.
KSCB_PAGE_FEEDBACK_COMMENT_DAYS = max(30, int(os.environ.get("KSCB_PAGE_FEEDBACK_COMMENT_DAYS", "365")))
# --- Production and performance (issue 7): page cache, CDN purging, media origins ---
# Whole-page cache for anonymous readers (kscb_site/page_cache.py), in the default cache
# (Redis in production, shared by every app server). Seconds; 0 turns it off.
KSCB_PAGE_CACHE_SECONDS = int(os.environ.get("KSCB_PAGE_CACHE_SECONDS", "600"))
KSCB_PAGE_CACHE_ALIAS = "default"
# Fragments of pages rendered on a page-cache miss (header, menu, breadcrumbs, footer, the content of
# pages that hold no form), with Wagtail's {% wagtailpagecache %} and Django's {% cache %}, keyed by
# the page-cache generation so that any publish or save retires them all. Seconds; 0 turns them off.
KSCB_FRAGMENT_CACHE_SECONDS = int(os.environ.get("KSCB_FRAGMENT_CACHE_SECONDS", "3600"))
# After LocaleMiddleware, so the key knows the language; before sessions and users are read.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.locale.LocaleMiddleware") + 1, "kscb_site.page_cache.PageCacheMiddleware"
)

# CDN purging on publish, unpublish and move (Wagtail's frontend cache, plus kscb_site/cdn.py).
INSTALLED_APPS.insert(INSTALLED_APPS.index("wagtail.contrib.forms"), "wagtail.contrib.frontend_cache")
KSCB_CDN = os.environ.get("KSCB_CDN", "").strip().lower()
WAGTAILFRONTENDCACHE = {}
if KSCB_CDN == "cloudflare":
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    }
elif KSCB_CDN == "cloudfront":
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
elif KSCB_CDN:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(f"KSCB_CDN must be 'cloudflare', 'cloudfront' or empty, not {KSCB_CDN!r}.")

# Media from S3 (or its custom domain) must be allowed by the Content-Security-Policy.
KSCB_CSP_MEDIA_ORIGINS = []
if AWS_STORAGE_BUCKET_NAME:
    if AWS_S3_CUSTOM_DOMAIN:
        KSCB_CSP_MEDIA_ORIGINS = [f"https://{AWS_S3_CUSTOM_DOMAIN}"]
    elif AWS_S3_ENDPOINT_URL:
        KSCB_CSP_MEDIA_ORIGINS = [AWS_S3_ENDPOINT_URL.rstrip("/")]
    else:
        KSCB_CSP_MEDIA_ORIGINS = [f"https://{AWS_STORAGE_BUCKET_NAME}.s3.{AWS_S3_REGION_NAME}.amazonaws.com"]
# A single server without S3 may serve its own media (the benchmark does); production with S3 never needs it.
KSCB_SERVE_MEDIA = env_bool("KSCB_SERVE_MEDIA", KSCB_SERVE_MEDIA)

# Learning from reviews (learning/): a review stays on this site at least this many days after
# publication before an editor may mark it moved to the national case review repository; and how
# many "my team used this briefing" presses one address may make in a window (count, seconds).
KSCB_REVIEW_RETENTION_DAYS = int(os.environ.get("KSCB_REVIEW_RETENTION_DAYS", "365"))
KSCB_BRIEFING_USE_RATE_LIMIT = (10, 3600)
# Upkeep (upkeep/): the reading-age warning and the external link check.
# Page types young people read: editors are warned when their text reads above the target age.
KSCB_YOUNG_READERS_PAGE_TYPES = ["feedback.FeedbackPage", "feedback.YouSaidWeDidPage"]
KSCB_READING_AGE_TARGET = int(os.environ.get("KSCB_READING_AGE_TARGET", "11"))
# check_external_links: seconds to wait for each website, and how many are asked at once.
KSCB_LINK_CHECK_TIMEOUT = float(os.environ.get("KSCB_LINK_CHECK_TIMEOUT", "10"))
KSCB_LINK_CHECK_CONCURRENCY = int(os.environ.get("KSCB_LINK_CHECK_CONCURRENCY", "4"))
# Never on: links to private, loopback or link-local addresses are not fetched (tests turn it on for loopback).
KSCB_LINK_CHECK_ALLOW_PRIVATE = False
# Partnership (partnership/): a British Sign Language video (WebM; MP4 is allowed above) and its
# WebVTT captions are uploaded as documents; Snippets > Other formats checks their contents.
WAGTAILDOCS_EXTENSIONS = [*WAGTAILDOCS_EXTENSIONS, "webm", "vtt"]
