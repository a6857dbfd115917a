"""After the password, the second factor: no admin page until this session has passed it.

Staff with an authenticator app are sent to the code page; staff who must use one
(policy.py) and have none are sent to set one up. Meanwhile only that page, signing
out and what every admin page loads (its icons and translation catalogue) stay open.
The public site is not affected.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse

from . import devices, policy

ALWAYS_OPEN = {"wagtailadmin_login", "wagtailadmin_logout", "wagtailadmin_sprite", "wagtailadmin_javascript_catalog"}
OPEN_UNTIL_VERIFIED = ALWAYS_OPEN | {"two_factor_verify"}
OPEN_UNTIL_ENROLLED = ALWAYS_OPEN | {"two_factor_manage"}
MUST_ENROL = "Set up two-factor authentication to carry on."


def redirect_keeping_destination(url_name, request):
    return redirect(f"{reverse(url_name)}?{urlencode({'next': request.get_full_path()})}")


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not request.path.startswith("/admin/") or not user.is_authenticated or user.is_verified():
            return None
        url_name = request.resolver_match.url_name
        if devices.is_enrolled(user):
            if url_name in OPEN_UNTIL_VERIFIED:
                return None
            return redirect_keeping_destination("two_factor_verify", request)
        if url_name in OPEN_UNTIL_ENROLLED or not policy.must_use_two_factor(user):
            return None
        messages.warning(request, MUST_ENROL)
        return redirect_keeping_destination("two_factor_manage", request)
