"""Editors: where resources may be created, and that the editing screens open."""

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse

from home.models import HomePage, StandardPage
from resources.models import ResourceLibraryPage, ResourcePage, Topic


@pytest.fixture
def admin_client(client, db):
    client.force_login(get_user_model().objects.get(username="demo"))
    return client


def test_resources_live_only_in_a_library(db):  # a page's content type is read from the database
    assert ResourcePage.can_create_at(ResourceLibraryPage())
    assert not ResourcePage.can_create_at(StandardPage())
    assert ResourceLibraryPage.can_create_at(HomePage())
    assert ResourceLibraryPage.allowed_subpage_models() == [ResourcePage]


def test_resource_edit_and_create_screens_open(admin_client, lesson, library):
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert edit.status_code == 200
    html = edit.content.decode()
    assert 'name="key_stages"' in html and 'type="checkbox"' in html
    # The page's review record (upkeep), under the heading resource editors know.
    assert "Keeping it current" in html and 'name="review-TOTAL_FORMS"' in html
    create = admin_client.get(reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", library.pk]))
    assert create.status_code == 200


def test_taxonomy_snippets_are_listed(admin_client):
    url = reverse(Topic.snippet_viewset.get_url_name("list"))
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Domestic abuse" in response.content.decode()


def test_topic_slugs_are_unique_per_language(db):
    topic = Topic.objects.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        Topic.objects.create(name="Again", slug=topic.slug, locale=topic.locale)
