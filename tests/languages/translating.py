"""Translating a page in a test the way an editor does: through wagtail-localize, then published."""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from languages.publishing import publish_translation


def translate(page, language_code):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    target = Locale.objects.get(language_code=language_code)
    return publish_translation(Translation.objects.create(source=source, target_locale=target))
