"""A step on the way to removing the resources' own review dates (0005): the date may be empty while
the migrations between run, so that going back (0004's reverse) can fill it before it is required again."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0002_copy_reviews_to_upkeep"),
    ]

    operations = [
        migrations.AlterField(
            model_name="resourcepage",
            name="next_review_due",
            field=models.DateField(
                null=True,
                help_text="When it must be checked again. Overdue resources are listed in Reports → Resources due for review.",
            ),
        ),
    ]
