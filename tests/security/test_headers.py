"""Response headers of every page type, scored with the Mozilla HTTP Observatory's rules."""

import subprocess
import sys
import urllib.error
import urllib.request
from urllib.parse import urlparse

import pytest

from tests.live_server import ROOT

from .observatory import score_response

# One page of every public type, as a visitor arrives through the CDN over HTTPS.
PAGE_TYPES = {
    "home": "/",
    "standard": "/staying-safe-online/",
    "priorities index": "/priorities/",
    "priority": "/priorities/domestic-abuse/",
    "publications index": "/publications/",
    "publication": "/publications/child-r-serious-case-review/",
    "news index": "/news/",
    "news": "/news/baby-box-initiative/",
    "search": "/search/?q=neglect",
    "not found": "/no-such-page/",
}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, headers=None):
    opener = urllib.request.build_opener(NoRedirect)
    try:
        response = opener.open(urllib.request.Request(url, headers=headers or {}), timeout=10)
    except urllib.error.HTTPError as error:
        response = error
    return response.status, response.headers, response.read().decode("utf-8", "replace")


@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_every_page_type_scores_a_plus(production_site, path):
    url, _env = production_site
    status, headers, html = fetch(url + path, {"X-Forwarded-Proto": "https"})
    assert status in (200, 404)
    http_status, http_headers, _ = fetch(url + path)
    host = urlparse(url).netloc
    score = score_response(
        {name.lower(): value for name, value in headers.items()},
        headers.get_all("Set-Cookie") or [],
        html,
        http_status=http_status,
        http_location=http_headers.get("Location", ""),
        host=host,
        origin=f"https://{host}",
        session_cookies={"sessionid", "csrftoken"},
    )
    print(f"{path}: {score.report()}")
    assert score.total >= 100, score.report()


def test_public_pages_carry_the_full_policy(production_site):
    url, _env = production_site
    _status, headers, _html = fetch(url + "/", {"X-Forwarded-Proto": "https"})
    csp = headers["Content-Security-Policy"]
    for directive in ("default-src 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert directive in csp
    assert "form-action 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert int(headers["Strict-Transport-Security"].split("max-age=")[1].split(";")[0]) >= 31_536_000
    assert "includeSubDomains" in headers["Strict-Transport-Security"]
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["Cross-Origin-Resource-Policy"] == "same-origin"
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in headers["Permissions-Policy"]


def test_admin_login_sets_only_secure_httponly_samesite_cookies(production_site):
    url, _env = production_site
    _status, headers, _html = fetch(url + "/admin/login/", {"X-Forwarded-Proto": "https"})
    cookies = headers.get_all("Set-Cookie") or []
    assert cookies, "the login form needs its CSRF cookie"
    for cookie in cookies:
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_deploy_check_is_clean_under_production_settings(production_site):
    _url, env = production_site
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(production_site):
    _url, env = production_site
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**env, "SECRET_KEY": ""},
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr
