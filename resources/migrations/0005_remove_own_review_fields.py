"""Resources keep their owner and review dates in their page review record (upkeep.PageReview), like
every other page type: their own fields go (their values were copied by 0004)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0004_reviews_to_upkeep"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="resourcepage", name="resource_last_reviewed_idx"),
        migrations.RemoveIndex(model_name="resourcepage", name="resource_review_due_idx"),
        migrations.RemoveField(model_name="resourcepage", name="content_owner"),
        migrations.RemoveField(model_name="resourcepage", name="last_reviewed"),
        migrations.RemoveField(model_name="resourcepage", name="next_review_due"),
    ]
