"""What is translated, and what is out of date, for every page in the default language.

A page is, in each other content language:
- not translated: no live translation of its own (a wagtail-localize alias copy of the
  English page does not count);
- out of date: the English page has been published since its translation source was last
  synchronised (or, for a page translated without wagtail-localize, since the translation
  was published);
- up to date: otherwise.

Every status is worked out in the database, so listing or counting costs the same number
of queries however many pages and languages there are.
"""

from django.conf import settings
from django.db.models import Case, Count, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

NOT_TRANSLATED = "not_translated"
UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"
STATUSES = [
    (NOT_TRANSLATED, "Not translated"),
    (OUT_OF_DATE, "Out of date"),
    (UP_TO_DATE, "Translated and up to date"),
]


def target_locales():
    """Every content language but the default, in the order settings list them."""
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).filter(language_code__in=order)
    return sorted(locales, key=lambda locale: order.index(locale.language_code))


def status_key(locale):
    return f"status_{locale.pk}"


def translation_key(locale):
    return f"translation_{locale.pk}"


def draft_key(locale):
    return f"draft_translation_{locale.pk}"


def pages_with_status(locales):
    """Pages in the default language, annotated with their status in each of the locales.

    Each row carries `translation_source_id` (for the sync link) and, per locale,
    `translation_<pk>` (the live translation's id), `draft_translation_<pk>` (a translation
    started but not published) and `status_<pk>`.
    """
    sources = TranslationSource.objects.filter(object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id"))
    pages = Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=1).annotate(
        translation_source_id=Subquery(sources.values("pk")[:1]),
        synced_at=Subquery(sources.values("last_updated_at")[:1]),
    )
    for locale in locales:
        own_translations = Page.objects.filter(
            translation_key=OuterRef("translation_key"), locale=locale, alias_of__isnull=True
        )
        live = own_translations.filter(live=True)
        pages = pages.annotate(
            **{
                translation_key(locale): Subquery(live.values("pk")[:1]),
                f"published_{locale.pk}": Subquery(live.values("last_published_at")[:1]),
                draft_key(locale): Subquery(own_translations.filter(live=False).values("pk")[:1]),
            }
        ).annotate(
            **{
                status_key(locale): Case(
                    When(**{f"{translation_key(locale)}__isnull": True}, then=Value(NOT_TRANSLATED)),
                    When(
                        last_published_at__gt=Coalesce(F("synced_at"), F(f"published_{locale.pk}")),
                        then=Value(OUT_OF_DATE),
                    ),
                    default=Value(UP_TO_DATE),
                )
            }
        )
    return pages


def filter_by_status(pages, locales, status):
    """Pages with this status in any of the locales."""
    condition = Q()
    for locale in locales:
        condition |= Q(**{status_key(locale): status})
    return pages.filter(condition)


def status_counts(locales):
    """[(locale, {status: count})] for every locale, in one query."""
    aggregates = {
        f"{status}_{locale.pk}": Count("pk", filter=Q(**{status_key(locale): status}))
        for locale in locales
        for status, _label in STATUSES
    }
    totals = pages_with_status(locales).aggregate(**aggregates) if aggregates else {}
    return [(locale, {status: totals[f"{status}_{locale.pk}"] for status, _label in STATUSES}) for locale in locales]
