"""Reports → Training: places offered and filled, attendance, no-shows by organisation, evaluation
scores and impact answers, for the yearly report; downloadable as CSV or XLSX. CSV cells are defused
against formulas; XLSX text is written as text, never as a formula."""

import csv
from io import BytesIO

from django.db.models import Avg, Count, F, Q
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from openpyxl import Workbook

from feedback.admin.export import neutralise_formula

from .admin_views import require_permission
from .models import FILLED, Booking, ImpactAnswer, Session, Status


def session_rows():
    """Every past or present session with its figures, in one query however many bookings there are."""
    sessions = (
        Session.objects.select_related("course")
        .annotate(
            filled=Count("bookings", filter=Q(bookings__status__in=FILLED), distinct=True)
            + F("places_filled_archived"),
            attended=Count("bookings", filter=Q(bookings__status=Status.ATTENDED), distinct=True)
            + F("attended_archived"),
            no_shows=Count("bookings", filter=Q(bookings__status=Status.DID_NOT_ATTEND), distinct=True),
            waiting=Count("bookings", filter=Q(bookings__status=Status.WAITING), distinct=True),
            evaluation_count=Count("evaluations", distinct=True),
            usefulness=Avg("evaluations__usefulness"),
            impact_count=Count("impact_answers", distinct=True),
        )
        .order_by("-starts_at")
    )
    rows = []
    for session in sessions:
        marked = session.attended + session.no_shows
        rows.append(
            {
                "session": session,
                "rate": round(100 * session.attended / marked) if marked else None,
                "usefulness": round(session.usefulness, 1) if session.usefulness is not None else None,
            }
        )
    return rows


def no_shows_by_organisation():
    return (
        Booking.objects.filter(status=Status.DID_NOT_ATTEND)
        .values("organisation__name", "other_organisation")
        .annotate(count=Count("pk"))
        .order_by("-count")
    )


COLUMNS = [
    "Course",
    "Starts",
    "Cancelled",
    "Places",
    "Filled",
    "Attended",
    "Did not attend",
    "Attendance %",
    "Waiting",
    "Evaluations",
    "Average usefulness (1-5)",
    "Impact answers",
]


def export_rows(rows):
    """The report's table, one list per session, in COLUMNS' order: numbers stay numbers."""
    for row in rows:
        session = row["session"]
        yield [
            session.course.title,
            session.starts_at,
            "yes" if session.cancelled else "no",
            session.capacity,
            session.filled,
            session.attended,
            session.no_shows,
            "" if row["rate"] is None else row["rate"],
            session.waiting,
            session.evaluation_count,
            "" if row["usefulness"] is None else row["usefulness"],
            session.impact_count,
        ]


def csv_response(rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="training-report.csv"'
    writer = csv.writer(response)
    writer.writerow(COLUMNS)
    for title, starts_at, *figures in export_rows(rows):
        writer.writerow([neutralise_formula(title), starts_at.isoformat(), *figures])
    return response


def xlsx_response(rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Training"
    sheet.append(COLUMNS)
    for title, starts_at, *figures in export_rows(rows):
        # A spreadsheet has no time zones: the start is written in the site's local time.
        sheet.append([title, timezone.localtime(starts_at).replace(tzinfo=None), *figures])
        # A course title such as "=HYPERLINK(...)" stays text, exactly as the coordinator typed it.
        sheet.cell(row=sheet.max_row, column=1).data_type = "s"
        sheet.cell(row=sheet.max_row, column=2).number_format = "yyyy-mm-dd hh:mm"
    output = BytesIO()
    workbook.save(output)
    response = HttpResponse(
        output.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = 'attachment; filename="training-report.xlsx"'
    return response


def report(request):
    require_permission(request, "training.view_booking")
    rows = session_rows()
    export = request.GET.get("export")
    if export == "csv":
        return csv_response(rows)
    if export == "xlsx":
        return xlsx_response(rows)
    context = {
        "rows": rows,
        "no_shows": no_shows_by_organisation(),
        "impact_answers": ImpactAnswer.objects.select_related("session__course")[:50],
        "header_title": "Training report",
        "page_title": "Training report",
        "header_icon": "calendar",
    }
    return TemplateResponse(request, "training/admin/report.html", context)
