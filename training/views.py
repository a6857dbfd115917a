"""The public booking steps. Every step answers with a page of its own, never cached.

An emailed link only shows a page with a button: a mail scanner that opens links changes nothing.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from feedback import rate_limit

from . import booking as bookings
from . import ics, tokens
from .certificates import certificate_response
from .forms import BookingForm, EvaluationForm, ImpactForm
from .models import Booking, Evaluation, ImpactAnswer, Session, Status, TrainingIndexPage

CALENDAR_CACHE = "public, max-age=300"
ANSWERED, TOO_MANY = "answered", "too-many"


def calendar_page(request):
    page = TrainingIndexPage.objects.live().filter(locale__language_code=request.LANGUAGE_CODE).first()
    page = page or TrainingIndexPage.objects.live().first()
    return page.get_url(request) if page else "/"


def _session(pk):
    return get_object_or_404(Session.objects.select_related("course").with_places(), pk=pk)


@never_cache
def session_detail(request, pk):
    session = _session(pk)
    form = BookingForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if not rate_limit.allow(request, scope="training-booking", rule=settings.KSCB_TRAINING_RATE_LIMIT):
            return _answer(request, TOO_MANY, session, status=429)
        if form.is_valid():
            outcome, _ = bookings.request_place(session, form.cleaned_data)
            if outcome == bookings.REQUESTED:
                return redirect("training_asked", pk=session.pk)
            return _answer(request, outcome, session, status=409 if outcome == bookings.ALREADY_BOOKED else 410)
        status = 400
    context = {"session": session, "form": form, "open": session.booking_open(), "calendar_url": calendar_page(request)}
    return TemplateResponse(request, "training/session.html", context, status=status)


def _answer(request, outcome, session=None, booking=None, status=200):
    context = {"outcome": outcome, "session": session, "booking": booking, "calendar_url": calendar_page(request)}
    return TemplateResponse(request, "training/answer.html", context, status=status)


@never_cache
@require_GET
def asked(request, pk):
    return _answer(request, bookings.REQUESTED, _session(pk))


def _step(request, token, action, template, act):
    """GET shows the button; POST does it. A forged, expired or unknown link gets a clear page."""
    payload = tokens.read(token, action)
    found = Booking.objects.select_related("session__course").filter(pk=payload["b"]).first() if payload else None
    if found is None:
        return _answer(request, bookings.EXPIRED, status=410)
    if request.method == "POST":
        outcome, changed = act(payload)
        return _answer(request, outcome, found.session, changed or found)
    context = {"booking": found, "session": found.session, "token": token, "calendar_url": calendar_page(request)}
    return TemplateResponse(request, template, context)


@never_cache
def confirm(request, token):
    return _step(
        request, token, tokens.CONFIRM, "training/confirm.html", lambda payload: bookings.confirm_address(payload["b"])
    )


@never_cache
def cancel(request, token):
    return _step(request, token, tokens.CANCEL, "training/cancel.html", lambda payload: bookings.cancel(payload["b"]))


@never_cache
def accept(request, token):
    return _step(
        request,
        token,
        tokens.ACCEPT,
        "training/accept.html",
        lambda payload: bookings.accept_offer(payload["b"], payload.get("o")),
    )


def _ics_response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = CALENDAR_CACHE
    return response


@require_GET
def session_ics(request, pk):
    session = get_object_or_404(Session.objects.select_related("course"), pk=pk)
    return _ics_response(ics.calendar([session], name=session.course.title), f"training-{session.pk}.ics")


@require_GET
def calendar_feed(request):
    since = timezone.now() - datetime.timedelta(days=90)
    sessions = Session.objects.filter(starts_at__gte=since).select_related("course").order_by("starts_at")
    response = _ics_response(ics.calendar(sessions), "kscb-training.ics")
    response["Content-Disposition"] = 'inline; filename="kscb-training.ics"'
    return response


@never_cache
@require_GET
def certificate(request, token):
    """The certificate from the signed link in the post-course email (a link, not an attachment: it keeps)."""
    payload = tokens.read(token, tokens.CERTIFICATE)
    found = (
        Booking.objects.select_related("session__course", "organisation").filter(pk=payload["b"]).first()
        if payload
        else None
    )
    if found is None or found.status != Status.ATTENDED:
        return _answer(request, bookings.EXPIRED, status=410)
    return certificate_response(found)


def _attender(token, action):
    payload = tokens.read(token, action)
    found = Booking.objects.select_related("session__course").filter(pk=payload["b"]).first() if payload else None
    return found if found is not None and found.status == Status.ATTENDED else None


def _anonymous_answer(request, token, action, form_class, done_flag, store):
    """One answer per attender; the answer is kept with the session, and only a tick on the booking."""
    booking = _attender(token, action)
    if booking is None:
        return _answer(request, bookings.EXPIRED, status=410)
    if getattr(booking, done_flag):
        return _answer(request, ANSWERED, booking.session)
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            if Booking.objects.filter(pk=booking.pk, **{done_flag: False}).update(**{done_flag: True}):
                store(booking.session, form.cleaned_data)
        return _answer(request, ANSWERED, booking.session)
    context = {"form": form, "session": booking.session, "action": action, "calendar_url": calendar_page(request)}
    return TemplateResponse(request, "training/anonymous_form.html", context, status=400 if form.errors else 200)


def _store_evaluation(session, data):
    comment, _referred = bookings.triaged(data.get("comment", ""), f"in the evaluation of “{session}”")
    Evaluation.objects.create(session=session, usefulness=data["usefulness"], comment=comment)


def _store_impact(session, data):
    answer, _referred = bookings.triaged(data["answer"], f"in the three-month follow-up of “{session}”")
    if answer:
        ImpactAnswer.objects.create(session=session, answer=answer)


@never_cache
def evaluate(request, token):
    return _anonymous_answer(request, token, tokens.EVALUATE, EvaluationForm, "evaluated", _store_evaluation)


@never_cache
def impact(request, token):
    return _anonymous_answer(request, token, tokens.IMPACT, ImpactForm, "impact_answered", _store_impact)
