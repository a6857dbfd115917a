"""The threshold guide: the current version and the earlier ones, each reachable from the others; the
levels of need with their indicators by domain; search; the print view and the PDF; flat query counts."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from wagtail.blocks import StreamBlockValidationError
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import HomePage, StandardPage
from tests.home.test_demo_pdf import text_of
from thresholds.demo import INTRODUCTION, levels
from thresholds.models import ThresholdGuideIndexPage, ThresholdGuidePage, timeline
from worried.models import WorriedPage

INDEX = "/threshold-guide/"
CURRENT, EARLIER = "/threshold-guide/2018/", "/threshold-guide/2016/"
LEVEL_ANCHORS = ["#universal", "#early-help", "#targeted", "#specialist"]
LEVEL_HEADINGS = [
    "Universal: needs met by everyday services",
    "Early help: extra support for the child and family",
    "Targeted: several services working together",
    "Specialist and statutory: children's social care",
]

pytestmark = pytest.mark.django_db


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def index_page():
    return ThresholdGuideIndexPage.objects.get(locale__language_code="en-gb")


def add_version(slug, effective_from, with_non_engagement=True, level_count=4):
    routing_page = WorriedPage.objects.get(locale__language_code="en-gb")
    page = ThresholdGuidePage(
        title=f"Threshold guide {slug}",
        slug=slug,
        effective_from=effective_from,
        introduction=INTRODUCTION,
        levels=levels(routing_page, with_non_engagement)[:level_count],
    )
    index_page().add_child(instance=page)
    page.save_revision().publish()
    return page


# The versions


def test_the_index_lists_the_current_version_first_then_the_earlier_one(client):
    soup = soup_of(client, INDEX)
    assert soup.find("h1").get_text() == "Threshold guide"
    current = soup.find("section", class_="threshold-current")
    assert current.find("a")["href"] == CURRENT
    assert "Applies from 1 April 2018" in current.get_text()
    items = soup.find("ul", class_="threshold-versions").find_all("li")
    assert [item.find("a")["href"] for item in items] == [CURRENT, EARLIER]
    assert "Current" in items[0].get_text()
    assert "Applied from 1 April 2016 to 31 March 2018" in " ".join(items[1].get_text().split())


def test_the_current_version_says_so_and_lists_the_earlier_one(client):
    soup = soup_of(client, CURRENT)
    assert "This is the current guide." in soup.find(class_="threshold-status--current").get_text()
    versions = soup.find("section", class_="threshold-other-versions")
    assert versions.find(attrs={"aria-current": "page"}).get_text() == "Threshold guide: April 2018 version"
    assert versions.find("a", href=EARLIER)


def test_an_earlier_version_says_when_it_applied_and_links_to_the_current_guide(client):
    status = soup_of(client, EARLIER).find(class_="threshold-status--earlier")
    assert "This version applied from 1 April 2016 to 31 March 2018." in status.get_text()
    assert status.find("a", string="See the current guide")["href"] == CURRENT


def test_a_version_with_a_future_date_is_upcoming_and_the_current_one_stays_current(client):
    add_version("next", datetime.date.today() + datetime.timedelta(days=30))
    soup = soup_of(client, "/threshold-guide/next/")
    assert "This version will apply from" in soup.find(class_="threshold-status--upcoming").get_text()
    assert soup_of(client, INDEX).find("section", class_="threshold-current").find("a")["href"] == CURRENT


def test_a_newer_version_becomes_current_and_the_old_one_gets_an_end_date(client):
    add_version("2024", datetime.date(2024, 9, 1))
    assert (
        soup_of(client, INDEX).find("section", class_="threshold-current").find("a")["href"] == "/threshold-guide/2024/"
    )
    status = soup_of(client, CURRENT).find(class_="threshold-status--earlier")
    assert "This version applied from 1 April 2018 to 31 August 2024." in status.get_text()


def test_the_timeline_orders_versions_and_ends_each_the_day_before_the_next():
    class Page_:
        def __init__(self, pk, day):
            self.pk, self.effective_from = pk, day

    pages = [
        Page_(1, datetime.date(2020, 1, 1)),
        Page_(2, datetime.date(2022, 6, 1)),
        Page_(3, datetime.date(2030, 1, 1)),
    ]
    versions = timeline(pages, datetime.date(2026, 1, 1))
    assert [(v.page.pk, v.status, v.until) for v in versions] == [
        (3, "upcoming", None),
        (2, "current", None),
        (1, "earlier", datetime.date(2022, 5, 31)),
    ]


# The levels of need


def test_the_guide_shows_each_level_with_indicators_by_domain_and_what_to_do(client):
    soup = soup_of(client, CURRENT)
    assert "Illustrative" in soup.find(class_="threshold-illustrative").get_text()
    jump_list = soup.find("nav", class_="threshold-contents")
    assert [link["href"] for link in jump_list.find_all("a")] == LEVEL_ANCHORS
    for anchor, heading in zip(LEVEL_ANCHORS, LEVEL_HEADINGS, strict=True):
        level = soup.find("section", id=anchor[1:])
        assert level.find("h2").get_text() == heading
        domains = [h3.get_text() for h3 in level.find_all("h3")]
        assert domains == [
            "The child's development",
            "Parenting capacity",
            "Family and environment",
            "What to do at this level",
        ]
        assert level.find("a", href="/worried-about-a-child/")
    early_help = soup.find("section", id="early-help")
    assert "persistent non engagement" in early_help.find(class_="threshold-level__todo").get_text()


def test_a_level_appears_once_in_a_guide():
    from thresholds.blocks import LevelsBlock

    block = LevelsBlock()
    routing_page = WorriedPage.objects.get(locale__language_code="en-gb")
    raw = levels(routing_page, True)[:2]
    raw[1]["value"]["level"] = "universal"
    with pytest.raises(StreamBlockValidationError) as caught:
        block.clean(block.to_python(raw))
    assert "Each level may appear once; repeated: universal." in str(caught.value.non_block_errors)


def test_editors_can_create_the_index_under_home_and_versions_under_the_index():
    case = WagtailPageTestCase()
    case.assertCanCreateAt(HomePage, ThresholdGuideIndexPage)
    case.assertCanNotCreateAt(StandardPage, ThresholdGuideIndexPage)
    case.assertCanCreateAt(ThresholdGuideIndexPage, ThresholdGuidePage)
    case.assertCanNotCreateAt(HomePage, ThresholdGuidePage)


def test_editors_see_which_versions_are_illustrative_in_the_page_explorer(admin_client):
    response = admin_client.get(f"/admin/pages/{index_page().pk}/")
    assert response.status_code == 200
    assert "Threshold guide: April 2018 version (illustrative)" in response.content.decode()


def list_block(items):
    """A ListBlock's fields as the page editor posts them."""
    return {
        "count": len(items),
        **{str(n): {"value": item, "id": f"item-{n}", "order": n, "deleted": ""} for n, item in enumerate(items)},
    }


def test_an_editor_adds_a_version_in_the_admin(admin_client):
    index = index_page()
    routing_page = WorriedPage.objects.get(locale__language_code="en-gb")
    level = {
        "level": "universal",
        "heading": "Universal",
        "summary": "Most children.",
        "child_development": list_block(["Healthy"]),
        "parenting_capacity": list_block([]),
        "family_environment": list_block([]),
        "what_to_do": '{"blocks": [{"key": "a", "type": "unstyled", "text": "Keep going.", '
        '"depth": 0, "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}',
        "routing_page": routing_page.pk,
    }
    response = admin_client.post(
        f"/admin/pages/add/thresholds/thresholdguidepage/{index.pk}/",
        nested_form_data(
            {
                "title": "Threshold guide 2030",
                "slug": "2030",
                "effective_from": "2030-01-01",
                "introduction": "For everyone.",
                "change_summary": "",
                "levels": streamfield([("level", level)]),
                "review": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ThresholdGuidePage.objects.get(slug="2030")
    assert page.live and list(page.levels[0].value["child_development"]) == ["Healthy"]


# Search, print and PDF


def test_search_finds_a_version_by_an_indicator(client):
    # A word only the guide's indicators use: on PostgreSQL, a commoner word ("exploited") ranks
    # resources and priorities first and the guide onto a later page of results.
    soup = soup_of(client, "/search/?q=unwashed")
    links = [link["href"] for link in soup.find("main").find_all("a")]
    assert CURRENT in links


def test_the_print_link_leads_to_the_whole_guide_without_site_chrome_for_print(client):
    soup = soup_of(client, CURRENT)
    link = soup.find("a", string="Print this guide")
    assert link["href"] == CURRENT + "print/"
    printed = soup_of(client, link["href"])
    assert printed.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert [
        level.find("h2").get_text() for level in printed.find_all("section", class_="threshold-level")
    ] == LEVEL_HEADINGS
    assert printed.find(class_="exit-this-page")  # the quick exit stays, on screen
    assert "thresholds/thresholds.css" in str(printed.find_all("link", rel="stylesheet"))


def test_the_pdf_has_the_title_dates_notice_and_every_level_heading(client):
    link = soup_of(client, CURRENT).find("a", string="Download this guide as a PDF")
    assert link["href"] == CURRENT + "pdf/"
    response = client.get(link["href"])
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "public" in response["Cache-Control"]
    text, pages = text_of(response.content)
    assert pages >= 2
    assert "Threshold guide: April 2018 version" in text and "Applies from 1 April 2018" in text
    assert "Illustrative" in text
    for heading in LEVEL_HEADINGS:
        assert heading in text
    assert "The child's development" in text and "What to do at this level" in text


def test_the_pdf_is_kept_in_the_cache_until_the_page_is_published_again(client, count_queries):
    page = ThresholdGuidePage.objects.get(url_path__endswith="/threshold-guide/2018/", locale__language_code="en-gb")
    key = page.pdf_cache_key()
    first = client.get(CURRENT + "pdf/").content
    assert cache.get(key) == first
    page.title = "Threshold guide: April 2018 version, corrected"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.pdf_cache_key() != key
    text, _pages = text_of(client.get(CURRENT + "pdf/").content)
    assert "corrected" in text


@pytest.fixture
def polish_guide():
    """The current guide copied into Polish (its index as an alias), as wagtail-localize does before translating."""
    english = ThresholdGuidePage.objects.get(url_path__endswith="/threshold-guide/2018/", locale__language_code="en-gb")
    polish = english.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    polish.save_revision().publish()
    return polish


def test_the_polish_guide_speaks_polish_around_its_content_and_links_to_the_polish_routing_page(client, polish_guide):
    soup = soup_of(client, "/pl/threshold-guide/2018/")
    assert soup.find("nav", class_="threshold-contents").find("h2").get_text() == "Poziomy potrzeb"
    level = soup.find("section", id="specialist")
    assert [h3.get_text() for h3 in level.find_all("h3")][-1] == "Co robić na tym poziomie"
    assert level.find("a", href="/pl/worried-about-a-child/")
    assert "To jest aktualny przewodnik." in soup.find(class_="threshold-status--current").get_text()
    text, _pages = text_of(client.get("/pl/threshold-guide/2018/pdf/").content)
    assert "Co robić na tym poziomie" in text and "Rozwój dziecka" in text


# Query counts


def test_the_guide_costs_the_same_with_more_levels_and_more_versions(client, count_queries):
    small = add_version("small", datetime.date(2019, 1, 1), level_count=1)
    small_url = small.url
    cold_small = count_queries.cold(client.get, small_url)
    index_small = count_queries.cold(client.get, INDEX)
    for year in range(2000, 2012):
        add_version(f"v{year}", datetime.date(year, 1, 1), level_count=2)
    small.levels = levels(WorriedPage.objects.get(locale__language_code="en-gb"), True)
    small.save_revision().publish()
    assert len(ThresholdGuidePage.objects.get(pk=small.pk).levels) == 4
    cold_large = count_queries.cold(client.get, small_url)
    index_large = count_queries.cold(client.get, INDEX)
    assert cold_large == cold_small, (cold_small, cold_large)
    assert index_large == index_small, (index_small, index_large)
    assert len(soup_of(client, INDEX).find("ul", class_="threshold-versions").find_all("li")) == 15
    assert cold_large <= 40 and count_queries.warm(client.get, small_url) <= cold_large


def test_the_demo_is_safe_to_load_twice():
    from django.core.management import call_command

    before = Page.objects.count()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Page.objects.count() == before
