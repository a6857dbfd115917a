"""Editors and Moderators add, change and remove campaign assets (the editor's guide's "add several
campaign assets" task), as they edit the campaign pages that show them. Until now only superusers could."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAMES = ["Editors", "Moderators"]
CODENAMES = [f"{action}_campaignasset" for action in ("add", "change", "delete", "view")]


def permissions(apps):
    # Permissions are normally made after all migrations; the groups need them now.
    app_config = apps.get_app_config("campaigns")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="campaigns", codename__in=CODENAMES)


def allow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    granted = list(permissions(apps))
    for name in GROUP_NAMES:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*granted)


def disallow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    granted = list(permissions(apps))
    for group in Group.objects.filter(name__in=GROUP_NAMES):
        group.permissions.remove(*granted)


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(allow, disallow)]
