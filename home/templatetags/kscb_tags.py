"""Navigation, language and formatting helpers for templates.

The site chrome (menu, breadcrumbs, language links, footer words) is kept per content
generation by home.memory: build it from the database only inside the `remembered` builders.
"""

from django import template
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from home.localized_links import in_locale, localize_chosen_pages
from home.memory import remembered
from home.models import SafeguardingText

register = template.Library()


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


def _locale_home(request, page):
    """The home page in the language being read, looked up once per request (and per generation)."""
    if hasattr(request, "_kscb_locale_home"):
        return request._kscb_locale_home
    site = Site.find_for_request(request)

    def find():
        home = site.root_page if site else None
        if home is not None and page is not None and page.locale_id != home.locale_id:
            home = home.get_translation_or_none(page.locale) or home
        return home

    locale_id = getattr(page, "locale_id", None)
    home = remembered(request, ("locale-home", getattr(site, "pk", None), locale_id), find)
    request._kscb_locale_home = home
    return home


@register.simple_tag(takes_context=True)
def locale_home_url(context):
    request = context.get("request")
    home = _locale_home(request, context.get("page")) if request else None
    return home.get_url(request) if home else "/"


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The English site's menu, each item in the reader's language where it is translated."""
    request = context.get("request")
    page = context.get("page")
    home = _locale_home(request, page) if request else None
    site = Site.find_for_request(request) if request else None
    items = []
    if home is not None and site is not None:

        def menu():
            english = list(Page.objects.live().public().in_menu().child_of(site.root_page).order_by("path"))
            return in_locale(english, home.locale_id)

        items = remembered(request, ("menu", site.pk, home.pk), menu)
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
    request = context.get("request")

    def trail():
        ancestors = page.get_ancestors().filter(depth__gt=1).select_related("alias_of").order_by("depth")
        # An untranslated parent is an alias of the English page: link to the English page itself.
        return [ancestor.alias_of or ancestor for ancestor in ancestors]

    ancestors = remembered(request, ("breadcrumbs", page.pk), trail) if page.pk else trail()
    return {"ancestors": ancestors, "page": page, "request": request}


@register.simple_tag(takes_context=True)
def safeguarding_text(context, contacts):
    """The worried panel's words and the footer links in the reader's language, once per request."""
    request = context.get("request")
    cached = getattr(request, "_kscb_safeguarding_text", None)
    if cached is not None:
        return cached
    if not hasattr(contacts, "text_in"):
        return SafeguardingText()  # no settings object: the catalogue's default words
    language = get_supported_content_language_variant(get_language())
    locale_id = getattr(context.get("page"), "locale_id", None)

    def words():
        text = contacts.text_in(language)
        localize_chosen_pages([text.footer_links], locale_id or text.locale_id)
        return text

    text = remembered(request, ("safeguarding-text", contacts.pk, language, locale_id), words)
    if request is not None:
        request._kscb_safeguarding_text = text
    return text


@register.simple_tag(takes_context=True)
def page_translations(context):
    """The live translations of this page, the current one included, for the switcher and hreflang.

    Alias copies (the English page repeated under another language's prefix) are left out:
    they are not in that language.
    """
    page = context.get("page")
    if page is None or not getattr(page, "pk", None):
        return []

    def live_translations():
        translations = page.get_translations(inclusive=True).live().filter(Q(alias_of__isnull=True) | Q(pk=page.pk))
        return list(translations.select_related("locale").order_by("locale__id"))

    return remembered(context.get("request"), ("translations", page.pk), live_translations)
