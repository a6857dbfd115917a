"""Each resource's owner and review dates go into its page review record (upkeep.PageReview), the one
record every page type has, before the resource's own fields are removed (0005).

Until now saving a resource copied its fields over the record, so the fields are what editors last saw
and saved: where a field is set it wins; where it is empty the record keeps its own value. A resource
without a record gets one. Running it again changes nothing. Its reverse copies the records back.

The owner was a synchronised field that translators could override: wagtail-localize's note of it
(an overridable segment, and any override) goes too, or the translation editor of a resource
translated before now would look for the field and fail. Its next sync would not bring it back."""

from django.db import migrations
from django.utils import timezone

BATCH = 500


def resource_reviews(apps):
    """(the resources as they were, the review records of them by page id)."""
    ResourcePage = apps.get_model("resources", "ResourcePage")
    PageReview = apps.get_model("upkeep", "PageReview")
    reviews = PageReview.objects.filter(page_id__in=ResourcePage.objects.values("pk"))
    return ResourcePage, PageReview, {review.page_id: review for review in reviews}


def copy_to_reviews(apps, schema_editor):
    ResourcePage, PageReview, reviews = resource_reviews(apps)
    added, changed = [], []
    resources = ResourcePage.objects.values_list("pk", "content_owner_id", "last_reviewed", "next_review_due")
    for page_id, owner_id, last_reviewed, review_by in resources.order_by("pk"):
        review = reviews.get(page_id)
        if review is None:
            added.append(
                PageReview(page_id=page_id, owner_id=owner_id, last_reviewed=last_reviewed, review_by=review_by)
            )
            continue
        review.owner_id = owner_id or review.owner_id
        review.last_reviewed = last_reviewed or review.last_reviewed
        review.review_by = review_by or review.review_by
        changed.append(review)
    PageReview.objects.bulk_create(added, batch_size=BATCH)
    PageReview.objects.bulk_update(changed, ["owner", "last_reviewed", "review_by"], batch_size=BATCH)


def copy_back(apps, schema_editor):
    """The records' owner and dates back into the resources' fields. The field 'next review due' is
    required again after this (0003's reverse): a resource whose record has no review-by date gets
    today, so that it shows as due and someone checks it."""
    ResourcePage, _PageReview, reviews = resource_reviews(apps)
    today = timezone.localdate()
    resources = list(ResourcePage.objects.only("pk", "content_owner", "last_reviewed", "next_review_due"))
    for resource in resources:
        review = reviews.get(resource.pk)
        if review is not None:
            resource.content_owner_id = review.owner_id
            resource.last_reviewed = review.last_reviewed or resource.last_reviewed
            resource.next_review_due = review.review_by or resource.next_review_due
        resource.last_reviewed = resource.last_reviewed or today
        resource.next_review_due = resource.next_review_due or today
    ResourcePage.objects.bulk_update(resources, ["content_owner", "last_reviewed", "next_review_due"], batch_size=BATCH)


def forget_owner_segments(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    OverridableSegment = apps.get_model("wagtail_localize", "OverridableSegment")
    SegmentOverride = apps.get_model("wagtail_localize", "SegmentOverride")
    resource_type = ContentType.objects.filter(app_label="resources", model="resourcepage").first()
    if resource_type is None:
        return
    segments = OverridableSegment.objects.filter(
        source__specific_content_type=resource_type, context__path="content_owner"
    )
    contexts = list(segments.values_list("context_id", flat=True))
    segments.delete()
    SegmentOverride.objects.filter(context_id__in=contexts).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0003_next_review_due_optional"),
        ("upkeep", "0001_page_review"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.RunPython(copy_to_reviews, copy_back),
        # Nothing to put back: the translation sources' next sync notes what they have.
        migrations.RunPython(forget_owner_segments, migrations.RunPython.noop),
    ]
