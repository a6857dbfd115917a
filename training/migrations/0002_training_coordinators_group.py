"""The "Training coordinators" group: the only people, with superusers, who see bookings."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Training coordinators"
MODELS = ("course", "session", "partneragency", "booking")
COORDINATOR_PERMISSIONS = [("wagtailadmin", "admin", "access_admin")] + [
    ("training", model, f"{action}_{model}") for model in MODELS for action in ("add", "change", "delete", "view")
]


def create_coordinators(apps, schema_editor):
    # Permissions are normally made after all migrations; the group needs them now.
    for app_label in ("wagtailadmin", "training"):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    for app_label, model, codename in COORDINATOR_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, content_type__model=model, codename=codename)
        )


def remove_coordinators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_courses_sessions_bookings"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_coordinators, remove_coordinators)]
