"""Certificates of attendance as PDF, drawn with fpdf2 in DejaVu Sans as every PDF of the site is
(kscb_site/pdf.py), so every name is printed as it was written, Arabic shaped right to left by HarfBuzz.

The certificate's own words are in the language the booker used (Booking.language), from this app's
catalogue (training/locale), and in English when the booking records none.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from fpdf import FPDF

from kscb_site.pdf import BOARD, FONT, set_up

from .models import Status


def certificate_pdf(booking):
    """The certificate for a booking marked as attended, as PDF bytes."""
    with translation.override(booking.language or settings.LANGUAGE_CODE):
        return _draw(booking)


def _draw(booking):
    session = booking.session
    course = session.course
    pdf = FPDF(orientation="landscape", format="A4")
    title = _("Certificate of attendance: %(course)s") % {"course": course.title}
    set_up(pdf, title, author=BOARD, language=translation.get_language())
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_line_width(1.5)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    width = pdf.w - 40

    def line(text, size, style="", space=6):
        pdf.set_font(FONT, style, size)
        pdf.set_x(20)
        pdf.multi_cell(width, size * 0.5, text, align="C")
        pdf.ln(space)

    pdf.set_y(30)
    line(_("Knowsley Safeguarding Children Board"), 16, "B", 10)
    line(_("Certificate of attendance"), 28, "B", 12)
    # Translators: on the certificate, the line before the person's name.
    line(_("This is to certify that"), 14)
    line(booking.name, 26, "B", 8)
    if booking.organisation_name:
        line(booking.organisation_name, 14, space=8)
    # Translators: on the certificate, between the person's name and the course's title.
    line(pgettext("certificate", "attended"), 14)
    line(course.title, 20, "B", 6)
    starts = dateformat.format(timezone.localtime(session.starts_at), "j E Y")
    # In Arabic a right-to-left mark around each dot keeps an English duration from taking the date's
    # day with it to the wrong end of the line.
    dot = "\u200f·\u200f" if translation.get_language_bidi() else "·"
    line(f" {dot} ".join([str(course.get_level_display()), course.duration, starts]), 14, space=12)
    if course.is_illustrative:
        line(_("Illustrative demo course: this certificate is an example."), 11)
    return bytes(pdf.output())


def certificate_response(booking):
    if booking.status != Status.ATTENDED:
        raise PermissionDenied
    response = HttpResponse(certificate_pdf(booking), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{booking.session_id}-{booking.pk}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response
