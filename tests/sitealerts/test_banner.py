"""The site-wide alert: on every page (cached ones too) within a minute of a save or of its start or
end time, in the reader's language where translated, with no cookie and one query at most."""

import datetime
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, Page

from kscb_site.page_cache import CACHE_HEADER, GENERATION_KEY, page_cache
from sitealerts.models import SiteAlert

PAGES = ["/", "/mash/", "/news/", "/worried-about-a-child/", "/search/?query=mash"]


def banner(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert not response.cookies, url
    response.soup = BeautifulSoup(response.content, "html.parser")
    return response, response.soup.select_one(".site-alerts")


def text_of(found):
    return " ".join(found.get_text(" ").split()) if found else ""


def test_no_banner_while_no_alert_is_live(client, make_alert):
    make_alert(live=False)
    make_alert(starts_at=timezone.now() + datetime.timedelta(hours=1))
    make_alert(ends_at=timezone.now() - datetime.timedelta(minutes=1))
    for url in PAGES:
        assert banner(client, url)[1] is None, url


@pytest.mark.parametrize("url", PAGES)
def test_a_live_alert_shows_on_every_page_after_the_skip_links_and_before_the_header(client, make_alert, url):
    make_alert("The MASH phone line is not working.", link_url="https://example.org/mash/", link_text="Who to call")
    response, found = banner(client, url)
    assert text_of(found) == "Urgent: The MASH phone line is not working. Who to call"
    assert found.find("a")["href"] == "https://example.org/mash/"
    # Read once in page order: a labelled region, not a live region that repeats itself.
    assert found.name == "section" and found["aria-label"] == "Important notice"
    assert not found.find_all(attrs={"aria-live": True}) and not found.find_all(attrs={"role": "alert"})
    order = [
        tag
        for tag in response.soup.body.find_all(True)
        if tag is found or "skip-link" in tag.get("class", []) or tag.name == "header"
    ]
    assert [tag.name for tag in order] == ["a", "a", "section", "header"]
    assert not response.cookies


def test_notices_and_urgent_alerts_are_told_apart_in_words(client, make_alert):
    make_alert("Training bookings are closed this week.", severity=SiteAlert.NOTICE)
    make_alert("The MASH phone line is not working.")
    found = banner(client, "/")[1]
    assert [text_of(p).split(":")[0] for p in found.select(".site-alert")] == ["Urgent", "Notice"]


def test_shown_on_cached_pages_of_both_servers_right_after_saving(two_servers, make_alert):
    first, second = two_servers
    for client in (first, second):
        banner(client, "/")
    response, found = banner(second, "/")
    assert response[CACHE_HEADER] == "hit" and found is None

    alert = make_alert("The MASH phone line is not working.")  # saved on the first server, by an editor
    for client in (first, second):
        response, found = banner(client, "/")
        assert "MASH phone line" in text_of(found)
    assert banner(first, "/")[0][CACHE_HEADER] == "hit"

    alert.message = "The MASH phone line works again."
    alert.save()
    assert "works again" in text_of(banner(second, "/")[1])
    alert.delete()
    assert banner(first, "/")[1] is None


def test_a_start_time_shows_the_alert_once_the_schedule_command_runs(two_servers, make_alert):
    first, second = two_servers
    alert = make_alert(starts_at=timezone.now() + datetime.timedelta(minutes=5))
    banner(first, "/")
    assert banner(second, "/")[1] is None
    # Five minutes later (the row moves, not the clock): the cached page is still the old one...
    SiteAlert.objects.filter(pk=alert.pk).update(starts_at=timezone.now() - datetime.timedelta(seconds=1))
    response, found = banner(second, "/")
    assert response[CACHE_HEADER] == "hit" and found is None
    # ...until the command, run every minute, starts a new generation.
    call_command("apply_site_alert_schedule", verbosity=0)
    for client in (first, second):
        assert "MASH phone line" in text_of(banner(client, "/")[1])


def test_hidden_after_its_end_time_once_the_schedule_command_runs(two_servers, make_alert):
    first, second = two_servers
    alert = make_alert(ends_at=timezone.now() + datetime.timedelta(minutes=5))
    assert banner(first, "/")[1] is not None
    SiteAlert.objects.filter(pk=alert.pk).update(ends_at=timezone.now() - datetime.timedelta(seconds=1))
    call_command("apply_site_alert_schedule", verbosity=0)
    for client in (first, second):
        assert banner(client, "/")[1] is None


def test_the_schedule_command_does_nothing_when_nothing_started_or_ended(page_cache_on, make_alert, purged):
    make_alert()
    make_alert(starts_at=timezone.now() + datetime.timedelta(hours=1))
    purged.clear()
    generation = page_cache().get(GENERATION_KEY)
    call_command("apply_site_alert_schedule", verbosity=0)
    assert page_cache().get(GENERATION_KEY) == generation
    assert purged == []


def live_page_paths():
    return {urlparse(page.url).path for page in Page.objects.live().filter(depth__gt=1).specific()}


def test_saving_deleting_and_the_schedule_purge_every_live_page_from_the_cdn(
    make_alert, purged, django_capture_on_commit_callbacks
):
    # Public pages carry s-maxage=300: the CDN would keep an old page five minutes; the purge covers it.
    def purged_paths_after(action):
        purged.clear()
        with django_capture_on_commit_callbacks(execute=True):  # purged once the change is committed
            action()
        return {urlparse(url).path for url in purged}

    alerts = []
    paths = purged_paths_after(lambda: alerts.append(make_alert()))
    assert live_page_paths() <= paths
    assert {"/", "/pl/", "/ar/", "/mash/"} <= paths
    assert live_page_paths() <= purged_paths_after(alerts[0].delete)

    later = make_alert(starts_at=timezone.now() + datetime.timedelta(minutes=5))
    SiteAlert.objects.filter(pk=later.pk).update(starts_at=timezone.now())
    assert live_page_paths() <= purged_paths_after(lambda: call_command("apply_site_alert_schedule", verbosity=0))


@pytest.fixture
def translated(make_alert):
    alert = make_alert("The MASH phone line is not working.", link_url="https://example.org/", link_text="More")
    polish = alert.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish.message, polish.link_text = "Linia telefoniczna MASH nie działa.", "Więcej"
    polish.save()
    return alert


def test_shown_in_the_readers_language_where_translated(client, translated):
    found = banner(client, "/pl/")[1]
    assert text_of(found) == "Pilne: Linia telefoniczna MASH nie działa. Więcej"
    assert found.select_one("span[lang]")["lang"] == "pl"
    # Not yet in Arabic: shown in English, marked as English and left to right inside the RTL page.
    found = banner(client, "/ar/")[1]
    span = found.select_one("span[lang]")
    assert span["lang"] == "en-gb" and span["dir"] == "ltr"
    assert "The MASH phone line is not working." in span.get_text()


def test_the_default_language_alert_decides_when_every_language_shows_it(client, translated):
    SiteAlert.objects.filter(pk=translated.pk).update(live=False)
    call_command("apply_site_alert_schedule", verbosity=0)
    assert banner(client, "/pl/")[1] is None


def test_one_query_for_the_banner_however_many_alerts_and_translations(
    make_alert, translated, django_assert_num_queries
):
    from django.utils import translation

    with translation.override("pl"), django_assert_num_queries(1):
        assert len(SiteAlert.objects.for_banner()) == 1
    for number in range(3):
        make_alert(f"Alert {number}")
    with translation.override("pl"), django_assert_num_queries(1):
        assert len(SiteAlert.objects.for_banner()) == 4


def test_page_queries_stay_flat_as_alerts_grow_and_a_cached_page_costs_none(client, make_alert, count_queries):
    make_alert()
    one = count_queries(client.get, "/mash/")
    for number in range(5):
        make_alert(f"Alert {number}", link_url="https://example.org/", link_text="More")
    assert count_queries(client.get, "/mash/") == one
    # Within a generation the banner is part of the page's cached top fragment: no query at all.
    with_fragments = count_queries.warm(client.get, "/mash/")
    make_alert("One more")
    assert count_queries.warm(client.get, "/mash/") == with_fragments


def test_a_cached_page_hit_costs_no_query(two_servers, make_alert, count_queries):
    first, _second = two_servers
    make_alert()
    assert count_queries.warm(first.get, "/") == 0


@pytest.mark.parametrize("url", ["/", "/news/", "/pl/"])
def test_the_banner_adds_one_query_to_a_first_view_and_none_once_its_fragment_is_kept(
    client, make_alert, count_queries, monkeypatch, url
):
    make_alert()
    count_queries.cold(client.get, url)  # once-only work first (image renditions are made and stored)
    with_banner = count_queries.cold(client.get, url)
    warm_with_banner = count_queries.warm(client.get, url)
    with monkeypatch.context() as patched:
        patched.setattr(SiteAlert.objects, "for_banner", lambda *args, **kwargs: [])
        without_banner = count_queries.cold(client.get, url)
        warm_without_banner = count_queries.warm(client.get, url)
    print(f"{url}: first view {with_banner} queries with the banner, {without_banner} without")
    assert with_banner == without_banner + 1
    assert warm_with_banner == warm_without_banner
