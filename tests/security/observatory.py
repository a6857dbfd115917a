"""Mozilla HTTP Observatory scoring, for the response headers we control.

Implements the published scoring rules (mozilla/http-observatory,
httpobs/docs/scoring.md, 2024 revision): every site starts at 100; each test
adds a modifier; bonuses count only when the score without them is 90 or more;
100 or more is A+. Tests about the network (redirection, HSTS preloading) are
scored from the responses we give them.
"""

import re
from dataclasses import dataclass, field
from http.cookies import SimpleCookie

SIX_MONTHS = 15_768_000
PRIVATE_REFERRER_POLICIES = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
UNSAFE_REFERRER_POLICIES = {"origin", "origin-when-cross-origin", "unsafe-url"}


@dataclass
class Score:
    results: dict = field(default_factory=dict)

    def add(self, test, result, modifier):
        self.results[test] = (result, modifier)

    @property
    def total(self):
        penalties = sum(modifier for _result, modifier in self.results.values() if modifier < 0)
        bonuses = sum(modifier for _result, modifier in self.results.values() if modifier > 0)
        base = 100 + penalties
        return max(0, base + bonuses if base >= 90 else base)

    @property
    def grade(self):
        for floor, grade in [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+")]:
            if self.total >= floor:
                return grade
        return "C or below"

    def report(self):
        lines = [f"Score {self.total} ({self.grade})"]
        lines += [f"  [{modifier:+d}] {test}: {result}" for test, (result, modifier) in self.results.items()]
        return "\n".join(lines)


def parse_csp(header):
    policy = {}
    for directive in filter(None, (part.strip() for part in header.split(";"))):
        name, *sources = directive.split()
        policy.setdefault(name.lower(), [source.lower() for source in sources])
    return policy


def score_csp(score, headers):
    header = headers.get("content-security-policy")
    if not header:
        return score.add("content-security-policy", "csp-not-implemented", -25)
    policy = parse_csp(header)
    default = policy.get("default-src", [])
    scripts = policy.get("script-src", default)
    styles = policy.get("style-src", default)
    every_source = [source for sources in policy.values() for source in sources]
    if "'unsafe-inline'" in scripts or "data:" in scripts or "*" in scripts:
        return score.add("content-security-policy", "csp-implemented-with-unsafe-inline", -20)
    if any(source.startswith("http:") for source in every_source):
        return score.add("content-security-policy", "csp-implemented-with-insecure-scheme", -20)
    if "'unsafe-eval'" in scripts + styles:
        return score.add("content-security-policy", "csp-implemented-with-unsafe-eval", -10)
    if "'unsafe-inline'" in styles:
        return score.add("content-security-policy", "csp-implemented-with-unsafe-inline-in-style-src-only", 0)
    if default == ["'none'"]:
        return score.add("content-security-policy", "csp-implemented-with-no-unsafe-default-src-none", 10)
    return score.add("content-security-policy", "csp-implemented-with-no-unsafe", 5)


def score_cookies(score, set_cookie_headers, session_cookie_names):
    if not set_cookie_headers:
        return score.add("cookies", "cookies-not-found", 0)
    all_samesite = True
    for header in set_cookie_headers:
        cookie = SimpleCookie()
        cookie.load(header)
        for name, morsel in cookie.items():
            is_session = name in session_cookie_names
            if not morsel["secure"]:
                result = "cookies-session-without-secure-flag" if is_session else "cookies-without-secure-flag"
                return score.add("cookies", result, -40 if is_session else -20)
            if is_session and not morsel["httponly"]:
                return score.add("cookies", "cookies-session-without-httponly-flag", -30)
            all_samesite = all_samesite and morsel["samesite"].lower() in {"lax", "strict"}
    if all_samesite:
        return score.add("cookies", "cookies-secure-with-httponly-sessions-and-samesite", 5)
    return score.add("cookies", "cookies-secure-with-httponly-sessions", 0)


def score_cors(score, headers):
    if headers.get("access-control-allow-origin", "").strip() == "*":
        return score.add("cross-origin-resource-sharing", "implemented-with-universal-access", -50)
    return score.add("cross-origin-resource-sharing", "cross-origin-resource-sharing-not-implemented", 0)


def score_redirection(score, http_status, http_location, host):
    if http_status not in (301, 302, 307, 308):
        return score.add("redirection", "redirection-missing", -20)
    if not http_location.startswith(f"https://{host}"):
        return score.add("redirection", "redirection-off-host-from-http", -5)
    return score.add("redirection", "redirection-to-https", 0)


def score_referrer(score, headers):
    policy = headers.get("referrer-policy", "").split(",")[-1].strip().lower()
    if not policy:
        return score.add("referrer-policy", "referrer-policy-not-implemented", 0)
    if policy in PRIVATE_REFERRER_POLICIES:
        return score.add("referrer-policy", "referrer-policy-private", 5)
    if policy in UNSAFE_REFERRER_POLICIES:
        return score.add("referrer-policy", "referrer-policy-unsafe", -5)
    return score.add("referrer-policy", "referrer-policy-no-referrer-when-downgrade", 0)


def score_hsts(score, headers):
    header = headers.get("strict-transport-security")
    if not header:
        return score.add("strict-transport-security", "hsts-not-implemented", -20)
    match = re.search(r"max-age=(\d+)", header)
    if not match:
        return score.add("strict-transport-security", "hsts-header-invalid", -20)
    if int(match.group(1)) < SIX_MONTHS:
        return score.add("strict-transport-security", "hsts-implemented-max-age-less-than-six-months", -10)
    return score.add("strict-transport-security", "hsts-implemented-max-age-at-least-six-months", 0)


def score_sri(score, headers, html, origin):
    if "html" not in headers.get("content-type", ""):
        return score.add("subresource-integrity", "sri-not-implemented-response-not-html", 0)
    scripts = re.findall(r"<script\b[^>]*\bsrc=\"([^\"]+)\"", html)
    if not scripts:
        return score.add("subresource-integrity", "sri-not-implemented-but-no-scripts-loaded", 0)
    external = [src for src in scripts if src.startswith(("http:", "https:", "//")) and not src.startswith(origin)]
    if any(src.startswith(("http:", "//")) for src in external):
        return score.add("subresource-integrity", "sri-not-implemented-and-external-scripts-not-loaded-securely", -50)
    if external:
        return score.add("subresource-integrity", "sri-not-implemented-but-external-scripts-loaded-securely", -5)
    return score.add("subresource-integrity", "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0)


def score_nosniff(score, headers):
    if headers.get("x-content-type-options", "").strip().lower() == "nosniff":
        return score.add("x-content-type-options", "x-content-type-options-nosniff", 0)
    return score.add("x-content-type-options", "x-content-type-options-not-implemented", -5)


def score_framing(score, headers):
    if "frame-ancestors" in parse_csp(headers.get("content-security-policy", "")):
        return score.add("x-frame-options", "x-frame-options-implemented-via-csp", 5)
    if headers.get("x-frame-options", "").strip().upper() in {"DENY", "SAMEORIGIN"}:
        return score.add("x-frame-options", "x-frame-options-sameorigin-or-deny", 0)
    return score.add("x-frame-options", "x-frame-options-not-implemented", -20)


def score_corp(score, headers):
    value = headers.get("cross-origin-resource-policy", "").strip().lower()
    if value in {"same-origin", "same-site"}:
        return score.add("cross-origin-resource-policy", "corp-implemented-with-same-origin", 0)
    if value == "cross-origin":
        return score.add("cross-origin-resource-policy", "corp-implemented-with-universal-access", 0)
    return score.add("cross-origin-resource-policy", "corp-not-implemented", 0)


def score_response(headers, set_cookie_headers, html, *, http_status, http_location, host, origin, session_cookies):
    """Score one page. `headers` has lower-case names; the http_* values answer a plain-http request."""
    score = Score()
    score_csp(score, headers)
    score_cookies(score, set_cookie_headers, session_cookies)
    score_cors(score, headers)
    score_redirection(score, http_status, http_location, host)
    score_referrer(score, headers)
    score_hsts(score, headers)
    score_sri(score, headers, html, origin)
    score_nosniff(score, headers)
    score_framing(score, headers)
    score_corp(score, headers)
    return score
