"""Each existing resource's owner and review dates become its page review record (upkeep), which the
site-wide report and reminders read. Saving a resource keeps the record in step from then on."""

from django.db import migrations


def copy_reviews(apps, schema_editor):
    ResourcePage = apps.get_model("resources", "ResourcePage")
    PageReview = apps.get_model("upkeep", "PageReview")
    reviewed = set(PageReview.objects.values_list("page_id", flat=True))
    PageReview.objects.bulk_create(
        PageReview(
            page_id=resource.pk,
            owner_id=resource.content_owner_id,
            last_reviewed=resource.last_reviewed,
            review_by=resource.next_review_due,
        )
        for resource in ResourcePage.objects.only("pk", "content_owner_id", "last_reviewed", "next_review_due")
        if resource.pk not in reviewed
    )


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("upkeep", "0001_page_review"),
    ]

    operations = [migrations.RunPython(copy_reviews, migrations.RunPython.noop)]
