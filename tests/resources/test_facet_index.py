"""The library keeps its filters in memory (resources/facet_index.py): readers must still see
every editor's change on their next visit, and the index must cost the same however big."""

import datetime
import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from resources.bulk import bulk_add_resources
from resources.facet_index import LibraryIndex, library_index
from resources.models import Audience, KeyStage, ResourcePage, ResourceType, Topic

from .conftest import get_ok

NEGLECT = "?topic=neglect"


def found(client, url):
    html = get_ok(client, url).content.decode()
    return int(re.search(r"(\d+) resources? found", html).group(1)), html


def publish_resource(library, title):
    resource = ResourcePage(
        title=title,
        summary="A briefing on neglect for practitioners.",
        next_review_due=datetime.date.today() + datetime.timedelta(days=365),
        files=[("link", {"title": "Read it", "url": "https://example.org/", "description": ""})],
    )
    library.add_child(instance=resource)
    resource.topics = [Topic.objects.get(slug="neglect", locale=library.locale)]
    resource.audiences = [Audience.objects.filter(locale=library.locale).first()]
    resource.resource_types = [ResourceType.objects.filter(locale=library.locale).first()]
    resource.save_revision().publish()
    return resource


def test_a_published_resource_shows_at_once_and_leaves_when_unpublished(client, library):
    before, _html = found(client, library.url + NEGLECT)
    resource = publish_resource(library, "Neglect briefing for GPs")

    after, html = found(client, library.url + NEGLECT)
    assert after == before + 1
    assert "Neglect briefing for GPs" in html

    resource.unpublish()
    assert found(client, library.url + NEGLECT)[0] == before


def test_a_resource_made_private_leaves_the_library(client, library):
    before, _html = found(client, library.url + NEGLECT)
    resource = ResourcePage.objects.child_of(library).live().filter(topics__slug="neglect").first()
    PageViewRestriction.objects.create(page=resource, restriction_type=PageViewRestriction.LOGIN)
    assert found(client, library.url + NEGLECT)[0] == before - 1


def test_a_renamed_option_shows_its_new_name(client, library):
    get_ok(client, library.url)
    stage = KeyStage.objects.get(slug="ks3", locale=library.locale)
    stage.name = "Key Stage 3 (ages 11 to 14)"
    stage.save()
    assert "Key Stage 3 (ages 11 to 14)" in get_ok(client, library.url).content.decode()


def test_building_the_index_costs_the_same_queries_at_any_size(library):
    def queries_to_build():
        with CaptureQueriesContext(connection) as captured:
            LibraryIndex.build(library)
        return len(captured.captured_queries)

    small = queries_to_build()
    neglect = Topic.objects.get(slug="neglect", locale=library.locale)
    bulk_add_resources(library, [{"title": f"Note {n}", "topics": [neglect.pk]} for n in range(300)])
    Topic.objects.bulk_create([Topic(name=f"Extra {n}", slug=f"extra-{n}", locale=library.locale) for n in range(20)])
    # Private pages, the resources, then per facet its memberships and its options.
    assert queries_to_build() == small == 1 + 1 + 5 + 5


def test_the_index_is_built_once_for_many_readers(client, library):
    get_ok(client, library.url + NEGLECT)
    assert library_index(library) is library_index(library)


# The shared cache says when content changed. With Redis unreachable (a closed port, for
# real) the library cannot know, so it must rebuild for each reader rather than go stale.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
    },
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}


@pytest.mark.django_db
def test_with_the_cache_down_the_library_is_never_stale(client, library):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        before, _html = found(client, library.url + NEGLECT)
        assert library_index(library) is not library_index(library)
        # Published without signals reaching any cache: only a rebuild can show it.
        neglect = Topic.objects.get(slug="neglect", locale=library.locale)
        bulk_add_resources(library, [{"title": "Neglect leaflet", "topics": [neglect.pk]}])
        assert found(client, library.url + NEGLECT)[0] == before + 1
