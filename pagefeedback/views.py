"""The widget's two steps, each answering with a page of its own that is never cached.

The widget in every page is a plain form with no CSRF token, so public pages stay shareable by
the CDN and the page cache and set no cookie. These views are therefore CSRF-exempt: nothing
here acts for a signed-in person, and a comment needs the signed, short-lived answer token
that only the answer step gives out.
"""

from urllib.parse import urlencode

from django.core import signing
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page

from . import intake
from .forms import AnswerForm, CommentForm
from .models import PageFeedback

TOKEN_SALT = "pagefeedback.answer"  # noqa: S105 - a signing salt, not a secret
TOKEN_MAX_AGE = 60 * 60  # an hour to write a comment after answering


def answer_token(answer):
    return signing.dumps(answer.pk, salt=TOKEN_SALT)


def answer_from_token(token):
    """The answer a token was given for, or None if it is forged, expired or gone."""
    try:
        pk = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    return PageFeedback.objects.select_related("page").filter(pk=pk).first()


def page_url(request, page):
    return page.get_url(request) or "/"


@csrf_exempt
@never_cache
@require_POST
def answer(request):
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(request, "pagefeedback/problem.html", {"problem": "invalid"}, status=400)
    page = get_object_or_404(Page.objects.live(), pk=form.cleaned_data["page"])
    if not intake.within_rate_limit(request):
        context = {"problem": "too_many", "back_url": page_url(request, page)}
        return TemplateResponse(request, "pagefeedback/problem.html", context, status=429)
    recorded = intake.record_answer(page, form.cleaned_data["useful"] == "yes")
    return redirect(f"{reverse('page_feedback_comment')}?{urlencode({'answer': answer_token(recorded)})}")


@csrf_exempt
@never_cache
def comment(request):
    if request.method == "POST":
        return _receive_comment(request)
    return _comment_form(request)


def _comment_form(request, form=None, status=200):
    token = form.data.get("answer", "") if form is not None else request.GET.get("answer", "")
    recorded = answer_from_token(token)
    if recorded is None:
        return TemplateResponse(request, "pagefeedback/problem.html", {"problem": "expired"}, status=400)
    form = form or CommentForm(initial={"answer": token})
    context = {
        "form": form,
        "answer": recorded,
        "back_url": page_url(request, recorded.page),
        "already_commented": bool(recorded.comment),
    }
    return TemplateResponse(request, "pagefeedback/comment.html", context, status=status)


def _receive_comment(request):
    form = CommentForm(request.POST)
    if not form.is_valid():
        return _comment_form(request, form=form, status=400)
    recorded = answer_from_token(form.cleaned_data["answer"])
    if recorded is None:
        return TemplateResponse(request, "pagefeedback/problem.html", {"problem": "expired"}, status=400)
    back_url = page_url(request, recorded.page)
    if not recorded.comment:
        possible_flood = not intake.within_rate_limit(request)
        intake.record_comment(recorded, form.cleaned_data["comment"], possible_flood=possible_flood, page_url=back_url)
    return redirect(f"{reverse('page_feedback_thanks')}?{urlencode({'page': recorded.page_id})}")


@never_cache
@require_GET
def thanks(request):
    page_id = request.GET.get("page", "")
    page = Page.objects.live().filter(pk=page_id).first() if page_id.isdigit() else None
    back_url = page_url(request, page) if page is not None else "/"
    return TemplateResponse(request, "pagefeedback/thanks.html", {"back_url": back_url})
