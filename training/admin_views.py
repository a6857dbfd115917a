"""Staff screens beyond the snippet views: a session's register (printable, with attendance to mark),
cancelling a session (everyone booked is told), and a certificate of attendance."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from wagtail.admin import messages

from . import booking as bookings
from .certificates import certificate_response
from .models import Booking, EmailKind, Session, Status

ATTENDANCE = {Status.CONFIRMED, Status.ATTENDED, Status.DID_NOT_ATTEND}


def require_permission(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def register(request, pk):
    """The people with a place, in the order they booked, and the waiting list. ?print=1 for paper."""
    require_permission(request, "training.view_booking")
    session = get_object_or_404(Session.objects.select_related("course"), pk=pk)
    people = list(session.bookings.filter(status__in=ATTENDANCE).select_related("organisation").order_by("name", "pk"))
    if request.method == "POST":
        require_permission(request, "training.change_booking")
        changed = mark_attendance(session, people, request.POST)
        messages.success(request, f"Attendance saved ({changed} changed).")
        return redirect("training_register", pk=session.pk)
    waiting = list(
        session.bookings.filter(status__in=[Status.WAITING, Status.OFFERED])
        .select_related("organisation")
        .order_by("queued_at", "pk")
    )
    context = {
        "session": session,
        "people": people,
        "waiting": waiting,
        "header_title": f"Register: {session}",
        "page_title": f"Register: {session}",
        "header_icon": "list-ul",
        "can_mark": request.user.has_perm("training.change_booking"),
        "started": session.starts_at <= timezone.now(),
    }
    template = "training/admin/register_print.html" if request.GET.get("print") else "training/admin/register.html"
    return TemplateResponse(request, template, context)


def mark_attendance(session, people, data):
    """Attended or did not attend, as staff ticked; each newly attended booker is sent their certificate link."""
    changed = 0
    with transaction.atomic():
        for person in people:
            choice = data.get(f"attendance-{person.pk}")
            if choice not in ATTENDANCE or choice == person.status:
                continue
            person.set_status(choice)
            person.save(update_fields=["status", "status_changed_at"])
            if choice == Status.ATTENDED and not person.emails.filter(kind=EmailKind.ATTENDED).exists():
                bookings.tell(person, EmailKind.ATTENDED)
            changed += 1
    return changed


def cancel_session(request, pk):
    require_permission(request, "training.change_session")
    session = get_object_or_404(Session.objects.select_related("course"), pk=pk)
    if request.method == "POST":
        told = bookings.cancel_session(session.pk)
        messages.success(request, f"Session cancelled. {told} booker(s) will be emailed.")
        return redirect(reverse("wagtailsnippets_training_session:list"))
    people = session.bookings.filter(status__in=[Status.CONFIRMED, Status.WAITING, Status.OFFERED]).count()
    context = {
        "session": session,
        "people": people,
        "header_title": f"Cancel: {session}",
        "page_title": f"Cancel: {session}",
        "header_icon": "warning",
    }
    return TemplateResponse(request, "training/admin/cancel_session.html", context)


def certificate(request, pk):
    require_permission(request, "training.view_booking")
    booking = get_object_or_404(Booking.objects.select_related("session__course", "organisation"), pk=pk)
    return certificate_response(booking)
