"""The learning library's filters and one reader's view of them (the faceting is home/facets.py).

A translated library lists translated pages, and wagtail-localize keeps a translated page's tags
pointing at the English tags (it copies many-to-many relations as they are). So a tag facet's
options are the tags of every language, one per slug: the slug is the same in each of a tag's
translations (LearningTag.translatable_fields) and no two tags share one (LearningTag.clean), so
a shared address such as ?theme=safe-sleeping means one tag in every language, whichever of its
rows a page points at. Each is named in the library's language where the tag has a translation.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from home.facets import Facet, Faceting

from .models import LEARNING_TYPES, AgeGroup, Agency, HarmType, Theme


class TagName(str):
    """A tag's name as a library shows it. `other_language` is the language of the name when the
    tag has no translation into the library's language (its English name on a Polish library),
    so that the page can mark it with lang="…" as the site marks links to pages in English."""

    def __new__(cls, text, other_language=""):
        name = super().__new__(cls, text)
        name.other_language = other_language
        return name


@dataclass(frozen=True)
class TagFacet(Facet):
    """A library filter by one kind of learning tag, whatever language the tagged pages are in."""

    reads_own_options = True

    def options(self, locale_id=None):
        """One (slug, TagName) per slug, in one query, ordered by the tags' sort order then name."""
        rows = list(
            self.model.objects.order_by("pk").values_list(
                "slug", "name", "sort_order", "translation_key", "locale_id", "locale__language_code"
            )
        )
        in_library_language = {key: name for _slug, name, _order, key, locale, _code in rows if locale == locale_id}
        by_slug = {}
        for row in rows:
            slug, _name, _order, _key, _locale, language = row
            # The tag as the default language has it, where it does: its name is the fallback.
            if slug not in by_slug or language == settings.LANGUAGE_CODE:
                by_slug[slug] = row
        options = []
        for slug, name, order, key, _locale, language in by_slug.values():
            if key in in_library_language:
                label = TagName(in_library_language[key])
            else:
                label = TagName(name, other_language=language.split("-")[0])
            options.append((order, label.casefold(), slug, label))
        return [(slug, label) for _order, _sort_name, slug, label in sorted(options)]


FACETS = (
    Facet("type", "learning_type", _("Type"), choices=LEARNING_TYPES),
    TagFacet("theme", "themes__slug", _("Theme"), model=Theme),
    TagFacet("age", "age_groups__slug", _("Age group"), model=AgeGroup),
    TagFacet("harm", "harm_types__slug", _("Type of harm"), model=HarmType),
    TagFacet("agency", "agencies__slug", _("Agency"), model=Agency),
)


def marked_language(label):
    """The label, inside <span lang="…"> when it is in another language than the library's."""
    other_language = getattr(label, "other_language", "")
    return format_html('<span lang="{}">{}</span>', other_language, label) if other_language else label


class LibraryView:
    """What one reader sees of the library: `query` is the request's GET. Only known options are
    read from it (home/facets.py), so the counts' cache key holds validated values only."""

    def __init__(self, library, query):
        self.faceting = Faceting(
            FACETS, library.items(), query, cache_scope=("learning-library", library.pk), locale_id=library.locale_id
        )

    @property
    def selected(self):
        return self.faceting.selected

    def items(self):
        # The locale for each card's address, in the same query.
        return self.faceting.filter().select_related("locale")

    @cached_property
    def facets(self):
        return self.faceting.results(hide_empty=True)

    def address(self, selected):
        return "?" + urlencode(selected) if selected else "?"

    def query_prefix(self):
        """The filters for the pagination links, ready to take `page=`."""
        return urlencode(self.selected) + "&" if self.selected else ""

    def active_filters(self):
        """Each chosen filter: its facet's label, the option's label and the address without it."""
        by_name = {result.name: result for result in self.facets}
        return [
            (
                by_name[name].label,
                marked_language(by_name[name].label_for(value)),
                self.address(tuple(item for item in self.selected if item != (name, value))),
            )
            for name, value in self.selected
        ]
