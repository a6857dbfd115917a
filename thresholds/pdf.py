"""The threshold guide as PDF, drawn with fpdf2 from the same blocks as the web page.

In DejaVu Sans, set up as every PDF of the site is (kscb_site/pdf.py): it has Polish, Romanian and
Arabic letters, and HarfBuzz shapes Arabic.
"""

import re
from html import unescape

from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _
from fpdf import FPDF

from kscb_site.pdf import BOARD, FONT, set_up

BLOCK_END = re.compile(r"</(p|li|h\d)>|<br\s*/?>", re.IGNORECASE)
LIST_ITEM = re.compile(r"<li[^>]*>", re.IGNORECASE)


def plain_lines(html):
    """Rich text as plain lines: one per paragraph, list items with a bullet."""
    text = LIST_ITEM.sub("• ", BLOCK_END.sub("\n", html))
    return [line.strip() for line in unescape(strip_tags(text)).splitlines() if line.strip()]


class GuidePDF(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text

    def footer(self):
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.cell(0, 5, f"{self.footer_text} · {self.page_no()}", align="C")


def guide_pdf(page):
    """PDF bytes of one version of the guide: title, dates, notice, introduction, then each level."""
    align = "R" if get_language_bidi() else "L"
    pdf = GuidePDF(f"{BOARD} · {page.title}")
    set_up(pdf, page.title, author=BOARD, language=page.locale.language_code)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    def text(words, size=11, style="", space=2):
        pdf.set_font(FONT, style, size)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(0, size * 0.5, words, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(space)

    text(BOARD, 10)
    pdf.start_section(page.title)
    text(page.title, 20, "B", 4)
    text(_("Applies from %(date)s") % {"date": date_format(page.effective_from, "j F Y")}, 11, "B", 3)
    if page.is_illustrative:
        text(
            _(
                "Illustrative: the indicators and dates in this guide are examples for the demo site, "
                "not the board's agreed guide."
            ),
            10,
            "B",
            3,
        )
    text(page.introduction, 11, space=4)
    if page.change_summary:
        text(_("What changed in this version"), 12, "B")
        text(page.change_summary, 11, space=4)

    for block in page.levels:
        level = block.value
        pdf.start_section(level["heading"])
        text(level["heading"], 16, "B", 2)
        text(level["summary"], 11, space=3)
        for heading, indicators in level.domains():
            text(str(heading), 12, "B", 1)
            for indicator in indicators:
                text(f"• {indicator}", 11, space=1)
            pdf.ln(2)
        text(_("What to do at this level"), 12, "B", 1)
        for line in plain_lines(level["what_to_do"].source):
            text(line, 11, space=1)
        if level["routing_page"]:
            text(_("Worried about a child? Who to call: %(url)s") % {"url": level["routing_page"].full_url}, 11)
        pdf.ln(4)
    return bytes(pdf.output())
