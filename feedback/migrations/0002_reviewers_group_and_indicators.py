"""The "Children's voice reviewers" group, and the safeguarding phrases staff start from."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Children's voice reviewers"
REVIEWER_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("feedback", "submission", "view_submission"),
    ("feedback", "submission", "change_submission"),
    ("feedback", "submission", "export_submission"),
    ("feedback", "submissionnote", "add_submissionnote"),
    ("feedback", "submissionnote", "view_submissionnote"),
]

DEFAULT_INDICATORS = {
    "harm_at_home": [
        "hits me", "hit me", "hurts me", "beats me", "kicks me", "abuse", "scared to go home",
        "afraid to go home", "not safe at home", "locks me in", "no food at home", "shouts and hits",
    ],
    "sexual_abuse": [
        "touched me", "touches me", "touching me", "rape", "sexual", "made me send", "nudes", "sexting",
        "makes me do things", "inappropriate photos",
    ],
    "self_harm": [
        "kill myself", "suicide", "suicidal", "self harm", "cut myself", "cutting myself", "hurt myself",
        "want to die", "end my life", "end it all", "better off dead", "overdose", "no reason to live",
    ],
    "unsafe": ["not safe", "unsafe", "scared of", "frightened of", "afraid of", "terrified", "in danger"],
    "exploitation": [
        "county lines", "carry drugs", "hold drugs", "groomed", "grooming", "older boyfriend",
        "older girlfriend", "owe them money", "gave me gifts", "made me sell",
    ],
    "missing": ["run away", "ran away", "going missing", "went missing", "sleeping rough", "nowhere to sleep"],
    "violence": ["knife", "stabbed", "beat me up", "beat up", "gang", "threatened", "threatens me", "weapon"],
}


def create_reviewers_and_indicators(apps, schema_editor):
    # Permissions are normally made after all migrations; the group needs them now.
    for app_label in ("wagtailadmin", "feedback"):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    for app_label, model, codename in REVIEWER_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, content_type__model=model, codename=codename)
        )
    Indicator = apps.get_model("feedback", "SafeguardingIndicator")
    for category, phrases in DEFAULT_INDICATORS.items():
        for phrase in phrases:
            Indicator.objects.get_or_create(phrase=phrase, defaults={"category": category})


def remove_reviewers(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_submissions_and_pages"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_reviewers_and_indicators, remove_reviewers)]
