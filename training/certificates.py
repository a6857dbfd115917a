"""Certificates of attendance as PDF, with fpdf2 and the DejaVu Sans font shipped in training/fonts/.

DejaVu Sans has Polish, Romanian and Arabic letters; HarfBuzz (uharfbuzz) shapes Arabic, joining its
letters and setting them right to left, so every name is printed as it was written.
"""

from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils import timezone
from fpdf import FPDF

from .models import Status

FONTS = Path(__file__).resolve().parent / "fonts"
BOARD = "Knowsley Safeguarding Children Board"


def certificate_pdf(booking):
    """The certificate for a booking marked as attended, as PDF bytes."""
    session = booking.session
    course = session.course
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_title(f"Certificate of attendance: {course.title}")
    pdf.set_author(BOARD)
    pdf.set_creator(BOARD)
    pdf.add_font("DejaVu", "", FONTS / "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONTS / "DejaVuSans-Bold.ttf")
    pdf.set_text_shaping(True)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_line_width(1.5)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    width = pdf.w - 40

    def line(text, size, style="", space=6):
        pdf.set_font("DejaVu", style, size)
        pdf.set_x(20)
        pdf.multi_cell(width, size * 0.5, text, align="C")
        pdf.ln(space)

    pdf.set_y(30)
    line(BOARD, 16, "B", 10)
    line("Certificate of attendance", 28, "B", 12)
    line("This is to certify that", 14)
    line(booking.name, 26, "B", 8)
    if booking.organisation_name:
        line(booking.organisation_name, 14, space=8)
    line("attended", 14)
    line(course.title, 20, "B", 6)
    starts = timezone.localtime(session.starts_at)
    line(f"{course.get_level_display()} · {course.duration} · {starts:%d %B %Y}", 14, space=12)
    if course.is_illustrative:
        line("Illustrative demo course: this certificate is an example.", 11)
    return bytes(pdf.output())


def certificate_response(booking):
    if booking.status != Status.ATTENDED:
        raise PermissionDenied
    response = HttpResponse(certificate_pdf(booking), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{booking.session_id}-{booking.pk}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response
