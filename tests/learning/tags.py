"""Learning tags translated the way editors translate them (wagtail-localize), for tests and the
browser test's server (tests/browser/test_learning.py runs this module in its shell)."""

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from learning.models import Theme


def translate_tag(tag, language_code, name):
    """The tag translated as an editor does it in wagtail-localize (its name is all there is to
    translate), saved; the translated tag."""
    source, _created = TranslationSource.get_or_create_from_instance(tag)
    locale = Locale.objects.get(language_code=language_code)
    translation = Translation.objects.create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string, locale=locale, context=segment.context, data=name
        )
    translation.save_target(publish=True)
    return tag.get_translation(locale)


def add_tags(count, offset=0, translate_into="pl"):
    """`count` more English themes, every other one translated."""
    english = Locale.get_default()
    for n in range(offset, offset + count):
        theme = Theme.objects.create(locale=english, name=f"Theme {n}", slug=f"theme-{n}", sort_order=10 + n)
        if n % 2:
            translate_tag(theme, translate_into, f"Temat {n}")
