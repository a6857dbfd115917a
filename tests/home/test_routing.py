"""Routes remembered per content generation (home/routing.py): a URL seen before costs one
query to find its page, and whatever editors publish, move or unpublish is routed afresh."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from home.models import NewsPage

PRIORITY = "/priorities/domestic-abuse/"


def view(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, len(captured.captured_queries)


def priority_page():
    return Page.objects.get(url_path__endswith="/priorities/domestic-abuse/").specific


def test_a_url_seen_before_skips_the_walk_down_the_tree(client, db):
    first, walked = view(client, PRIORITY)
    second, remembered = view(client, PRIORITY)
    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert remembered <= walked - 4, (walked, remembered)


def test_a_routable_page_sub_url_is_routed_from_memory_too(client, db):
    view(client, "/news/feed/")
    response, _ = view(client, "/news/feed/")
    assert response.status_code == 200
    assert "xml" in response["Content-Type"]


def test_a_renamed_slug_moves_the_page_at_once(client, db):
    view(client, PRIORITY)
    page = priority_page()
    page.slug = "domestic-abuse-and-coercive-control"
    page.save_revision().publish()

    assert view(client, PRIORITY)[0].status_code == 404
    assert view(client, "/priorities/domestic-abuse-and-coercive-control/")[0].status_code == 200


def test_a_moved_page_is_found_at_its_new_address(client, home_page):
    item = NewsPage.objects.live().filter(locale=home_page.locale).first()
    old_url = item.url
    view(client, old_url)
    priorities = Page.objects.get(locale=home_page.locale, url_path__endswith="/priorities/")
    item.move(priorities, pos="last-child")

    old = view(client, old_url)[0]
    assert old.status_code == 301 and old["Location"] == f"/priorities/{item.slug}/"  # Wagtail's own redirect
    assert view(client, f"/priorities/{item.slug}/")[0].status_code == 200


def test_an_unpublished_page_is_gone_on_the_next_view(client, db):
    view(client, PRIORITY)
    priority_page().unpublish()
    assert view(client, PRIORITY)[0].status_code == 404


def test_a_page_taken_offline_behind_wagtails_back_is_not_served_from_memory(client, db):
    """No signal, so no new generation: the remembered route must still check the page is live."""
    view(client, PRIORITY)
    Page.objects.filter(pk=priority_page().pk).update(live=False)
    assert view(client, PRIORITY)[0].status_code == 404


def test_a_private_page_still_asks_for_sign_in_when_its_route_is_remembered(client, db):
    PageViewRestriction.objects.create(page=priority_page(), restriction_type=PageViewRestriction.LOGIN)
    first, _ = view(client, PRIORITY)
    second, _ = view(client, PRIORITY)
    assert first.status_code == second.status_code == 302
    assert "/login/" in second["Location"] or "login" in second["Location"]


def test_page_links_read_the_sites_root_paths_once_per_generation(client, db):
    """Page.get_url(request) needs every site's root path (from Redis, once a request); they are
    remembered per generation, and saving a Site (a new generation) reads them again."""
    from unittest import mock

    from wagtail.models import Site

    client.get("/have-your-say/")
    real = Site.get_site_root_paths
    with mock.patch.object(Site, "get_site_root_paths", side_effect=real) as read:
        form = client.get("/have-your-say/").content.decode()
        assert 'action="/have-your-say/"' in form
        assert read.call_count == 0
        Site.objects.create(
            hostname="pl.kscb.example", port=80, root_page=Page.objects.get(depth=2, locale__language_code="pl")
        )
        client.get("/have-your-say/")
        assert read.call_count == 1


def test_the_router_loads_every_page_type_as_the_orm_does_field_for_field(db):
    from home import routing

    for page in Page.objects.filter(depth__gt=1).specific():
        model = type(page)
        assert routing._PageLoader.compile(model) is not None, model  # compiled, not the ORM fallback
        loaded = routing._load_page(model, page.pk)
        assert type(loaded) is model
        for field in model._meta.concrete_fields:
            assert field.value_to_string(loaded) == field.value_to_string(page), (model, field.name)
        assert loaded._state.adding is False and loaded._state.db == page._state.db
