"""Benchmark data and URLs for the site core (home), used by `make bench`.

`bulk_create_pages` is shared: Wagtail's `add_child` costs a dozen queries per page,
too slow for ten thousand resources.
"""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page

from kscb_site.compat import child_tree_path, insert_rows, tree_position

NEWS_ITEMS_AT_SCALE_1 = 1_000
BENCH_SLUG_PREFIX = "bench-"
BATCH_SIZE = 500


@transaction.atomic
def bulk_create_pages(parent, pages):
    """Insert live child pages of `parent` in batches: a few queries per 500 pages.

    `pages` are unsaved instances of one specific page type with their own fields
    set. They are not added to the search index (run `manage.py update_index`)
    and have no revisions; they are what a published page looks like to a reader.
    """
    if not pages:
        return []
    model = type(pages[0])
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    last_child = parent.get_last_child()
    first_position = tree_position(Page, last_child.path) + 1 if last_child else 1
    for position, page in enumerate(pages, start=first_position):
        page.depth = parent.depth + 1
        page.path = child_tree_path(Page, parent.path, page.depth, position)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid4()
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
        page.numchild = 0
    for start in range(0, len(pages), BATCH_SIZE):
        batch = pages[start : start + BATCH_SIZE]
        # Multi-table inheritance: the Page rows first, then the specific rows that point at them.
        base_rows = Page.objects.bulk_create(
            [
                Page(**{f.attname: getattr(p, f.attname) for f in Page._meta.concrete_fields if not f.primary_key})
                for p in batch
            ]
        )
        for page, base_row in zip(batch, base_rows, strict=True):
            page.pk = page.id = page.page_ptr_id = base_row.pk
        fields = list(model._meta.local_concrete_fields)
        for ancestor in model._meta.get_parent_list():
            if ancestor is not Page:
                fields += list(ancestor._meta.local_concrete_fields)
        insert_rows(model, batch, fields)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return pages


def build_bench_data(scale, stdout):
    from home.demo import seed_paragraphs
    from home.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.get(slug="news", depth=3)
    wanted = round(NEWS_ITEMS_AT_SCALE_1 * scale)
    have = index.get_children().filter(slug__startswith=BENCH_SLUG_PREFIX).count()
    paragraphs = seed_paragraphs()
    images = list(get_image_model().objects.order_by("pk")[:8]) or [None]
    start = datetime.date(2016, 4, 1)
    items = []
    for number in range(have, wanted):
        paragraph = paragraphs[number % len(paragraphs)]
        items.append(
            NewsPage(
                title=f"Board update {number + 1}: {_headline(paragraph)}",
                slug=f"{BENCH_SLUG_PREFIX}update-{number + 1}",
                date=start + datetime.timedelta(days=number % 900),
                listing_summary=paragraph[:280],
                listing_image=images[number % len(images)],
                body=[("paragraph", f"<p>{paragraph}</p>")],
            )
        )
    bulk_create_pages(index, items)
    stdout.write(f"News: {len(items)} bench items added ({wanted} wanted).")


def bench_urls():
    from home.models import NewsPage, PriorityPage, PublicationPage

    news = NewsPage.objects.live().filter(slug__startswith=BENCH_SLUG_PREFIX).order_by("pk").first()
    news = news or NewsPage.objects.live().order_by("pk").first()
    return {
        "home": "/",
        "news index": "/news/",
        "news item": news.url,
        "priority": PriorityPage.objects.live().order_by("path").first().url,
        "publication": PublicationPage.objects.live().order_by("path").first().url,
        "search": "/search/?q=domestic+abuse",
    }


def _headline(paragraph, words=8):
    return " ".join(paragraph.split()[:words]).rstrip(",.;:")
