"""The site-wide alert in real Chromium: axe-core finds nothing at 320 and 1280 px in English,
Polish (translated) and Arabic (right to left, the English message marked as English), it fits a
320 px screen, it needs no JavaScript, and no cookie is set to show or dismiss it.

The shared demo server keeps fragments in each worker's own memory (production shares Redis), so
an alert made by a command here is served by a second server on the same database with fragments
off; the one-minute promise with a shared cache is tested in tests/sitealerts/."""

import pytest
from playwright.sync_api import expect

from tests.live_server import LiveSite, serve, stop

from .conftest import NARROW, WIDE

pytestmark = pytest.mark.browser

MAKE_ALERTS = """
from django.conf import settings
from wagtail.models import Locale
from sitealerts.models import SiteAlert
english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
urgent = SiteAlert.objects.create(
    locale=english, live=True, severity="urgent",
    message="Test alert (browser test only): the MASH phone line is not working. Call the out-of-hours team.",
    link_url="/worried-about-a-child/", link_text="Who to call about a child",
)
polish = urgent.copy_for_translation(Locale.objects.get(language_code="pl"))
polish.message = "Alert testowy: linia telefoniczna MASH nie działa."
polish.link_text = "Do kogo zadzwonić"
polish.save()
SiteAlert.objects.create(locale=english, live=True, severity="notice",
    message="Test notice (browser test only): training bookings are closed this week.")
"""
REMOVE_ALERTS = "from sitealerts.models import SiteAlert; SiteAlert.objects.filter(message__contains='est').delete()"


@pytest.fixture(scope="module")
def alert_site(live_site):
    live_site.shell(MAKE_ALERTS)
    env = {**live_site.env, "KSCB_FRAGMENT_CACHE_SECONDS": "0"}
    server, url = serve(env, workers=1)
    yield LiveSite(url, env)
    stop(server)
    live_site.shell(REMOVE_ALERTS)


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["320px", "1280px"])
@pytest.mark.parametrize("path", ["/", "/pl/", "/ar/"], ids=["en", "pl", "ar"])
def test_the_alert_passes_axe_and_fits(page, alert_site, assert_accessible, path, viewport):
    page.set_viewport_size(viewport)
    page.goto(alert_site.url + path)
    region = page.get_by_role(
        "region", name={"/": "Important notice", "/pl/": "Ważna informacja"}.get(path, "إشعار مهم")
    )
    expect(region).to_be_visible()
    expect(region.locator(".site-alert")).to_have_count(2)
    assert_accessible(page)
    if viewport == NARROW:
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    assert page.context.cookies() == []


def test_the_alert_shows_without_javascript_and_its_link_works(chromium_browser, alert_site):
    context = chromium_browser.new_context(java_script_enabled=False, viewport=NARROW)
    page = context.new_page()
    try:
        page.goto(alert_site.url + "/pl/")
        region = page.get_by_role("region", name="Ważna informacja")
        expect(region).to_contain_text("Pilne: Alert testowy: linia telefoniczna MASH nie działa.")
        region.get_by_role("link", name="Do kogo zadzwonić").click()
        expect(page).to_have_url(alert_site.url + "/worried-about-a-child/")
        assert context.cookies() == []
    finally:
        context.close()
