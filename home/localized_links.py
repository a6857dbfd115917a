"""Pages chosen in English, linked in the reader's language.

wagtail-localize leaves page choosers pointing at the English page in every translation
(pages are meant to be localised when shown). These helpers swap each chosen page for its
live translation in the reader's locale, with one query for all of them, rather than
`page.localized` per link (a query each). A page with no live translation stays English.
"""

from wagtail import blocks
from wagtail.models import Page


def live_translations(pages, locale_id, specific=False):
    """{translation_key: live translation in the locale} for those pages not already in it: one query."""
    keys = {page.translation_key for page in pages if page is not None and page.locale_id != locale_id}
    if not keys:
        return {}
    translations = Page.objects.live().filter(translation_key__in=keys, locale_id=locale_id)
    if specific:
        translations = translations.specific()
    return {page.translation_key: page for page in translations}


def live_translation_ids(keys, locale_id):
    """{translation_key: id of its live translation in the locale} for (pk, translation_key,
    locale_id) triples of pages not already in it: one query, no pages loaded."""
    wanted = {translation_key for _pk, translation_key, page_locale in keys if page_locale != locale_id}
    if not wanted:
        return {}
    translations = Page.objects.live().filter(translation_key__in=wanted, locale_id=locale_id)
    return dict(translations.values_list("translation_key", "pk"))


def in_locale(pages, locale_id, specific=False):
    """The pages, in order, each replaced by its live translation in the locale when it has one."""
    found = live_translations(pages, locale_id, specific=specific)
    return [found.get(page.translation_key, page) for page in pages]


def localize_chosen_pages(stream_values, locale_id):
    """Point every page chosen in these StreamField values at its translation in the locale, in place.

    Only for rendering: the values are never saved afterwards.
    """
    slots = list(_chosen_pages(stream_values))
    found = live_translations([page for page, _replace in slots], locale_id)
    for page, replace in slots:
        if page.translation_key in found:
            replace(found[page.translation_key])


def _chosen_pages(stream_values):
    """(page, replace) for each page in a PageChooserBlock, however deeply nested."""
    for stream_value in stream_values:
        for child in stream_value or []:
            yield from _walk(child.block, child.value, _setter(child))


def _walk(block, value, replace):
    if value is None:
        return
    if isinstance(block, blocks.PageChooserBlock):
        if isinstance(value, Page):
            yield value, replace
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _walk(child_block, value.get(name), _item_setter(value, name))
    elif isinstance(block, blocks.ListBlock):
        for child in value.bound_blocks:
            yield from _walk(block.child_block, child.value, _setter(child))
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _walk(child.block, child.value, _setter(child))


def _setter(bound_block):
    def replace(page):
        bound_block.value = page

    return replace


def _item_setter(struct_value, name):
    def replace(page):
        struct_value[name] = page

    return replace
