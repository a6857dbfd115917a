"""The QR code an authenticator app scans, drawn as inline SVG markup.

Inline markup, not an image, so the admin's Content-Security-Policy needs no new image
source; black on white whatever the admin theme, so phones can read it in dark mode too.
"""

import segno
from django.utils.safestring import mark_safe


def qr_code_svg(device):
    code = segno.make(device.config_url, error="m")
    svg = code.svg_inline(scale=5, dark="#000", light="#fff", title="QR code to scan with your authenticator app")
    # segno writes the markup itself; the only input is the otpauth:// address, encoded as modules.
    return mark_safe(svg)  # noqa: S308
