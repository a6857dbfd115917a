"""Admin sessions end after 30 minutes idle, and after a fixed lifetime however busy.

Only admin requests are looked at: readers carry no session and cost nothing here.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

STARTED = "kscb_session_started"
LAST_SEEN = "kscb_session_last_seen"
# Write the activity time at most this often, to spare a database write per click.
TOUCH_EVERY_SECONDS = 60


class AdminSessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/") and request.user.is_authenticated:
            expired = self.check(request)
            if expired:
                logout(request)
                messages.info(request, expired)
                return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        return self.get_response(request)

    @staticmethod
    def check(request):
        now = time.time()
        session = request.session
        started = session.setdefault(STARTED, now)
        last_seen = session.get(LAST_SEEN, now)
        if now - last_seen > settings.KSCB_ADMIN_IDLE_TIMEOUT:
            return "You were signed out after 30 minutes without activity. Sign in again to carry on."
        if now - started > settings.KSCB_ADMIN_SESSION_LIFETIME:
            return "Your session has ended. Sign in again to carry on."
        if now - last_seen >= TOUCH_EVERY_SECONDS or LAST_SEEN not in session:
            session[LAST_SEEN] = now
        return None
