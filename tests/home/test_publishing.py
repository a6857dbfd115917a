"""What editors schedule and translate reaches readers: scheduled publishing and expiry through
`publish_scheduled`, and a translated snippet on a public page, with the page cache on."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Revision

from home.models import NewsIndexPage, NewsPage, SafeguardingSettings, SafeguardingText

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on():
    with override_settings(KSCB_PAGE_CACHE_SECONDS=600):
        yield


@pytest.fixture
def news_index(db):
    return NewsIndexPage.objects.get(slug="news", locale__language_code="en-gb")


def publish_scheduled():
    call_command("publish_scheduled", stdout=StringIO())


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_page_scheduled_to_go_live_appears_once_its_time_has_come(client, news_index):
    page = NewsPage(title="Half-term safety advice", slug="half-term", date=datetime.date(2031, 1, 1), body=[])
    page.live = False
    news_index.add_child(instance=page)
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    assert "Half-term safety advice" not in html_of(client, "/news/")  # now in the page cache
    assert client.get("/news/half-term/").status_code == 404

    publish_scheduled()  # too early: nothing changes
    assert "Half-term safety advice" not in html_of(client, "/news/")

    # The hour has passed (as if it had: the scheduled revision's time is moved into the past).
    revision = Revision.page_revisions.get(object_id=str(page.pk), approved_go_live_at__isnull=False)
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    publish_scheduled()
    page.refresh_from_db()
    assert page.live
    assert "Half-term safety advice" in html_of(client, "/news/")
    assert "Half-term safety advice" in html_of(client, "/news/half-term/")


def test_a_page_past_its_expiry_is_taken_down(client, news_index):
    page = NewsPage.objects.child_of(news_index).live().first()
    url = page.url
    assert page.title in html_of(client, "/news/")
    html_of(client, url)  # both now in the page cache

    NewsPage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    publish_scheduled()
    page.refresh_from_db()
    assert page.expired and not page.live
    assert client.get(url).status_code == 404
    assert f">{page.title}</a>" not in html_of(client, "/news/")


def test_a_translated_snippet_shows_on_the_public_page_in_its_language(client, site):
    contacts = SafeguardingSettings.for_site(site)
    polish = SafeguardingText.objects.get(translation_key=contacts.text.translation_key, locale__language_code="pl")
    polish.worried_heading = "Martwisz się o dziecko w Knowsley?"
    polish.save()
    english_html, polish_html = html_of(client, "/"), html_of(client, "/pl/")
    assert "Martwisz się o dziecko w Knowsley?" in polish_html
    assert "Martwisz się o dziecko w Knowsley?" not in english_html
    assert client.get("/pl/")["X-Page-Cache"] == "hit"

    polish.worried_heading = "Niepokoisz się o dziecko?"
    polish.save()  # saving the translation reaches the next reader, cache or no cache
    response = client.get("/pl/")
    assert "Niepokoisz się o dziecko?" in response.content.decode()
    assert "public" in response["Cache-Control"]
