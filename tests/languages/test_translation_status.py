"""The translation status report and dashboard panel that staff use to see what needs translating."""

import re

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from home.models import HomePage, PriorityPage, StandardPage
from languages import status

REPORT = "/admin/reports/translation-status/"


def report_rows(admin_client, query=""):
    """{page title: [status text per language column]} and the column headings, as the editor sees them."""
    response = admin_client.get(REPORT + query)
    assert response.status_code == 200
    html = response.content.decode()
    table = re.search(r'<table class="listing.*?</table>', html, re.S).group(0)
    headings = [re.sub(r"<[^>]+>|\s+", " ", th).strip() for th in re.findall(r"<th[^>]*>(.*?)</th>", table, re.S)]
    rows = {}
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table.split("<tbody>")[1], re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        title = re.sub(r"<[^>]+>|\s+", " ", cells[0]).strip()
        rows[title] = [re.search(r'<span class="w-status[^"]*">([^<]+)</span>', cell).group(1) for cell in cells[2:]]
    return headings, rows, html


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.mark.django_db
def test_demo_shows_all_three_states_in_every_language(admin_client):
    headings, rows, _html = report_rows(admin_client)
    assert headings[2:] == ["Polski", "Română", "العربية"]
    assert rows["Knowsley Safeguarding Children Board"] == ["Up to date"] * 3
    assert rows["Staying safe online"] == ["Up to date"] * 3
    assert rows["Neglect"] == ["Out of date"] * 3
    assert rows["Multi-Agency Safeguarding Hub (MASH)"] == ["Not translated"] * 3


@pytest.mark.django_db
def test_each_state_links_to_what_moves_it_on(admin_client):
    _headings, _rows, html = report_rows(admin_client, "?language=ar")
    neglect = PriorityPage.objects.get(slug="neglect", locale__language_code="en-gb")
    mash = StandardPage.objects.get(slug="mash")
    source = TranslationSource.objects.get(object_id=neglect.translation_key, locale=neglect.locale)
    arabic_home = HomePage.objects.get(locale__language_code="ar")
    assert f'href="/admin/localize/update/{source.pk}/"' in html  # sync the out-of-date page
    assert f'href="/admin/localize/submit/page/{mash.pk}/"' in html  # translate the missing one
    assert f'href="/admin/pages/{arabic_home.pk}/edit/"' in html  # edit the translation


@pytest.mark.django_db
def test_filter_by_language_and_status(admin_client):
    headings, rows, _html = report_rows(admin_client, "?language=ar&status=out_of_date")
    assert headings[2:] == ["العربية"]
    assert rows == {"Neglect": ["Out of date"]}
    _headings, rows, _html = report_rows(admin_client, "?status=up_to_date")
    assert set(rows) == {
        "Knowsley Safeguarding Children Board",
        "Our priorities",
        "Staying safe online",
        "Campaigns",
        "Safe sleeping",
        "Have your say",
        "Worried about a child?",
    }


@pytest.mark.django_db
def test_publishing_the_source_puts_translations_out_of_date_and_syncing_brings_them_back(locales, home_page):
    def home_statuses():
        page = status.pages_with_status(status.target_locales()).get(pk=home_page.pk)
        return {code: getattr(page, status.status_key(locales[code])) for code in ("pl", "ro", "ar")}

    assert set(home_statuses().values()) == {status.UP_TO_DATE}
    home_page.save_revision().publish()
    assert set(home_statuses().values()) == {status.OUT_OF_DATE}
    TranslationSource.objects.get(object_id=home_page.translation_key, locale=home_page.locale).update_from_db()
    assert set(home_statuses().values()) == {status.UP_TO_DATE}


@pytest.mark.django_db
def test_a_translation_started_but_not_published_is_not_translated_yet(admin_client, locales):
    mash = StandardPage.objects.get(slug="mash")
    draft = mash.copy_for_translation(locales["pl"])
    draft.unpublish() if draft.live else None
    _headings, rows, html = report_rows(admin_client, "?language=pl")
    assert rows["Multi-Agency Safeguarding Hub (MASH)"] == ["Not translated"]
    assert f'href="/admin/pages/{draft.pk}/edit/">Continue translating' in html


@pytest.mark.django_db
def test_the_report_is_for_signed_in_staff_only(client):
    response = client.get(REPORT)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_dashboard_panel_counts_pages_by_language_and_status(admin_client):
    html = admin_client.get("/admin/").content.decode()
    panel = re.search(
        r'<section class="w-panel w-panel--dashboard" id="translation-status-section"[^>]*>.*?</section>', html, re.S
    )
    rows = {
        re.sub(r"\s+", " ", language).strip(): [int(count) for count in re.findall(r"<a [^>]*>(\d+)<", cells)]
        for language, cells in re.findall(r'<th scope="row">([^<]+)</th>(.*?)</tr>', panel.group(0), re.S)
    }
    not_translated = StandardPage.objects.count() + PriorityPage.objects.count() - 3  # every page but 4 translated
    assert rows["Polski"][1:] == [1, 7]  # out of date, up to date (the routing page among them)
    assert rows["العربية"][1:] == [1, 7]
    assert rows["Română"][0] >= not_translated - StandardPage.objects.exclude(locale__language_code="en-gb").count()
    assert f"{REPORT}?language=ar&amp;status=out_of_date" in panel.group(0)


def add_pages(parent, count, start=0):
    for number in range(start, start + count):
        parent.add_child(instance=StandardPage(title=f"Guidance {number}", slug=f"guidance-{number}", body=[]))


@pytest.mark.django_db
def test_report_and_panel_cost_the_same_queries_as_pages_grow(admin_client, count_queries, home_page):
    def get(url):
        assert admin_client.get(url).status_code == 200

    add_pages(home_page, 10)
    # Renditions made and the session saved once, as after a deploy; each count then starts with every cache empty.
    get(REPORT)
    get("/admin/")
    report_small, panel_small = count_queries(get, REPORT), count_queries(get, "/admin/")
    filtered_small = count_queries(get, REPORT + "?status=not_translated")
    add_pages(home_page, 150, start=10)
    assert count_queries(get, REPORT) == report_small
    assert count_queries(get, REPORT + "?status=not_translated") == filtered_small
    # A later page holds fewer kinds of page (one query each for their specific fields), never more queries.
    assert count_queries(get, REPORT + "?status=not_translated&p=3") <= filtered_small
    assert count_queries(get, "/admin/") == panel_small
