"""The scorer itself, against the published examples, so that an A+ means something."""

from .observatory import score_response

BARE = {"content-type": "text/html"}


def score(headers, cookies=(), html="", http_status=301, location="https://example.org/"):
    return score_response(
        headers,
        list(cookies),
        html,
        http_status=http_status,
        http_location=location,
        host="example.org",
        origin="https://example.org",
        session_cookies={"sessionid"},
    )


def test_a_site_without_security_headers_fails():
    result = score(BARE, http_status=200, location="")
    # -25 CSP, -20 HSTS, -5 nosniff, -20 framing, -20 no redirect to https
    assert result.total == 10


def test_unsafe_inline_scripts_cost_twenty():
    result = score({**BARE, "content-security-policy": "default-src 'self'; script-src 'self' 'unsafe-inline'"})
    assert result.results["content-security-policy"] == ("csp-implemented-with-unsafe-inline", -20)


def test_bonuses_only_count_from_ninety():
    headers = {
        **BARE,
        "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
        "referrer-policy": "no-referrer",
        "x-content-type-options": "nosniff",
    }
    # No HSTS: 80 before bonuses, so the +20 of bonuses does not count.
    assert score(headers).total == 80
    headers["strict-transport-security"] = "max-age=31536000"
    assert score(headers).total == 120


def test_insecure_session_cookie_is_penalised():
    headers = {**BARE, "strict-transport-security": "max-age=31536000"}
    result = score(headers, cookies=["sessionid=abc; HttpOnly; Path=/"])
    assert result.results["cookies"] == ("cookies-session-without-secure-flag", -40)
