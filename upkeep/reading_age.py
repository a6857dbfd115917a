"""Warn editors when a page young people read is written above their reading age.

Which pages count: the types always for young readers (KSCB_YOUNG_READERS_PAGE_TYPES), and any
page an editor chose as another page's easy-read version (Other formats) or as the yearly report's
children's or easy-read version. The target age is KSCB_READING_AGE_TARGET. Only pages in the
default language (English) are measured: the measure is built for English. Editors see it twice:
a message after saving, naming the hardest parts, and the "Reading age" check in Wagtail's Checks
panel (upkeep/reading_check.py).
"""

from django.conf import settings
from django.contrib import messages
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.fields import RichTextField, StreamField
from wagtail.models import ReferenceIndex
from wagtail.rich_text import get_text_for_indexing

from partnership.models import OtherFormats, YearlyReportPage

from .models import default_language_code
from .readability import Reading, measure

# Short labels, not prose: they would skew the measure.
NOT_PROSE = {"slug", "seo_title", "search_description", "title"}

# Where editors choose a page as the version for young readers: (model, its path to the chosen page
# in Wagtail's reference index, which records every link from a page or snippet to a page).
CHOSEN_FOR_YOUNG_READERS = [
    (OtherFormats, "easy_read_page"),
    (YearlyReportPage, "childrens_version.link.page"),
    (YearlyReportPage, "easy_read_version.link.page"),
]


def is_chosen_for_young_readers(page):
    """Whether a page or snippet names this page as its easy-read or children's version: one query."""
    if not page.pk:
        return False
    chosen = Q()
    for model, path in CHOSEN_FOR_YOUNG_READERS:
        meta = model._meta
        chosen |= Q(content_type__app_label=meta.app_label, content_type__model=meta.model_name, model_path=path)
    return ReferenceIndex.get_references_to(page).filter(chosen).exists()


def is_for_young_readers(page):
    return page._meta.label in settings.KSCB_YOUNG_READERS_PAGE_TYPES or is_chosen_for_young_readers(page)


def is_measured(page):
    """Pages young people read, in English (the language the measure is built for)."""
    return page.locale.language_code == default_language_code() and is_for_young_readers(page)


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


def found_age(hard):
    """The age to tell the editor: the whole page's, or else the first part above the target."""
    return hard[0][1].reading_age


def warn_if_too_hard(request, page):
    page = page.specific
    if not is_measured(page):
        return
    target = settings.KSCB_READING_AGE_TARGET
    hard = too_hard(page, target)
    if not hard:
        return
    parts = ", ".join(
        _("%(field)s (age %(age)s)") % {"field": label, "age": reading.reading_age} for label, reading in hard if label
    )
    text = _(
        "Young people read this page: it reads at about age %(age)s, and should read at age %(target)s or under."
    ) % {
        "age": found_age(hard),
        "target": target,
    }
    if parts:
        text += " " + _("Hardest: %(parts)s.") % {"parts": parts}
    text += " " + _("Shorter sentences and shorter, everyday words bring it down.")
    messages.warning(request, text)
