"""Migration 0004: the resources' own owner and review dates go into their page review records, and back;
wagtail-localize forgets the owner field it noted.

The test puts the three old columns back on the resources' table for its own duration (the test's
transaction rolls them away) and runs the migration's functions with the models as they were then."""

import datetime
from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from django.utils import timezone
from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationContext, TranslationSource

from resources.models import ResourcePage
from tests.languages.translating import translate
from upkeep.models import PageReview

MIGRATION = import_module("resources.migrations.0004_reviews_to_upkeep")
OLD_COLUMNS = (("content_owner_id", "integer"), ("last_reviewed", "date"), ("next_review_due", "date"))


def days(number):
    return timezone.localdate() + datetime.timedelta(days=number)


@pytest.fixture
def old_apps(db):
    with connection.cursor() as cursor:
        for column, kind in OLD_COLUMNS:
            cursor.execute(f"ALTER TABLE resources_resourcepage ADD COLUMN {column} {kind} NULL")  # noqa: S608
    return MigrationLoader(connection).project_state(("resources", "0004_reviews_to_upkeep")).apps


def old_fields(apps, resource):
    return (
        apps.get_model("resources", "ResourcePage")
        .objects.filter(pk=resource.pk)
        .values_list("content_owner_id", "last_reviewed", "next_review_due")
        .get()
    )


def test_each_resource_s_fields_go_into_its_one_review_record_and_back(old_apps):
    OldResourcePage = old_apps.get_model("resources", "ResourcePage")
    owner = get_user_model().objects.get(username="pshe-lead")
    team = Group.objects.create(name="Library team")
    with_record, without_record, half_set = ResourcePage.objects.order_by("pk")[:3]
    # A record that says otherwise, and keeps its team; a resource with no record; fields partly empty.
    PageReview.objects.filter(page=with_record).update(owner=None, owner_team=team, review_by=days(1))
    PageReview.objects.filter(page=without_record).delete()
    PageReview.objects.filter(page=half_set).update(owner=owner, last_reviewed=days(-30), review_by=days(300))
    OldResourcePage.objects.filter(pk=with_record.pk).update(
        content_owner_id=owner.pk, last_reviewed=days(-100), next_review_due=days(-5)
    )
    OldResourcePage.objects.filter(pk=without_record.pk).update(last_reviewed=days(-10), next_review_due=days(20))
    OldResourcePage.objects.filter(pk=half_set.pk).update(next_review_due=days(40))

    for _run in range(2):  # running it again changes nothing
        MIGRATION.copy_to_reviews(old_apps, None)
        reviews = PageReview.objects.filter(page__in=[with_record, without_record, half_set])
        assert {
            review.page_id: (review.owner_id, review.owner_team_id, review.last_reviewed, review.review_by)
            for review in reviews
        } == {
            with_record.pk: (owner.pk, team.pk, days(-100), days(-5)),
            without_record.pk: (None, None, days(-10), days(20)),
            half_set.pk: (owner.pk, None, days(-30), days(40)),
        }
    # Every resource has its one record; the others kept theirs as they were.
    assert PageReview.objects.filter(page__in=ResourcePage.objects.values("pk")).count() == ResourcePage.objects.count()

    # Back: the records fill the fields; with no review-by date anywhere, the resource is due today.
    OldResourcePage.objects.update(content_owner_id=None, last_reviewed=None, next_review_due=None)
    PageReview.objects.filter(page=without_record).update(review_by=None)
    MIGRATION.copy_back(old_apps, None)
    assert old_fields(old_apps, with_record) == (owner.pk, days(-100), days(-5))
    assert old_fields(old_apps, without_record) == (None, days(-10), days(0))
    assert old_fields(old_apps, half_set) == (owner.pk, days(-30), days(40))
    assert not OldResourcePage.objects.filter(next_review_due__isnull=True).exists()


def test_a_translated_resource_s_note_of_its_old_owner_field_goes(admin_client, lesson):
    polish = translate(lesson, "pl")
    source = TranslationSource.objects.get_for_instance(lesson)
    # As wagtail-localize noted the owner (a synchronised, overridable field) before the field went.
    context = TranslationContext.objects.create(object=source.object, path="content_owner", field_path="content_owner")
    OverridableSegment.objects.create(source=source, context=context, order=999, data_json="1")
    SegmentOverride.objects.create(locale=polish.locale, context=context, data_json="1")
    editor = reverse("wagtailadmin_pages:edit", args=[polish.pk])
    with pytest.raises(FieldDoesNotExist):
        admin_client.get(editor)

    others = OverridableSegment.objects.filter(source=source).exclude(context=context).count()
    MIGRATION.forget_owner_segments(django_apps, None)
    assert not OverridableSegment.objects.filter(context=context).exists()
    assert not SegmentOverride.objects.filter(context=context).exists()
    assert OverridableSegment.objects.filter(source=source).count() == others
    assert admin_client.get(editor).status_code == 200
