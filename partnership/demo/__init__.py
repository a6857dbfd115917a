"""The yearly report, the safeguarding arrangements and independent scrutiny, for the demo site.

The chapters quote the board's published response to the Child R serious case review (the seed):
every fact and figure is the board's own. The year of the report, its chapter headings, the easy-read
summary and the words of the arrangements and scrutiny pages that the seed does not give are written
for the demo: each page says so to readers (an "Illustrative" panel) and the loader says so to
editors. No name, number or date is invented: the scrutineer's name is left for staff to enter, and
there is no BSL video, because the board has none to show.
"""

from wagtail.models import Site

from home.demo.helpers import ensure_page, paragraph_block
from home.models import StandardPage
from partnership.models import ArrangementsPage, OtherFormats, ReportChapterPage, ScrutinyPage, YearlyReportPage

from .content import ARRANGEMENTS, CHAPTERS, EASY_READ, REPORT, SCRUTINY


def illustrative(text):
    return ("callout", {"style": "info", "heading": "Illustrative demo content", "text": f"<p>{text}</p>"})


def body_of(illustrative_note, blocks):
    return [illustrative(illustrative_note), *blocks]


def load(stdout):
    home = Site.objects.get(is_default_site=True).root_page.specific
    easy_read = ensure_page(
        home,
        StandardPage,
        EASY_READ["slug"],
        title=EASY_READ["title"],
        listing_summary=EASY_READ["summary"],
        introduction=EASY_READ["introduction"],
        body=body_of(EASY_READ["note"], [paragraph_block(*EASY_READ["paragraphs"])]),
    )
    report = ensure_page(
        home,
        YearlyReportPage,
        REPORT["slug"],
        title=REPORT["title"],
        year=REPORT["year"],
        period=REPORT["period"],
        listing_summary=REPORT["summary"],
        introduction=REPORT["introduction"],
        easy_read_version=[("link", {"page": easy_read, "label": "", "document": None, "url": ""})],
    )
    for chapter in CHAPTERS:
        ensure_page(
            report,
            ReportChapterPage,
            chapter["slug"],
            title=chapter["title"],
            summary=chapter["summary"],
            listing_summary=chapter["summary"],
            body=body_of(REPORT["note"], chapter["body"]),
        )
    OtherFormats.objects.get_or_create(page=report.page_ptr, defaults={"easy_read_page": easy_read.page_ptr})
    ensure_page(
        home,
        ArrangementsPage,
        ARRANGEMENTS["slug"],
        title=ARRANGEMENTS["title"],
        listing_summary=ARRANGEMENTS["summary"],
        introduction=ARRANGEMENTS["introduction"],
        partners=ARRANGEMENTS["partners"],
        body=body_of(ARRANGEMENTS["note"], ARRANGEMENTS["body"]),
    )
    ensure_page(
        home,
        ScrutinyPage,
        SCRUTINY["slug"],
        title=SCRUTINY["title"],
        listing_summary=SCRUTINY["summary"],
        introduction=SCRUTINY["introduction"],
        scrutineer_role=SCRUTINY["role"],
        raise_a_concern=SCRUTINY["raise_a_concern"],
    )
    stdout.write(
        "Partnership: the yearly report's year, chapter headings and easy-read summary, and the arrangements and "
        "scrutiny pages' framing are illustrative (each page says so); staff must enter the scrutineer's name, "
        "their reports, the children's version of the report and any BSL video (Snippets > Other formats)."
    )
