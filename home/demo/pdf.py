"""Real, openable PDFs for the demo's documents (leaflets, the board's response, resources), written
with fpdf2 in DejaVu Sans (kscb_site/pdf.py), so that Polish, Romanian and Arabic text prints as
written: a Polish leaflet keeps its ą, ę, ł and ż, and Arabic is shaped right to left by HarfBuzz."""

import re

from fpdf import FPDF

from kscb_site.pdf import FONT, set_up

MARGIN_MM = 20
# Arabic letters need HarfBuzz to join them and set them right to left; other text prints faster
# without it (the demo writes a few dozen documents).
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def make_pdf(title, paragraphs, language="en-GB"):
    """Return the bytes of an A4 PDF with the title, then each paragraph, wrapped over as many pages as
    it takes. `language` is recorded in the document so that screen readers use the right voice."""
    pdf = FPDF(format="A4")
    shaping = bool(RIGHT_TO_LEFT.search(" ".join([title, *paragraphs])))
    set_up(pdf, title, creator="KSCB demo loader", language=language, shaping=shaping)
    pdf.set_margins(MARGIN_MM, MARGIN_MM)
    pdf.set_auto_page_break(True, margin=MARGIN_MM)
    pdf.add_page()
    pdf.set_font(FONT, "B", 16)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(FONT, "", 11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 5.5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())
