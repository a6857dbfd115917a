"""Navigation, language and formatting helpers for templates.

base.html reads what several parts of the page share (the home page in the reader's language,
the safeguarding words, the page's translations, the routing page) once into its context; the tags
below use it when it is there. What base.html reads is lazy: worked out only if a fragment that
needs it is not in the fragment cache (see base.html), and then once for all of them.
"""

import functools

from django import template
from django.apps import apps
from django.conf import settings
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from home.localized_links import in_locale, localize_chosen_pages
from home.models import SafeguardingText

register = template.Library()


def shared_in_context(name):
    """A tag whose value base.html may already have read for the whole page as `name`: that is used
    when it is there; `tag.compute` always works it out."""

    def decorate(compute):
        @functools.wraps(compute)
        def tag(context, *args):
            if context.get(name) is not None:
                return context[name]
            return compute(context, *args)

        tag.compute = compute
        return tag

    return decorate


@register.simple_tag(takes_context=True)
def lazily(context, name, *args):
    """`{% lazily "page_translations" as translations %}`: the tag's value, worked out on first use."""
    compute = LAZY_TAGS[name].compute
    return SimpleLazyObject(lambda: compute(context, *args))


@register.filter
def tel_href(number):
    """'0800 1111' -> 'tel:08001111'."""
    return "tel:" + "".join(ch for ch in str(number) if ch.isdigit() or ch == "+")


@register.filter
def file_description(document):
    """'PDF, 1.2 MB': the type and size a reader needs before downloading."""
    if not document:
        return ""
    kind = (document.file_extension or "file").upper()
    size = document.file_size
    return f"{kind}, {filesizeformat(size)}" if size else kind


@register.simple_tag(takes_context=True)
@shared_in_context("locale_home")
def locale_home(context):
    """The site's home page in the language of the page being read (the English home if untranslated)."""
    request = context.get("request")
    page = context.get("page")
    site = Site.find_for_request(request) if request else None
    home = site.root_page if site else None
    if home is not None and page is not None and getattr(page, "locale_id", None) not in (None, home.locale_id):
        home = home.get_translation_or_none(page.locale) or home
    return home


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The English site's menu, each item in the reader's language where it is translated."""
    request = context.get("request")
    page = context.get("page")
    home = locale_home(context)
    site = Site.find_for_request(request) if request else None
    items = []
    if site is not None and site.root_page_id is not None:
        english = list(Page.objects.live().public().in_menu().child_of(site.root_page).order_by("path"))
        items = in_locale(english, home.locale_id)
    current_path = page.path if page else ""
    return {
        "home": home,
        "items": [(item, current_path.startswith(item.path)) for item in items],
        "page": page,
        # pageurl uses the request to look up the site's root paths once, not once per link.
        "request": request,
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    ancestors = page.get_ancestors().filter(depth__gt=1).select_related("alias_of").order_by("depth")
    # An untranslated parent is an alias of the English page: link to the English page itself.
    return {
        "ancestors": [ancestor.alias_of or ancestor for ancestor in ancestors],
        "page": page,
        "request": context.get("request"),
    }


@register.simple_tag(takes_context=True)
@shared_in_context("safeguarding_words")
def safeguarding_text(context, contacts):
    """The worried panel's words and the footer links in the reader's language (base.html reads
    them once as `safeguarding_words`; the panel in a page's content reuses them)."""
    if not hasattr(contacts, "text_in"):
        return SafeguardingText()  # no settings object: the catalogue's default words
    text = contacts.text_in(get_supported_content_language_variant(get_language()))
    locale_id = getattr(context.get("page"), "locale_id", None)
    localize_chosen_pages([text.footer_links], locale_id or text.locale_id)
    return text


@register.simple_tag(takes_context=True)
@shared_in_context("translations")
def page_translations(context):
    """The live translations of this page, the current one included, for the switcher and hreflang.

    Alias copies (the English page repeated under another language's prefix) are left out:
    they are not in that language.
    """
    page = context.get("page")
    if page is None or not getattr(page, "pk", None):
        return []

    translations = page.get_translations(inclusive=True).live().filter(Q(alias_of__isnull=True) | Q(pk=page.pk))
    return list(translations.select_related("locale").order_by("locale__id"))


@register.simple_tag(takes_context=True)
def fallback_language(context, linked_page):
    """'en' when a link on a translated page leads to a page not in the reader's language, else ''.

    Menus, footers and listings fall back to the English page where there is no translation
    (home.localized_links): such a link says so, with lang/hreflang and "(in English)".
    """
    reader_locale_id = getattr(context.get("page"), "locale_id", None)
    link_locale_id = getattr(linked_page, "locale_id", None)
    if reader_locale_id is None or link_locale_id is None or link_locale_id == reader_locale_id:
        return ""
    # Pages only ever fall back to the site's default language.
    return settings.LANGUAGE_CODE.split("-")[0]


@register.simple_tag(takes_context=True)
@shared_in_context("routing_page")
def routing_page(context):
    """The "Worried about a child?" routing page in the reader's language (else English), for the
    panel on every page: one query, none when the routing app is not installed."""
    if not apps.is_installed("worried"):
        return None
    page = context.get("page")
    home = locale_home(context)
    wanted = [getattr(page, "locale_id", None), getattr(home, "locale_id", None)]
    # One query: live, not itself restricted (the page sits only under the home page, so a restriction
    # above it would close the whole site), with the fields {% pageurl %} reads, so nothing is deferred.
    found = {
        routing.locale_id: routing
        for routing in apps.get_model("worried", "WorriedPage")
        .objects.live()
        .filter(view_restrictions__isnull=True)
        .only("id", "title", "locale_id", "url_path", "path", "depth")
    }
    first_wanted = [found[locale_id] for locale_id in wanted if locale_id in found]
    if first_wanted:
        return first_wanted[0]
    return next(iter(found.values()), None)


@register.filter
def phone_text(number):
    """A phone number kept left to right in any language: in Arabic its groups would otherwise be read
    (and shown) in reverse order, '0151 496 0001' as '0001 496 0151'."""
    return format_html('<bdi dir="ltr">{}</bdi>', number)


# The tags base.html reads once for the whole page, with {% lazily %}.
LAZY_TAGS = {
    "locale_home": locale_home,
    "page_translations": page_translations,
    "routing_page": routing_page,
    "safeguarding_text": safeguarding_text,
}
