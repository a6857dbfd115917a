"""Bring the seeded triage rules up to date with feedback/triage_rules/ (3 December 2026: families of words).

The same mechanism as 0007: "previous" holds each changed rule as 0007 (or 0005) left it.

New rules are added. A seeded rule is updated only while it still reads as it was seeded: a rule a
reviewer has edited is left as they made it (whether it is switched on is always theirs). The rules
as they were and as they are now are frozen in the JSON file of the same name, so this migration does
the same thing whenever it runs.
"""

import json
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).with_suffix(".json")
FIELDS = ("category", "kind", "phrases", "near_words", "window", "unless", "notes")


def _same_text(value):
    # Line endings and blank lines may change when a rule is saved in the admin; the rule does not.
    if isinstance(value, str):
        return "\n".join(line.strip() for line in value.splitlines() if line.strip())
    return value


def _reads_as(rule, row):
    return all(_same_text(getattr(rule, name)) == _same_text(row[name]) for name in FIELDS)


def _rows():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    previous = {(row["language"], row["name"]): row for row in data["previous"]}
    return previous, data["seed"]


def update_rules(apps, schema_editor):
    TriageRule = apps.get_model("feedback", "TriageRule")
    previous, seed = _rows()
    for row in seed:
        key = (row["language"], row["name"])
        rule = TriageRule.objects.filter(language=row["language"], name=row["name"]).first()
        if rule is None:
            TriageRule.objects.create(language=row["language"], name=row["name"], **{n: row[n] for n in FIELDS})
        elif key in previous and _reads_as(rule, previous[key]) and not _reads_as(rule, row):
            for name in FIELDS:
                setattr(rule, name, row[name])
            rule.save()


def restore_rules(apps, schema_editor):
    TriageRule = apps.get_model("feedback", "TriageRule")
    previous, seed = _rows()
    for row in seed:
        key = (row["language"], row["name"])
        rule = TriageRule.objects.filter(language=row["language"], name=row["name"]).first()
        if rule is None or not _reads_as(rule, row):
            continue
        if key in previous:
            for name in FIELDS:
                setattr(rule, name, previous[key][name])
            rule.save()
        else:
            rule.delete()


class Migration(migrations.Migration):
    dependencies = [("feedback", "0008_used_start_tokens")]

    operations = [migrations.RunPython(update_rules, restore_rules)]
