"""The "Worried about a child?" routing page: every route a frightened parent or a busy professional
needs, in every content language, no invented or blank numbers, and flat query counts."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import HomePage, SafeguardingSettings, StandardPage
from worried.checks import routing_numbers
from worried.models import BankHoliday, NeighbouringCouncil, RoutingSettings, WorriedPage

URL = "/worried-about-a-child/"
# Test numbers only (Ofcom's drama range), never shown on the demo site.
MASH, OUT_OF_HOURS, LADO = "0151 496 0001", "0151 496 0002", "0151 496 0003"


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def numbers(site):
    contacts = SafeguardingSettings.for_site(site)
    contacts.mash_phone, contacts.out_of_hours_phone = MASH, OUT_OF_HOURS
    contacts.save()
    routing = RoutingSettings.for_site(site)
    routing.mash_weekday_opens, routing.mash_weekday_closes = datetime.time(9), datetime.time(17)
    routing.mash_friday_closes = datetime.time(16, 30)
    routing.lado_phone = LADO
    routing.save()
    return contacts


def section(soup, anchor):
    return soup.find("section", id=anchor)


def test_the_routing_page_renders_every_route_in_plain_words(client, numbers):
    soup = soup_of(client, URL)
    assert soup.find("h1").get_text() == "Worried about a child?"
    assert [link["href"] for link in soup.find("nav", class_="routing-contents").find_all("a")] == [
        "#danger", "#knowsley", "#works-with-children", "#professionals", "#other-areas", "#what-to-say"
    ]  # fmt: skip
    assert section(soup, "danger").find("a", href="tel:999").get_text() == "Call 999"
    knowsley = section(soup, "knowsley")
    in_hours = knowsley.find(attrs={"data-route": "in-hours"})
    out_of_hours = knowsley.find(attrs={"data-route": "out-of-hours"})
    assert in_hours.find("a", href="tel:01514960001").get_text() == f"Call {MASH}"
    assert "Monday to Thursday, 09:00 to 17:00. Friday, 09:00 to 16:30." in in_hours.get_text()
    assert out_of_hours.find("a", href="tel:01514960002").get_text() == f"Call {OUT_OF_HOURS}"
    assert "Evenings, nights, weekends and bank holidays." in out_of_hours.get_text()
    # Without JavaScript both routes show; the "now" labels wait for the script.
    assert all(label.has_attr("hidden") for label in knowsley.find_all(class_="route__now"))
    assert section(soup, "works-with-children").find("a", href="tel:01514960003")
    assert "do not need proof" in section(soup, "what-to-say").get_text()


def test_the_page_carries_the_hours_and_bank_holidays_for_the_script(client, numbers):
    BankHoliday.objects.create(date=datetime.date.today() + datetime.timedelta(days=400), name="Far ahead")
    BankHoliday.objects.create(date=datetime.date.today() - datetime.timedelta(days=30), name="Long past")
    routes = soup_of(client, URL).find(attrs={"data-routing": True})
    assert (routes["data-opens"], routes["data-closes"], routes["data-friday-closes"]) == ("09:00", "17:00", "16:30")
    holidays = routes["data-bank-holidays"].split()
    assert (datetime.date.today() + datetime.timedelta(days=400)).isoformat() in holidays
    assert (datetime.date.today() - datetime.timedelta(days=30)).isoformat() not in holidays
    script = soup_of(client, URL).find("script", src=lambda src: src and "worried-routing" in src)
    assert script is not None and script.has_attr("defer")


def test_without_confirmed_numbers_no_blank_route_is_shown(client, db):
    """The demo leaves the local numbers for staff: the page shows no empty 'Call' line."""
    soup = soup_of(client, URL)
    assert soup.find(attrs={"data-routing": True}) is None
    assert not [link for link in soup.find("main").find_all("a") if link.get("href") == "tel:"]
    assert section(soup, "works-with-children").find("a", href=lambda href: href and href.startswith("tel:")) is None
    assert section(soup, "other-areas").find("ul", class_="council-list") is None


def test_neighbouring_councils_with_a_number_are_shown_and_the_rest_hidden(client, db):
    assert NeighbouringCouncil.objects.count() == 5
    sefton = NeighbouringCouncil.objects.get(name="Sefton Council")
    sefton.phone, sefton.website = "0151 496 0010", "https://www.example.org/sefton-children"
    sefton.save()
    councils = section(soup_of(client, URL), "other-areas").find_all("li", class_="council")
    assert [council.find("h3").get_text() for council in councils] == ["Sefton Council"]
    assert councils[0].find("a", href="tel:01514960010")


def test_the_demo_names_the_five_neighbouring_areas_and_invents_no_number(db):
    names = list(NeighbouringCouncil.objects.values_list("name", flat=True))
    for area in ("Liverpool", "Sefton", "St Helens", "Halton", "West Lancashire"):
        assert any(area in name for name in names), area
    assert not NeighbouringCouncil.objects.exclude(phone="").exists()
    contacts = SafeguardingSettings.for_site(Site.objects.get(is_default_site=True))
    assert contacts.mash_phone == "" and contacts.out_of_hours_phone == ""
    assert RoutingSettings.objects.get().lado_phone == ""
    # Editors are told in the admin why a council is missing from the page.
    assert "number needed" in str(NeighbouringCouncil.objects.first())


def test_every_page_links_to_the_routing_page_from_the_worried_panel(client, db):
    for url, expected in [
        ("/news/", URL),
        ("/ar/", "/ar/worried-about-a-child/"),
        ("/pl/priorities/", "/pl/worried-about-a-child/"),
    ]:
        panel = soup_of(client, url).find("footer").find("section", class_="worried-panel")
        assert panel.find("a", href=expected), url


@pytest.mark.parametrize(
    ("url", "heading", "what_to_say"),
    [
        ("/pl/worried-about-a-child/", "Martwisz się o dziecko?", "Co powiedzieć, gdy dzwonisz"),
        ("/ro/worried-about-a-child/", "Vă îngrijorează un copil?", "Ce să spuneți când sunați"),
        ("/ar/worried-about-a-child/", "هل أنت قلق على طفل؟", "ماذا تقول عندما تتصل"),
    ],
)
def test_the_routing_page_is_in_every_content_language(client, numbers, url, heading, what_to_say):
    soup = soup_of(client, url)
    assert soup.find("h1").get_text() == heading
    assert section(soup, "what-to-say").find("h2").get_text() == what_to_say
    assert section(soup, "knowsley").find("a", href="tel:01514960001")
    # Its body is translated too, not left in English.
    assert "You do not need proof" not in section(soup, "what-to-say").get_text()


def test_editors_can_create_the_page_only_under_the_home_page(db):
    from wagtail.test.utils import WagtailPageTestCase

    case = WagtailPageTestCase()
    case.assertCanCreateAt(HomePage, WorriedPage)
    case.assertCanNotCreateAt(StandardPage, WorriedPage)


def test_an_editor_creates_the_page_in_the_admin(admin_client, db):
    home = HomePage.objects.get(locale__language_code="en-gb")
    WorriedPage.objects.all().delete()
    response = admin_client.post(
        f"/admin/pages/add/worried/worriedpage/{home.pk}/",
        nested_form_data(
            {
                "title": "Worried?",
                "slug": "worried",
                "introduction": "Help now.",
                "danger_text": "Call 999.",
                "knowsley_text": "Call the MASH.",
                "lado_text": "Tell the LADO.",
                "professional_text": "Refer.",
                "referral_form": streamfield([]),
                "neighbouring_text": "Call their council.",
                "what_to_say": '{"blocks": [{"key": "a", "type": "unstyled", "text": "No proof needed.", '
                '"depth": 0, "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}',
                "review": inline_formset([]),  # the Settings tab's review record (upkeep)
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert WorriedPage.objects.live().filter(slug="worried").exists()


def test_the_routing_page_costs_the_same_with_more_councils_and_bank_holidays(client, numbers, count_queries):
    cold_small = count_queries.cold(client.get, URL)
    warm_small = count_queries.warm(client.get, URL)
    for number in range(40):
        NeighbouringCouncil.objects.create(name=f"Council {number}", phone=f"0151 496 {number:04d}")
        BankHoliday.objects.create(date=datetime.date(2030, 1, 1) + datetime.timedelta(days=number), name="Test")
    cold_large = count_queries.cold(client.get, URL)
    warm_large = count_queries.warm(client.get, URL)
    assert (cold_small, warm_small) == (cold_large, warm_large)
    assert cold_large <= 30 and warm_large <= cold_large
    assert soup_of(client, URL).find("ul", class_="council-list").find_all("li").__len__() == 40


# Production refuses to go live without the MASH and out-of-hours numbers.


def test_the_deploy_check_refuses_a_blank_mash_or_out_of_hours_number(db, settings):
    settings.KSCB_FALLBACK_CONTACTS = {**settings.KSCB_FALLBACK_CONTACTS, "mash_phone": "", "out_of_hours_phone": ""}
    errors = routing_numbers(databases=["default"])
    assert [error.id for error in errors] == ["worried.E001", "worried.E001"]
    assert "MASH phone number" in errors[0].msg and "out-of-hours" in errors[1].msg
    contacts = SafeguardingSettings.for_site(Site.objects.get(is_default_site=True))
    contacts.mash_phone = MASH
    contacts.save()
    assert [error.msg for error in routing_numbers(databases=["default"])] == [errors[1].msg]
    contacts.out_of_hours_phone = OUT_OF_HOURS
    contacts.save()
    assert routing_numbers(databases=["default"]) == []
    assert routing_numbers(databases=None) == []  # Django asks checks to read the database only when told


def test_the_servers_numbers_let_a_first_deploy_start_before_staff_sign_in(db, settings):
    settings.KSCB_FALLBACK_CONTACTS = {
        **settings.KSCB_FALLBACK_CONTACTS,
        "mash_phone": MASH,
        "out_of_hours_phone": OUT_OF_HOURS,
    }
    assert routing_numbers(databases=["default"]) == []


def test_manage_check_deploy_with_the_database_fails_on_the_demo_numbers(db):
    from django.core.management.base import SystemCheckError

    with pytest.raises(SystemCheckError, match="worried.E001"), open("/dev/null", "w") as quiet:
        call_command("check", "--deploy", "--database", "default", "--fail-level", "ERROR", stdout=quiet)


def test_a_page_tree_without_the_routing_page_still_renders(client, db):
    Page.objects.type(WorriedPage).delete()
    assert soup_of(client, "/news/").find("footer").find("section", class_="worried-panel")


def test_the_admin_dashboard_tells_editors_which_numbers_to_enter(admin_client, site):
    html = admin_client.get("/admin/").content.decode()
    assert "numbers to enter" in html
    assert "MASH phone number (Settings &gt; Safeguarding contacts)" in html
    assert "Liverpool City Council phone number" in html
    NeighbouringCouncil.objects.update(phone="0151 496 0009")
    contacts = SafeguardingSettings.for_site(site)
    contacts.mash_phone, contacts.out_of_hours_phone = MASH, OUT_OF_HOURS
    contacts.save()
    routing = RoutingSettings.for_site(site)
    routing.mash_weekday_opens, routing.mash_weekday_closes = datetime.time(9), datetime.time(17)
    routing.lado_phone = LADO
    routing.save()
    assert "numbers to enter" not in admin_client.get("/admin/").content.decode()


def test_phone_numbers_read_left_to_right_in_arabic(client, numbers):
    """In a right-to-left page the groups of '0151 496 0001' would show, and be read, in reverse order."""
    soup = soup_of(client, "/ar/worried-about-a-child/")
    number = section(soup, "knowsley").find("a", href="tel:01514960001").find("bdi")
    assert number["dir"] == "ltr" and number.get_text() == MASH
    panel = soup.find("footer").find("section", class_="worried-panel")
    assert panel.find("a", href="tel:08001111").find("bdi", dir="ltr").get_text() == "0800 1111"


def test_searching_worried_about_a_child_offers_the_routing_page_first(client, db):
    html = client.get("/search/", {"q": "Worried about a child"}).content.decode()
    recommended = html[html.index("Recommended") : html.index("pages found")]
    assert recommended.index("/worried-about-a-child/") < recommended.index("/mash/")
