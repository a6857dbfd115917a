"""Seed the triage rules from feedback/triage_rules/, and move the earlier safeguarding phrases into rules.

Safe to run on a database that already has rules: a rule whose language and name exist is left as a
reviewer may have edited it.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from feedback.triage_rules import GAMES, JOKES, rule_rows

REVIEWERS = "Children's voice reviewers"
EARLIER_NAME = "Earlier safeguarding phrases"
# Phrases of the earlier list that flag ordinary messages ("I am afraid of spiders"): kept, but switched off.
OVER_BROAD = {"scared of", "afraid of", "frightened of", "unsafe", "not safe", "gang"}
# The earlier phrases name harms, so a talk or lesson about them (or a game) is not a disclosure.
EARLIER_UNLESS = [
    "assembly", "pshe", "lesson", "lekcja", "talk", "play", "learned", "learnt", "workshop", "crime", *GAMES, *JOKES,
]
EARLIER_CATEGORIES = {
    "harm_at_home": "physical_abuse",
    "sexual_abuse": "sexual_abuse",
    "self_harm": "self_harm",
    "unsafe": "unsafe_home",
    "exploitation": "exploitation",
    "missing": "unsafe_home",
    "violence": "threats_to_life",
}


def seed_rules(apps, schema_editor):
    # Permissions are normally made after all migrations; the reviewers need the new model's now.
    app_config = apps.get_app_config("feedback")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    TriageRule = apps.get_model("feedback", "TriageRule")
    for row in rule_rows():
        fields = dict(row)
        TriageRule.objects.get_or_create(language=fields.pop("language"), name=fields.pop("name"), defaults=fields)
    Indicator = apps.get_model("feedback", "SafeguardingIndicator")
    earlier = {}
    for indicator in Indicator.objects.order_by("phrase"):
        if indicator.phrase.strip().casefold() in OVER_BROAD:
            key = ("Earlier safeguarding phrases that flagged ordinary messages", "emotional_abuse", False)
        else:
            category = EARLIER_CATEGORIES.get(indicator.category, "unsafe_home")
            key = (f"{EARLIER_NAME}: {category.replace('_', ' ')}", category, True)
        earlier.setdefault(key, []).append(indicator.phrase)
    for (name, category, enabled), phrases in earlier.items():
        TriageRule.objects.get_or_create(
            language="en",
            name=name,
            defaults={
                "category": category,
                "kind": "phrases",
                "phrases": "\n".join(phrases),
                "unless": "\n".join(EARLIER_UNLESS),
                "enabled": enabled,
                "notes": "Moved here from the earlier list of safeguarding phrases.",
            },
        )
    # Reviewers read and edit the rules.
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    reviewers = Group.objects.filter(name=REVIEWERS).first()
    if reviewers:
        reviewers.permissions.add(
            *Permission.objects.filter(content_type__app_label="feedback", content_type__model="triagerule")
        )
    # The phrases now live in rules; the earlier list stays usable for anything staff add to it later.
    Indicator.objects.all().delete()


def unseed_rules(apps, schema_editor):
    TriageRule = apps.get_model("feedback", "TriageRule")
    Indicator = apps.get_model("feedback", "SafeguardingIndicator")
    reverse_categories = {value: key for key, value in EARLIER_CATEGORIES.items()}
    for rule in TriageRule.objects.filter(name__startswith=EARLIER_NAME):
        for phrase in rule.phrases.splitlines():
            if phrase.strip():
                Indicator.objects.get_or_create(
                    phrase=phrase.strip()[:120], defaults={"category": reverse_categories.get(rule.category, "unsafe")}
                )
    TriageRule.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("feedback", "0004_triage_rules")]

    operations = [migrations.RunPython(seed_rules, unseed_rules)]
