"""Warn editors when a page young people read is written above their reading age.

Which page types count, and the target age, are settings (KSCB_YOUNG_READERS_PAGE_TYPES,
KSCB_READING_AGE_TARGET). Only pages in the default language (English) are measured: the
measure is built for English. The warning is a message after saving, naming the hardest parts.
"""

from django.conf import settings
from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import get_text_for_indexing

from .models import default_language_code
from .readability import Reading, measure

# Short labels, not prose: they would skew the measure.
NOT_PROSE = {"slug", "seo_title", "search_description", "title"}


def is_for_young_readers(page):
    return page._meta.label in settings.KSCB_YOUNG_READERS_PAGE_TYPES


def field_texts(page):
    """(label, plain text) for each translatable text field of the page, in form order."""
    for translatable in getattr(page, "translatable_fields", []):
        name = translatable.field_name
        if name in NOT_PROSE or type(translatable).__name__ != "TranslatableField":
            continue
        field = page._meta.get_field(name)
        value = getattr(page, name, None)
        if not value:
            continue
        if isinstance(field, StreamField):
            text = "\n".join(field.stream_block.get_searchable_content(value))
        elif isinstance(field, RichTextField):
            text = get_text_for_indexing(value)
        elif isinstance(value, str):
            text = value
        else:
            continue
        yield str(field.verbose_name), text


def too_hard(page, target=None):
    """The readings above the target age: [(label, Reading)], whole page first (labelled None)."""
    target = target or settings.KSCB_READING_AGE_TARGET
    parts = [(label, measure(text)) for label, text in field_texts(page)]
    parts = [(label, reading) for label, reading in parts if reading]
    if not parts:
        return []
    whole = Reading(
        words=sum(r.words for _label, r in parts),
        sentences=sum(r.sentences for _label, r in parts),
        syllables=sum(r.syllables for _label, r in parts),
    )
    hard = [(label, r) for label, r in parts if r.enough_text and r.reading_age > target]
    if whole.enough_text and whole.reading_age > target:
        return [(None, whole), *hard]
    return hard


def warn_if_too_hard(request, page):
    page = page.specific
    if not is_for_young_readers(page) or page.locale.language_code != default_language_code():
        return
    target = settings.KSCB_READING_AGE_TARGET
    hard = too_hard(page, target)
    if not hard:
        return
    whole = hard[0][1] if hard[0][0] is None else None
    parts = ", ".join(
        _("%(field)s (age %(age)s)") % {"field": label, "age": reading.reading_age} for label, reading in hard if label
    )
    text = _(
        "Young people read this page: it reads at about age %(age)s, and should read at age %(target)s or under."
    ) % {
        "age": (whole or hard[0][1]).reading_age,
        "target": target,
    }
    if parts:
        text += " " + _("Hardest: %(parts)s.") % {"parts": parts}
    text += " " + _("Shorter sentences and shorter, everyday words bring it down.")
    messages.warning(request, text)
