"""Security headers for every response.

A small middleware rather than django-csp because the policy depends on the
path: public pages get a strict policy with no inline code at all, the
Wagtail admin gets the strictest one its editor works under.
"""

from django.conf import settings

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

# The admin's editor uses inline scripts and styles and previews pages in a frame.
ADMIN_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
    "base-uri": ["'self'"],
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
        media_origins = getattr(settings, "KSCB_CSP_MEDIA_ORIGINS", [])
        self.public_csp = _render(PUBLIC_POLICY, media_origins)
        self.admin_csp = _render(ADMIN_POLICY, media_origins)

    def __call__(self, request):
        response = self.get_response(request)
        in_admin = request.path.startswith("/admin/")
        # Wagtail's document serve view sets its own, stricter policy.
        response.headers.setdefault("Content-Security-Policy", self.admin_csp if in_admin else self.public_csp)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
