"""Staff groups with least privilege.

Wagtail's own migrations create "Editors" (add and edit pages, no publishing)
and "Moderators" (publish, and approve in the "Moderators approval" workflow
that Wagtail assigns to the whole tree). This adds "Translators": they edit and
translate pages but cannot publish. The children's voice reviewers group
belongs to the feedback app.
"""

from django.db import migrations

TRANSLATORS = "Translators"


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )

    translators, _ = Group.objects.get_or_create(name=TRANSLATORS)
    translators.permissions.add(access_admin)
    translation_type, _ = ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")
    submit, _ = Permission.objects.get_or_create(
        content_type=translation_type, codename="submit_translation", defaults={"name": "Can submit translations"}
    )
    translators.permissions.add(submit)
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    change_page, _ = Permission.objects.get_or_create(
        content_type=page_type, codename="change_page", defaults={"name": "Can change page"}
    )
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        # Edit (translate) pages; never publish: moderators approve through the workflow.
        GroupPagePermission.objects.get_or_create(group=translators, page=root, permission=change_page)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=TRANSLATORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]
    operations = [migrations.RunPython(create_groups, remove_groups)]
