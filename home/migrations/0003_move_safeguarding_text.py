"""Move each site's safeguarding words and footer links into an English SafeguardingText."""

import uuid

from django.conf import settings
from django.db import migrations

MOVED_FIELDS = ("worried_heading", "worried_text", "mash_hours")


def move_to_text(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    SafeguardingSettings = apps.get_model("home", "SafeguardingSettings")
    SafeguardingText = apps.get_model("home", "SafeguardingText")
    english, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for contacts in SafeguardingSettings.objects.filter(text__isnull=True):
        text = SafeguardingText(locale=english, translation_key=uuid.uuid4())
        for name in MOVED_FIELDS:
            setattr(text, name, getattr(contacts, name))
        text.footer_links = list(contacts.footer_links.raw_data)
        text.save()
        contacts.text = text
        contacts.save(update_fields=["text"])


def move_back(apps, schema_editor):
    SafeguardingSettings = apps.get_model("home", "SafeguardingSettings")
    for contacts in SafeguardingSettings.objects.filter(text__isnull=False).select_related("text"):
        for name in MOVED_FIELDS:
            setattr(contacts, name, getattr(contacts.text, name))
        contacts.footer_links = list(contacts.text.footer_links.raw_data)
        contacts.save()


class Migration(migrations.Migration):
    dependencies = [("home", "0002_safeguarding_text")]

    operations = [migrations.RunPython(move_to_text, move_back)]
