"""What the site's PDFs share: the training certificates, the threshold guide and the demo's documents
are drawn with fpdf2 in DejaVu Sans (shipped in kscb_site/fonts/, with its licence).

DejaVu Sans has Polish, Romanian and Arabic letters; HarfBuzz (uharfbuzz) shapes Arabic, joining its
letters and setting them right to left, so text prints as it was written.
"""

from pathlib import Path

FONTS = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVu"
BOARD = "Knowsley Safeguarding Children Board"


def set_up(pdf, title, *, creator=BOARD, author=None, language=None, shaping=True):
    """Prepare a new FPDF before its first page: the document's title and creator (its author and
    language when given), DejaVu Sans registered as FONT in regular ("") and bold ("B"), and HarfBuzz
    text shaping, which Arabic needs (`shaping=False` prints faster where there is none)."""
    pdf.set_title(title)
    pdf.set_creator(creator)
    if author:
        pdf.set_author(author)
    if language:
        pdf.set_lang(language)
    pdf.add_font(FONT, "", FONTS / "DejaVuSans.ttf")
    pdf.add_font(FONT, "B", FONTS / "DejaVuSans-Bold.ttf")
    pdf.set_text_shaping(shaping)
    return pdf
