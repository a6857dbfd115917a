"""Reports → Page feedback: counts per page and each page's comments, at a cost that does not grow."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page

from home.models import StandardPage
from pagefeedback.models import PageFeedback

REPORT = "/admin/reports/page-feedback/"


def add_answers(pages, per_page, comment="Useful, thanks"):
    PageFeedback.objects.bulk_create(
        PageFeedback(page=page, useful=number % 3 != 0, comment=comment if number % 2 else "", language="en-gb")
        for page in pages
        for number in range(per_page)
    )


def add_pages(parent, count, start):
    return [
        parent.add_child(
            instance=StandardPage(title=f"Feedback page {number}", slug=f"feedback-page-{number}", body=[])
        )
        for number in range(start, start + count)
    ]


@pytest.mark.django_db
def test_the_report_counts_answers_per_page_and_links_to_its_comments(admin_client, home_page):
    add_answers([home_page], 6)  # numbers 0..5: No for 0 and 3, comments on 1, 3, 5
    old = PageFeedback.objects.create(page=home_page, useful=False, language="en-gb")
    PageFeedback.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=100))
    html = admin_client.get(REPORT).content.decode()
    row = html[html.index(f"{REPORT}{home_page.pk}/") :].split("</tr>")[0]
    cells = [cell.strip() for cell in row.split("<td")[1:]]
    assert [c.split(">", 1)[1].split("<")[0].strip() for c in cells[:4]] == ["4", "3", "57%", "3"]

    recent = admin_client.get(REPORT + "?period=30").content.decode()
    row = recent[recent.index(f"{REPORT}{home_page.pk}/") :].split("</tr>")[0]
    assert [c.split(">", 1)[1].split("<")[0].strip() for c in row.split("<td")[1:5]] == ["4", "2", "67%", "3"]

    comments = admin_client.get(f"{REPORT}{home_page.pk}/").content.decode()
    assert comments.count("Useful, thanks") == 3 and f"Comments on “{home_page.title}”" in comments


@pytest.mark.django_db
def test_the_report_exports_a_spreadsheet(admin_client, home_page):
    add_answers([home_page], 2)
    response = admin_client.get(REPORT + "?export=csv")
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert body.splitlines()[0].startswith("Title,Yes,No,Useful,Comments")
    assert home_page.title in body


@pytest.mark.django_db
def test_the_report_and_comments_cost_the_same_queries_as_pages_and_answers_grow(
    admin_client, home_page, count_queries
):
    def get(url):
        assert admin_client.get(url).status_code == 200

    pages = add_pages(home_page, 3, 0)
    add_answers(pages, 4)
    small_report = count_queries.warm(get, REPORT)
    small_comments = count_queries.warm(get, f"{REPORT}{pages[0].pk}/")

    more = add_pages(home_page, 30, 3)
    add_answers(pages + more, 20)
    assert count_queries.warm(get, REPORT) == small_report
    assert count_queries.warm(get, f"{REPORT}{pages[0].pk}/") == small_comments


@pytest.mark.django_db
def test_readers_cannot_open_the_report(client, home_page):
    response = client.get(REPORT)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert Page.objects.filter(pk=home_page.pk).exists()
