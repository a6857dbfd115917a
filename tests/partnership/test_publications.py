"""The partnership's statutory publications: the yearly report (contents, chapters, the printable
whole), the safeguarding arrangements and independent scrutiny, with flat query counts."""

import pytest

from home.demo.helpers import paragraph_block
from partnership.demo.content import CHAPTERS
from partnership.models import ArrangementsPage, ReportChapterPage, ScrutinyPage, YearlyReportPage
from tests.partnership.helpers import soup_of

REPORT_URL = "/yearly-report/"
PRINT_URL = "/yearly-report/print/"


@pytest.fixture
def report(db):
    return YearlyReportPage.objects.get(slug="yearly-report")


def add_chapter(report, title, text="A chapter added by a test."):
    chapter = ReportChapterPage(title=title, slug=title.lower().replace(" ", "-"), body=[paragraph_block(text)])
    report.add_child(instance=chapter)
    chapter.save_revision().publish()
    return chapter


def test_the_report_lists_its_chapters_in_order_with_its_other_versions(client, report):
    soup = soup_of(client, REPORT_URL)
    assert soup.find("h1").get_text() == "Yearly report"
    assert "2016 to 2017" in soup.find(class_="report-period").get_text()
    contents = soup.find("nav", class_="report-contents")
    assert [link.get_text() for link in contents.find_all("a")] == [chapter["title"] for chapter in CHAPTERS]
    assert [link["href"] for link in contents.find_all("a")] == [
        f"{REPORT_URL}{chapter['slug']}/" for chapter in CHAPTERS
    ]
    versions = soup.find(class_="report-versions")
    assert versions.find("a", href=PRINT_URL)
    assert versions.find("a", href="/yearly-report-easy-read/").get_text() == "Yearly report: easy read"


def test_the_report_says_what_is_illustrative(client, report):
    chapter = soup_of(client, REPORT_URL + "our-priorities/")
    assert "Illustrative demo content" in chapter.find("main").get_text()
    assert "business plan for 2016/2018" in chapter.find("main").get_text()


def test_the_printable_whole_has_every_chapter_in_order(client, report):
    add_chapter(report, "A late chapter")
    soup = soup_of(client, PRINT_URL)
    sections = soup.find_all("section", class_="report-chapter")
    titles = [section.find("h2").get_text() for section in sections]
    assert titles == [chapter["title"] for chapter in CHAPTERS] + ["A late chapter"]
    assert "A chapter added by a test." in sections[-1].get_text()
    assert "1,800 secondary school pupils" in sections[3].get_text()
    anchors = [link["href"] for link in soup.find("nav", class_="report-contents").find_all("a")]
    assert anchors == [f"#{section['id']}" for section in sections]
    assert soup.find("body")["class"] == ["report-print"]
    assert soup.find("link", href=lambda href: href and "partnership" in href)


def test_a_moved_chapter_moves_in_the_contents_and_the_whole(client, report):
    first = ReportChapterPage.objects.get(slug="our-priorities")
    last = ReportChapterPage.objects.child_of(report).order_by("-path").first()
    first.move(last, pos="right")
    expected = [chapter["title"] for chapter in CHAPTERS[1:]] + [CHAPTERS[0]["title"]]
    contents = soup_of(client, REPORT_URL).find("nav", class_="report-contents")
    assert [link.get_text() for link in contents.find_all("a")] == expected
    whole = soup_of(client, PRINT_URL)
    assert [section.find("h2").get_text() for section in whole.find_all("section", class_="report-chapter")] == expected


def test_an_unpublished_chapter_is_left_out(client, report):
    ReportChapterPage.objects.get(slug="safe-sleeping").unpublish()
    assert "Safe sleeping" not in soup_of(client, REPORT_URL).find("nav", class_="report-contents").get_text()
    assert "Safe sleeping" not in soup_of(client, PRINT_URL).find("main").get_text()


def test_a_chapter_leads_to_its_neighbours_and_back_to_the_contents(client, report):
    soup = soup_of(client, REPORT_URL + "the-mash/")
    pager = soup.find("nav", class_="report-pager")
    assert pager.find("a", rel="prev")["href"] == REPORT_URL + "our-priorities/"
    assert pager.find("a", rel="next")["href"] == REPORT_URL + "neglect-and-domestic-abuse/"
    assert pager.find("a", href=REPORT_URL)
    assert soup.find(class_="report-versions").find("a", href=PRINT_URL)


def test_the_report_pages_are_publicly_cacheable(client, report):
    for url in (REPORT_URL, PRINT_URL, REPORT_URL + "the-mash/"):
        response = client.get(url)
        assert "public" in response["Cache-Control"] and "s-maxage" in response["Cache-Control"], url


def test_the_arrangements_page_renders(client, db):
    page = ArrangementsPage.objects.get(slug="safeguarding-arrangements")
    soup = soup_of(client, page.url)
    assert soup.find("h1").get_text() == "Our safeguarding arrangements"
    partners = soup.find("section", attrs={"aria-labelledby": "partners-heading"})
    assert "Merseyside Police" in partners.get_text()
    assert "Illustrative demo content" in soup.find("main").get_text()


def test_the_scrutiny_page_says_who_their_reports_and_how_to_raise_a_concern(client, db):
    page = ScrutinyPage.objects.get(slug="independent-scrutiny")
    soup = soup_of(client, page.url)
    assert [section["id"] for section in soup.find("main").find_all("section", id=True)][:3] == [
        "who",
        "reports",
        "raise-a-concern",
    ]
    assert "No report has been published yet." in soup.find("section", id="reports").get_text()
    assert "Illustrative" in soup.find("section", id="raise-a-concern").get_text()
    page.scrutineer_name = "A. Tester"
    page.reports = [("report", {"title": "Scrutiny report (test)", "summary": "What the scrutineer found."})]
    page.save_revision().publish()
    soup = soup_of(client, page.url)
    assert "The independent scrutineer is A. Tester." in soup.find("section", id="who").get_text()
    assert soup.find("section", id="reports").find("h3").get_text(strip=True) == "Scrutiny report (test)"


@pytest.mark.parametrize("url", [REPORT_URL, PRINT_URL, REPORT_URL + "the-mash/"])
def test_the_report_costs_the_same_as_chapters_grow(client, report, count_queries, url):
    cold_small = count_queries.cold(client.get, url)
    warm_small = count_queries.warm(client.get, url)
    for number in range(12):
        add_chapter(report, f"Extra chapter {number}")
    cold_large = count_queries.cold(client.get, url)
    warm_large = count_queries.warm(client.get, url)
    assert cold_large <= cold_small, (cold_small, cold_large)
    assert warm_large <= warm_small, (warm_small, warm_large)
