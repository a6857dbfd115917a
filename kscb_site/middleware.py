"""Security headers for every response.

A small middleware rather than django-csp because the policy depends on the
path: public pages get a strict policy with no inline code at all, the
Wagtail admin gets the strictest one its editor works under.
"""

from django.conf import settings

from .compat import add_nonce

PUBLIC_POLICY = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "manifest-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
}

# The strictest policy the Wagtail 8 admin works under (tests/browser/test_admin_csp.py proves it).
# Each relaxation from the public policy says why.
ADMIN_POLICY = {
    "default-src": ["'none'"],
    # Inline scripts only with the page's nonce, given to the ones Wagtail wrote (compat.py).
    "script-src": ["'self'"],
    # jcrop (the image focal-point tool) probes touch support with the handler "return;": allow just that.
    "script-src-attr": ["'unsafe-hashes'", "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='"],
    # No style attributes in markup (scripts may still set styles through the DOM)...
    "style-src": ["'self'"],
    # ...but Draftail renders <style> elements (placeholders keyed by random ids, list numbering) and the
    # translation editor's styled-components injects its CSS. Neither can carry a nonce or a fixed hash.
    # Injected CSS cannot send data away: images, fonts and connections go to this site only.
    "style-src-elem": ["'self'", "'unsafe-inline'"],
    # Image previews before upload and the focal-point tool use data: and blob: URLs.
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    # The live preview panel and block previews frame the admin's own preview views.
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
    "form-action": ["'self'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
}

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "interest-cohort",
    )
)


def _render(policy, extra_origins):
    parts = []
    for directive, sources in policy.items():
        if directive in {"img-src", "media-src"}:
            sources = sources + extra_origins
        parts.append(" ".join([directive, *sources]))
    return "; ".join(parts)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.media_origins = getattr(settings, "KSCB_CSP_MEDIA_ORIGINS", [])
        self.public_csp = _render(PUBLIC_POLICY, self.media_origins)
        self.admin_csp = _render(ADMIN_POLICY, self.media_origins)
        # A page previewed in the admin: the public page's own policy, framed by the admin's preview panel.
        self.preview_csp = _render({**PUBLIC_POLICY, "frame-ancestors": ["'self'"]}, self.media_origins)

    def __call__(self, request):
        response = self.get_response(request)
        # Wagtail's document serve view sets its own, stricter policy.
        if "Content-Security-Policy" not in response.headers:
            response.headers["Content-Security-Policy"] = self._policy(request, response)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response

    def _policy(self, request, response):
        # Wagtail renders a preview by sending a made-up request for the page's public URL through
        # the middleware (Page.make_preview_request marks it is_dummy).
        if getattr(request, "is_dummy", False):
            return self.preview_csp
        if not request.path.startswith("/admin/"):
            return self.public_csp
        is_html = response.get("Content-Type", "").startswith("text/html")
        if response.streaming or not is_html:
            return self.admin_csp
        # The inline scripts Wagtail itself wrote into this admin page run with its nonce; no others.
        html, nonce = add_nonce(response.content.decode(response.charset))
        response.content = html.encode(response.charset)
        scripts = ADMIN_POLICY["script-src"] + [f"'nonce-{nonce}'"]
        return _render({**ADMIN_POLICY, "script-src": scripts}, self.media_origins)
