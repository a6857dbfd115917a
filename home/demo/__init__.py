"""The site's core demo content, built from the board's published response to
the Child R serious case review (seed_child_r_response.txt)."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, Site

from home.models import (
    HomePage,
    NewsIndexPage,
    NewsPage,
    PrioritiesIndexPage,
    PriorityPage,
    PublicationIndexPage,
    PublicationPage,
    SafeguardingSettings,
    SafeguardingText,
    StandardPage,
)

from . import content
from .helpers import ensure_image, ensure_page, ensure_pdf

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "kscb-demo-only"  # noqa: S105 - demo mode only, printed on start-up
SEED_FILE = Path(__file__).with_name("seed_child_r_response.txt")


def seed_paragraphs():
    """The board's response as plain paragraphs, without its markdown headings."""
    text = SEED_FILE.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def load(stdout):
    home = ensure_home_page()
    ensure_settings(home)
    priorities_index = ensure_priorities(home)
    ensure_publications(home)
    ensure_news(home)
    pages = {slug: ensure_page(home, StandardPage, slug, **fields) for slug, fields in content.standard_pages()}
    ensure_footer_links(home, pages)
    ensure_search_promotion("domestic abuse", priorities_index.get_children().get(slug="domestic-abuse"))
    ensure_search_promotion("worried about a child", pages["mash"])
    if settings.KSCB_DEMO_MODE:
        ensure_demo_user(stdout)
    return home


def ensure_home_page():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    root = Page.get_first_root_node()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    # Replace Wagtail's placeholder "Welcome" page, if it is still there and empty.
    for placeholder in root.get_children().filter(depth=2, content_type__model="page"):
        if placeholder.numchild == 0:
            placeholder.delete()
    home = root.get_children().type(HomePage).first()
    if home is None:
        home = ensure_page(root, HomePage, "home", **content.home_page())
    home = home.specific
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="KSCB")
    else:
        site.root_page = home
        site.site_name = "KSCB"
        site.save()
    return home


def ensure_settings(home):
    contacts, _created = SafeguardingSettings.objects.get_or_create(site=Site.objects.get(root_page=home))
    if contacts.text is None:
        contacts.text = SafeguardingText.objects.create(locale=home.locale)
        contacts.save()


def ensure_priorities(home):
    index = ensure_page(home, PrioritiesIndexPage, "priorities", show_in_menus=True, **content.priorities_index())
    for slug, fields, colours in content.priorities():
        image = ensure_image(fields["title"], colours)
        ensure_page(index, PriorityPage, slug, listing_image=image, **fields)
    return index


def ensure_publications(home):
    index = ensure_page(home, PublicationIndexPage, "publications", show_in_menus=True, **content.publications_index())
    paragraphs = seed_paragraphs()
    response_pdf = ensure_pdf("KSCB response to the Child R serious case review: what we have done", paragraphs)
    fields = content.child_r(paragraphs, response_pdf)
    ensure_page(index, PublicationPage, "child-r-serious-case-review", **fields)
    return index


def ensure_news(home):
    index = ensure_page(home, NewsIndexPage, "news", show_in_menus=True, **content.news_index())
    for slug, fields in content.news_items():
        ensure_page(index, NewsPage, slug, **fields)
    return index


def ensure_footer_links(home, pages):
    text = SafeguardingSettings.for_site(Site.objects.get(root_page=home)).text
    if text.footer_links:
        return
    text.footer_links = [
        ("link", {"label": "", "page": pages[slug], "document": None, "url": ""})
        for slug in ("staying-safe-online", "accessibility-statement", "privacy-notice")
    ]
    text.save()


def ensure_search_promotion(query_string, page):
    query, _created = Query.objects.get_or_create(query_string=query_string)
    SearchPromotion.objects.get_or_create(
        query=query,
        page=page,
        defaults={"description": "Help and advice from the board", "sort_order": 0},
    )


def ensure_demo_user(stdout):
    User = get_user_model()
    if not User.objects.filter(username=DEMO_USERNAME).exists():
        User.objects.create_superuser(DEMO_USERNAME, "demo@kscb.example", DEMO_PASSWORD)
    stdout.write(
        f"Demo admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  user: {DEMO_USERNAME}  password: {DEMO_PASSWORD}"
    )


__all__ = ["DEMO_PASSWORD", "DEMO_USERNAME", "load"]
