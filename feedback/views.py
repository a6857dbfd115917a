"""GET and POST of the children's voice form, served by FeedbackPage.

A valid message is stored, whatever the spam guards say: they only mark it for reviewers.
The young person sees the same thank-you page either way.
"""

import logging

from django.conf import settings
from django.db import DatabaseError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from . import intake, rate_limit
from .forms import FeedbackForm, read_started, started_token

logger = logging.getLogger(__name__)


def handle_feedback_form(page, request):
    if request.method != "POST":
        return render_form(page, request, FeedbackForm())
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return render_form(page, request, form)
    possible_flood = not rate_limit.allow(request)
    try:
        submission = intake.receive(
            form.cleaned_data,
            possible_flood=possible_flood,
            spam_signs=form.spam_signs(),
            start_nonce=form.start_nonce(),
        )
    except DatabaseError:
        logger.exception("Children's voice message NOT stored: the database is unavailable")
        return message_not_sent(request, form.cleaned_data.get("message", ""))
    if submission.possible_flood or submission.possible_spam:
        logger.warning(
            "Children's voice message %s stored and marked: %s",
            submission.reference,
            "; ".join(filter(None, ["possible flood" if submission.possible_flood else "", submission.spam_signs])),
        )
    return redirect(page.thanks_url(submission))


def render_form(page, request, form, status=200):
    """The form, new or sent back with what the young person wrote and any errors."""
    started = form.initial["started"] if not form.is_bound else form.data.get("started", "")
    if form.is_bound and read_started(started) is None:
        started = started_token()  # a token too old or lost: this one lets the next Send through cleanly
    response = page.render(
        request,
        context_overrides={"form": form, "sent_back": form.is_bound and bool(form.errors), "started": started},
        template="feedback/feedback_page.html",
    )
    response.status_code = status
    return response


def resend_after_csrf_failure(page, request):
    """The CSRF cookie was lost (cleared, or a new browser session): show the form again with the
    young person's words, a fresh token, and a plain note to press Send again. Nothing is stored."""
    if request.method != "POST":
        return None
    form = FeedbackForm(request.POST)
    form.is_valid()  # so choices they made are shown checked, and any real errors too
    response = page.render(
        request,
        context_overrides={
            "form": form,
            "sent_back": bool(form.errors),
            "started": started_token(),
            "csrf_resend": True,
        },
        template="feedback/feedback_page.html",
    )
    response.status_code = 403
    return response


def message_not_sent(request, message, database_down=False):
    """The database is down: say plainly the message was NOT sent, with every way to get help now.

    Needs no database: the contacts come from the site's setting if it can still be read, or
    from the fallback numbers in settings. When the database is known to be down it is not
    tried again: a hanging one would make the young person wait twice.
    """
    contacts = dict(settings.KSCB_FALLBACK_CONTACTS)
    try:
        if database_down:
            raise DatabaseError("known to be unavailable")
        site_contacts = request_contacts(request)
        contacts.update(
            emergency=site_contacts.emergency_phone,
            childline=site_contacts.childline_phone,
            mash_phone=site_contacts.mash_phone or contacts["mash_phone"],
            quick_exit_url=site_contacts.quick_exit_url,
        )
    except DatabaseError:
        logger.warning("Safeguarding contacts unavailable; the not-sent page shows the fallback numbers")
    response = TemplateResponse(
        request,
        "503.html",
        {"contacts": contacts, "message_not_sent": True, "message": message},
        status=503,
    ).render()
    response["Retry-After"] = "120"
    patch_cache_control(response, no_store=True, private=True)
    return response


def request_contacts(request):
    from home.models import SafeguardingSettings

    return SafeguardingSettings.for_request(request)
