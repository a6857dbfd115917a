"""The production profile is built from environment variables, and refuses unsafe ones."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "kscb_site.settings.production",
    "SECRET_KEY": "settings-test-only",
    "KSCB_DEMO_MODE": "off",
    "REDIS_URL": "redis://127.0.0.1:6379/15",  # read, not connected to, by these tests
    "KSCB_FEEDBACK_DUTY_EMAIL": "duty@safeguarding.kscb.internal",
    "KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL": "out-of-hours@safeguarding.kscb.internal",
}


def run_with(env, code):
    """Run code with Django set up in a fresh interpreter: settings are read once, at start."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "KSCB_", "REDIS_", "CLOUD"))}
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); from django.conf import settings; {code}"],
        cwd=ROOT,
        env={**clean, **PRODUCTION, **env},
        capture_output=True,
        text=True,
    )


def test_cloudflare_purging_comes_from_the_environment():
    result = run_with(
        {"KSCB_CDN": "cloudflare", "CLOUDFLARE_BEARER_TOKEN": "t0ken", "CLOUDFLARE_ZONE_ID": "zone1"},
        "import json; print(json.dumps(settings.WAGTAILFRONTENDCACHE))",
    )
    config = json.loads(result.stdout)["cloudflare"]
    assert config["BACKEND"].endswith("CloudflareBackend")
    assert (config["BEARER_TOKEN"], config["ZONEID"]) == ("t0ken", "zone1")


def test_cloudfront_purging_comes_from_the_environment():
    result = run_with(
        {"KSCB_CDN": "cloudfront", "CLOUDFRONT_DISTRIBUTION_ID": "E123"},
        "import json; print(json.dumps(settings.WAGTAILFRONTENDCACHE))",
    )
    assert json.loads(result.stdout)["cloudfront"]["DISTRIBUTION_ID"] == "E123"


def test_an_unknown_cdn_stops_the_start():
    result = run_with({"KSCB_CDN": "akamia"}, "print(1)")
    assert result.returncode != 0
    assert "KSCB_CDN must be" in result.stderr


def test_production_will_not_start_without_a_shared_cache():
    """Each process would keep its own content generation: a publish would not reach the others."""
    result = run_with({"REDIS_URL": ""}, "print(1)")
    assert result.returncode != 0
    assert "REDIS_URL must be set in production" in result.stderr


def test_s3_media_and_redis_caches_come_from_the_environment():
    result = run_with(
        {
            "AWS_STORAGE_BUCKET_NAME": "kscb-media",
            "AWS_S3_CUSTOM_DOMAIN": "media.kscb.example",
            "REDIS_URL": "redis://cache.internal:6379/0",
        },
        "import json; print(json.dumps({'storage': settings.STORAGES['default']['BACKEND'], "
        "'overwrite': settings.AWS_S3_FILE_OVERWRITE, 'acl': settings.AWS_DEFAULT_ACL, "
        "'docs': settings.WAGTAILDOCS_SERVE_METHOD, 'csp': settings.KSCB_CSP_MEDIA_ORIGINS, "
        "'caches': sorted(settings.CACHES), 'backend': settings.CACHES['renditions']['BACKEND'], "
        "'fail_open': settings.CACHES['default']['OPTIONS']['IGNORE_EXCEPTIONS'], "
        "'logged': settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS}))",
    )
    config = json.loads(result.stdout)
    assert config == {
        "storage": "storages.backends.s3.S3Storage",
        "overwrite": False,
        "acl": "private",
        "docs": "serve_view",
        "csp": ["https://media.kscb.example"],
        "caches": ["default", "renditions"],
        "backend": "django_redis.cache.RedisCache",
        "fail_open": True,
        "logged": True,
    }


def test_production_logs_are_json_lines():
    result = run_with({}, "import logging; logging.getLogger('kscb').warning('page cache warmed')")
    line = json.loads(result.stderr.strip().splitlines()[-1])
    assert line["message"] == "page cache warmed"
    assert line["level"] == "WARNING"


def test_postgresql_connections_plan_for_ssd_unless_left_to_the_server():
    code = "print(settings.DATABASES['default'].get('OPTIONS', {}).get('options', ''))"
    postgres = {"DATABASE_URL": "postgres://kscb:kscb@127.0.0.1:5432/kscb"}
    assert run_with(postgres, code).stdout.strip() == "-c random_page_cost=1.1"
    assert run_with({**postgres, "PG_RANDOM_PAGE_COST": ""}, code).stdout.strip() == ""


def test_load_balancers_probe_health_over_plain_http():
    """SECURE_SSL_REDIRECT sends everything else to https; /health/ answers inside the network."""
    assert run_with({}, "print(settings.SECURE_REDIRECT_EXEMPT)").stdout.strip() == "['^health/$']"


def test_gunicorn_recycles_workers_conventionally(monkeypatch):
    """A few thousand requests a worker, staggered: the usual guard against slow leaks."""
    import runpy

    for name in ("GUNICORN_MAX_REQUESTS", "GUNICORN_MAX_REQUESTS_JITTER"):
        monkeypatch.delenv(name, raising=False)
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert 1000 <= config["max_requests"] <= 5000
    assert 100 <= config["max_requests_jitter"] < config["max_requests"]


def manage_check(env, *args):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "KSCB_", "REDIS_", "CLOUD", "EMAIL_"))}
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args],
        cwd=ROOT,
        env={**clean, **PRODUCTION, **env},
        capture_output=True,
        text=True,
    )


def test_alerts_leave_by_smtp_with_a_timeout_and_a_worker():
    result = run_with(
        {},
        "import json; print(json.dumps([settings.EMAIL_BACKEND, settings.EMAIL_TIMEOUT, "
        "settings.TASKS['alerts']['BACKEND'], settings.KSCB_FEEDBACK_ESCALATION_MINUTES]))",
    )
    assert json.loads(result.stdout) == [
        "django.core.mail.backends.smtp.EmailBackend",
        10,
        "django_tasks_db.DatabaseBackend",
        30,
    ]


def test_production_with_alert_addresses_and_smtp_passes_its_checks():
    result = manage_check({})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("env", "error"),
    [
        ({"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}, "feedback.E001"),
        ({"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}, "feedback.E001"),
        ({"EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend"}, "feedback.E001"),
        ({"KSCB_FEEDBACK_DUTY_EMAIL": ""}, "feedback.E002"),
        ({"KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL": ""}, "feedback.E002"),
        ({"KSCB_FEEDBACK_DUTY_EMAIL": "duty-safeguarding@kscb.example"}, "feedback.E003"),
        ({"KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL": "ooh@example.com"}, "feedback.E003"),
        ({"KSCB_FEEDBACK_DUTY_EMAIL": "duty@school.test"}, "feedback.E003"),
        ({"KSCB_REQUIRE_2FA": "off"}, "feedback.E004"),
    ],
    ids=["console", "locmem", "dummy", "no-duty", "no-out-of-hours", "demo-duty", "example-com", "dot-test", "no-2fa"],
)
def test_production_refuses_to_start_when_an_alert_could_go_nowhere(env, error):
    result = manage_check(env)
    assert result.returncode != 0
    assert error in result.stderr


def test_the_deploy_check_refuses_them_under_any_settings():
    result = manage_check(
        {"DJANGO_SETTINGS_MODULE": "kscb_site.settings.test", "KSCB_FEEDBACK_DUTY_EMAIL": ""}, "--deploy"
    )
    assert "feedback.E001" in result.stderr and "feedback.E002" in result.stderr
