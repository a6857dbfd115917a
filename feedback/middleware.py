"""The database gone when a young person presses Send: tell them plainly it was NOT sent.

Without a database Wagtail cannot even find the form's page, so the view never runs. This turns
that error, for a post of the children's voice form only, into the "message not sent" page in
the form's language, with what they wrote and every way to get help now. It reads nothing
from the database; the numbers come from the server's settings (KSCB_FALLBACK_CONTACTS).
"""

import logging

from django.core import signing
from django.db import DatabaseError

from .forms import STARTED_SALT
from .models.submissions import MESSAGE_MAX_LENGTH
from .views import message_not_sent

logger = logging.getLogger(__name__)


def is_feedback_post(request):
    # The form's own signed start token, however old: no other form carries it.
    if request.method != "POST":
        return False
    try:
        signing.loads(request.POST.get("started", ""), salt=STARTED_SALT)
    except signing.BadSignature:
        return False
    return "message" in request.POST


class MessageNotSentMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DatabaseError) or not is_feedback_post(request):
            return None
        logger.error("Children's voice message NOT stored: the database is unavailable (%s)", type(exception).__name__)
        message = request.POST.get("message", "")[:MESSAGE_MAX_LENGTH]
        return message_not_sent(request, message, database_down=True)
