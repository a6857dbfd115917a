"""Demo translations into Polish, Romanian and Arabic, made through wagtail-localize as an
editor would: a translation source per page, a translation per language, each segment filled
in, then the translated page published. No page is copied by hand.

To translate another page, add its path to TRANSLATED_PAGES (parents first) and its English
segments with their translations to pl.py, ro.py and ar.py. Snippets readers see (the
safeguarding contacts text, the children's voice topics and areas) are translated the same way.
A segment with no translation falls back to English, and the loader says how many did.
"""

from django.apps import apps
from django.conf import settings
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import SafeguardingSettings
from languages.publishing import publish_translation

from . import ar, pl, ro

STRINGS = {"pl": pl.STRINGS, "ro": ro.STRINGS, "ar": ar.STRINGS}

# Paths under the English home page ("" is the home page itself).
TRANSLATED_PAGES = [
    "",
    "staying-safe-online/",
    "priorities/",
    "priorities/neglect/",
    # Parents before children, so that a child is not placed under an untranslated alias.
    "campaigns/",
    "campaigns/safe-sleeping/",
    "have-your-say/",
]

# Snippets translated whole, every English instance ("app.Model", as apps may be left out).
TRANSLATED_SNIPPETS = ["feedback.FeedbackTopic", "feedback.FeedbackArea"]

# Published again in English after it was translated, so that staff see a page out of date.
OUT_OF_DATE_PAGE = "priorities/neglect/"
OUT_OF_DATE_ACTION = "Review the information health professionals give about sleeping arrangements for infants"
OUT_OF_DATE_PROGRESS = (
    "The 5 Boroughs Partnership NHS Foundation Trust has commissioned a review of the information provided by "
    "health professionals concerning sleeping arrangements for infants."
)


def load(stdout):
    locales = ensure_locales()
    home = Site.objects.get(is_default_site=True).root_page
    for path in TRANSLATED_PAGES:
        page = Page.objects.filter(url_path=home.url_path + path, locale=home.locale).first()
        if page is None:
            stdout.write(f"Not translated (no page at /{path}): languages demo")
            continue
        newly_translated = translate_page(page.specific, locales, stdout)
        if newly_translated and path == OUT_OF_DATE_PAGE:
            publish_source_change(page.specific)
    for snippet in translated_snippets():
        translate_instance(snippet, locales, stdout, publish=save_snippet_translation)


def translated_snippets():
    """The English snippets whose words readers see on translated pages."""
    snippets = [contacts.text for contacts in SafeguardingSettings.objects.select_related("text") if contacts.text]
    default = Locale.get_default()
    for label in TRANSLATED_SNIPPETS:
        if apps.is_installed(label.split(".")[0]):
            snippets += apps.get_model(label).objects.filter(locale=default).order_by("pk")
    return snippets


def save_snippet_translation(translation):
    translation.save_target(publish=True)


def ensure_locales():
    """A Locale for every content language but the default one."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    return [Locale.objects.get_or_create(language_code=code)[0] for code in codes if code in STRINGS]


def translate_page(page, locales, stdout):
    """Translate the page into each locale it is not yet translated into; True if any was new."""
    return translate_instance(page, locales, stdout, publish=publish_translation)


def translate_instance(instance, locales, stdout, publish):
    """Translate a page or snippet into each locale it is not yet translated into; True if any was new."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    newly_translated = False
    for locale in locales:
        translation, created = Translation.objects.get_or_create(source=source, target_locale=locale)
        if not created:
            continue
        missing = fill_segments(segments, locale, STRINGS[locale.language_code])
        publish(translation)
        newly_translated = True
        if missing:
            stdout.write(f"{instance} ({locale.language_code}): {missing} segments left in English")
    return newly_translated


def fill_segments(segments, locale, strings):
    """Save a translation for each segment we have words for; return how many we had none for."""
    missing = 0
    for segment in segments:
        text = strings.get(segment.string.data)
        if text is None:
            missing += segment.context.path != "slug"  # slugs stay as they are in English
            continue
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    return missing


def publish_source_change(page):
    """An editor adds progress to one action in English and publishes, without syncing the translations."""
    actions = page.actions.get_prep_value()
    for action in actions:
        if action["value"]["action"] == OUT_OF_DATE_ACTION:
            action["value"]["progress"] = OUT_OF_DATE_PROGRESS
    page.actions = actions
    page.save_revision().publish()
