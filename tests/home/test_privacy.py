"""Every privacy option Wagtail offers editors works, and a restricted page is never public:
not in its Cache-Control header, not in the page cache, not in listings."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client, override_settings
from wagtail.models import PageViewRestriction

from home.models import PrioritiesIndexPage, PriorityPage, StandardPage

SECRET_TEXT = "established in February 2014"  # on the demo's /mash/ page


def directives(response):
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",") if part.strip()}


def assert_private(response):
    found = directives(response)
    assert "public" not in found and "s-maxage" not in found, response["Cache-Control"]
    assert {"private", "no-store"} <= found, response["Cache-Control"]


@pytest.fixture
def mash(db):
    return StandardPage.objects.get(slug="mash", locale__language_code="en-gb")


@pytest.fixture
def reader(django_user_model):
    return django_user_model.objects.create_user("reader", "reader@example.org", "a long reader password")


def test_a_public_page_may_be_kept_by_the_cdn_and_served_stale_if_the_servers_fail(client, mash):
    response = client.get("/mash/")
    assert {"public", "s-maxage", "stale-while-revalidate"} <= directives(response)
    assert "stale-if-error=86400" in response["Cache-Control"]


@override_settings(KSCB_STALE_IF_ERROR_SECONDS=3600)
def test_how_long_the_cdn_serves_stale_pages_is_a_setting(client, mash):
    assert "stale-if-error=3600" in client.get("/mash/")["Cache-Control"]


def test_a_password_protected_page_opens_with_its_password_and_stays_private(client, mash):
    restriction = PageViewRestriction.objects.create(
        page=mash, restriction_type=PageViewRestriction.PASSWORD, password="kestrel-42"
    )
    locked = client.get("/mash/")
    html = locked.content.decode()
    assert locked.status_code == 200
    assert "Password required" in html and SECRET_TEXT not in html
    assert "Exit this page" in html  # the site's own page, quick exit included
    action = f"/_util/authenticate_with_password/{restriction.pk}/{mash.pk}/"
    assert f'action="{action}"' in html
    assert_private(locked)

    wrong = client.post(action, {"password": "not it", "return_url": "/mash/"})
    assert wrong.status_code == 200 and SECRET_TEXT not in wrong.content.decode()

    sent = client.post(action, {"password": "kestrel-42", "return_url": "/mash/"})
    assert sent.status_code == 302 and sent["Location"] == "/mash/"
    unlocked = client.get("/mash/")
    assert unlocked.status_code == 200 and SECRET_TEXT in unlocked.content.decode()
    assert_private(unlocked)

    assert SECRET_TEXT not in Client().get("/mash/").content.decode()  # another reader: locked


def test_a_login_restricted_page_opens_after_sign_in_and_stays_private(client, mash, reader):
    PageViewRestriction.objects.create(page=mash, restriction_type=PageViewRestriction.LOGIN)
    anonymous = client.get("/mash/")
    assert anonymous.status_code == 302 and "next=/mash/" in anonymous["Location"]
    assert_private(anonymous)

    client.force_login(reader)
    signed_in = client.get("/mash/")
    assert signed_in.status_code == 200 and SECRET_TEXT in signed_in.content.decode()
    assert_private(signed_in)


def test_a_group_restricted_page_opens_only_for_that_group(client, mash, reader, django_user_model):
    board = Group.objects.create(name="Board members")
    restriction = PageViewRestriction.objects.create(page=mash, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([board])

    client.force_login(reader)
    outsider = client.get("/mash/")
    assert outsider.status_code == 302 and SECRET_TEXT not in outsider.content.decode()

    reader.groups.add(board)
    member = client.get("/mash/")
    assert member.status_code == 200 and SECRET_TEXT in member.content.decode()
    assert_private(member)


def test_a_child_page_inherits_its_parents_restriction(client, db):
    index = PrioritiesIndexPage.objects.get(locale__language_code="en-gb")
    child = PriorityPage.objects.child_of(index).get(slug="domestic-abuse")
    restriction = PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.PASSWORD, password="kestrel-42"
    )
    locked = client.get(child.url)
    assert "Password required" in locked.content.decode()
    assert child.title not in locked.content.decode().split("<main", 1)[1]
    assert_private(locked)

    client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{child.pk}/",
        {"password": "kestrel-42", "return_url": child.url},
    )
    unlocked = client.get(child.url)
    assert unlocked.status_code == 200 and "What we have done" in unlocked.content.decode()
    assert_private(unlocked)


def test_restricted_pages_leave_the_menu_and_listings(client, db):
    index = PrioritiesIndexPage.objects.get(locale__language_code="en-gb")
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    html = Client().get("/").content.decode()
    assert 'href="/priorities/"' not in html  # the menu
    assert 'href="/priorities/domestic-abuse/"' not in html  # the home page's priority cards


@override_settings(KSCB_PAGE_CACHE_SECONDS=600)
def test_the_page_cache_never_keeps_a_restricted_page(client, mash):
    restriction = PageViewRestriction.objects.create(
        page=mash, restriction_type=PageViewRestriction.PASSWORD, password="kestrel-42"
    )
    client.get("/mash/")
    client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{mash.pk}/",
        {"password": "kestrel-42", "return_url": "/mash/"},
    )
    assert SECRET_TEXT in client.get("/mash/").content.decode()

    for _ in range(2):  # a second anonymous reader would be served from the cache if it were kept
        response = Client().get("/mash/")
        assert SECRET_TEXT not in response.content.decode()
        assert response.get("X-Page-Cache") != "hit"
