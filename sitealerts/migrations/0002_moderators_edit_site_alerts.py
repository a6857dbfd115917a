"""Moderators (who publish pages) put alerts on every page; Editors, who cannot publish, do not."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Moderators"
CODENAMES = [f"{action}_sitealert" for action in ("add", "change", "delete", "view")]


def allow_moderators(apps, schema_editor):
    # Permissions are normally made after all migrations; the group needs them now.
    app_config = apps.get_app_config("sitealerts")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="sitealerts", codename__in=CODENAMES)
    )


def disallow_moderators(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=GROUP_NAME):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="sitealerts", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("sitealerts", "0001_site_alerts"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(allow_moderators, disallow_moderators)]
