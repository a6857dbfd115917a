"""GET and POST of the children's voice form, served by FeedbackPage."""

from django.conf import settings
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from . import intake, rate_limit
from .forms import BlankFeedbackForm, FeedbackForm, started_token
from .models.pages import make_thanks_token


def handle_feedback_form(page, request):
    if request.method == "POST":
        form = FeedbackForm(request.POST)
        if form.is_spam_trap:
            # Look like success so a bot learns nothing; store nothing.
            return redirect(page.url + page.reverse_subpage("thanks") + "?t=" + make_thanks_token(False))
        if form.is_valid():
            if rate_limit.allow(request):
                submission = intake.receive(form.cleaned_data)
                return redirect(page.thanks_url(submission))
            minutes = max(1, settings.KSCB_FEEDBACK_RATE_LIMIT[1] // 60)
            form.add_error(
                None,
                _(
                    "You have sent a lot of messages in a short time. Wait %(minutes)s minutes, then press Send "
                    "again. What you wrote is still here."
                )
                % {"minutes": minutes},
            )
        started = form["started"].value()
    else:
        form, started = BlankFeedbackForm(), started_token()
    return page.render(
        request,
        context_overrides={"form": form, "sent_back": form.is_bound, "started": started},
        template="feedback/feedback_page.html",
    )
