"""Public pages skip Wagtail's view-restriction queries (home/view_restrictions.py); private
ones, and pages made private after a reader saw them, still ask for sign-in at once. The Site
for a host is remembered too (home/routing.py), and a new Site is used from the next request."""

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from kscb_site.page_cache import current_generation, start_new_generation

PRIORITY = "/priorities/domestic-abuse/"


def view(client, url, **extra):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    return response, [query["sql"] for query in captured.captured_queries]


def page_at(url_path_end):
    return Page.objects.get(url_path=f"/home{url_path_end}")


def asks_to_sign_in(response):
    return response.status_code == 302 and "login" in response["Location"]


def test_a_public_page_seen_before_is_served_without_restriction_or_site_queries(client, db):
    view(client, PRIORITY)
    response, queries = view(client, PRIORITY)
    assert response.status_code == 200
    assert not [sql for sql in queries if "wagtailcore_pageviewrestriction" in sql], queries
    assert not [sql for sql in queries if 'FROM "wagtailcore_site"' in sql], queries


def test_a_page_made_private_after_it_was_seen_asks_for_sign_in_on_the_next_view(client, db):
    assert view(client, PRIORITY)[0].status_code == 200
    restriction = PageViewRestriction.objects.create(page=page_at(PRIORITY), restriction_type=PageViewRestriction.LOGIN)
    assert asks_to_sign_in(view(client, PRIORITY)[0])

    restriction.delete()
    assert view(client, PRIORITY)[0].status_code == 200


def test_a_private_section_covers_the_pages_below_it(client, db):
    assert view(client, PRIORITY)[0].status_code == 200
    PageViewRestriction.objects.create(page=page_at("/priorities/"), restriction_type=PageViewRestriction.LOGIN)
    assert asks_to_sign_in(view(client, PRIORITY)[0])
    assert view(client, "/news/")[0].status_code == 200  # another branch stays public


def test_an_alias_follows_the_restrictions_of_its_source(client, db):
    source = page_at(PRIORITY).specific
    source.create_alias(parent=page_at("/news/"), update_slug="domestic-abuse-alias")
    alias_url = "/news/domestic-abuse-alias/"
    assert view(client, alias_url)[0].status_code == 200
    PageViewRestriction.objects.create(page=source, restriction_type=PageViewRestriction.LOGIN)
    assert asks_to_sign_in(view(client, alias_url)[0])


def test_with_redis_down_restrictions_are_read_for_every_page(client, db, redis_down):
    assert view(client, PRIORITY)[0].status_code == 200
    # Straight into the database: with Redis down no signal could have told anyone.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=page_at(PRIORITY), restriction_type=PageViewRestriction.LOGIN)]
    )
    assert asks_to_sign_in(view(client, PRIORITY)[0])


def test_a_new_site_for_a_host_is_used_from_the_next_request(client, db):
    first, _ = view(client, "/", HTTP_HOST="schools.kscb.test")
    assert first.status_code == 200  # the default site answers any allowed host
    schools = Site.objects.create(hostname="schools.kscb.test", port=80, root_page=page_at("/priorities/"))
    try:
        response, _ = view(client, "/", HTTP_HOST="schools.kscb.test")
    finally:
        schools.delete()  # Wagtail clears its cached site roots (in Redis, beyond the rollback) on delete
    assert response.status_code == 200
    assert response.content != first.content
    assert page_at("/priorities/").title.encode() in response.content


def test_a_change_inside_a_transaction_starts_another_generation_at_commit(db, django_capture_on_commit_callbacks):
    """Whatever a reader built between the signal and the commit read the old rows: it must not last."""
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        start_new_generation()
        during = current_generation()
    assert current_generation() != during


def test_a_page_view_reads_the_generation_from_redis_once(client, db, monkeypatch):
    """The restriction check gets no request from Wagtail; it must still use the request's generation."""
    import home.memory

    reads = []
    real = home.memory.current_generation
    monkeypatch.setattr(home.memory, "current_generation", lambda: reads.append(1) or real())
    view(client, PRIORITY)
    reads.clear()
    response, _ = view(client, PRIORITY)
    assert response.status_code == 200
    assert len(reads) == 1, reads
