"""Thousands of live resources in a few queries, for the benchmark (resources/bench.py) and query-count tests.

Wagtail pages are normally added one at a time (treebeard computes each path);
here the paths are computed once and the rows inserted in batches.
"""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from kscb_site.compat import child_tree_path, insert_rows
from kscb_site.page_cache import start_new_generation
from resources.library import FACETS
from resources.models import ResourcePage
from upkeep.models import PageReview

BATCH = 1000


@transaction.atomic
def bulk_add_resources(library, specs):
    """Add live ResourcePages under library. specs: dicts with title, summary and, per facet field,
    a list of taxonomy ids (e.g. {"title": ..., "topics": [1, 2]}); optionally the review record's
    owner_id, last_reviewed and review_by. Returns the new pages' ids."""
    library.refresh_from_db()
    last_child = library.get_last_child()
    first_step = int(last_child.path[-Page.steplen :], 36) + 1 if last_child else 1
    content_type = ContentType.objects.get_for_model(ResourcePage)
    now = timezone.now()
    today = timezone.localdate()
    pages = []
    for offset, spec in enumerate(specs):
        slug = spec.get("slug") or f"resource-{uuid.uuid4().hex[:12]}"
        pages.append(
            Page(
                title=spec["title"],
                draft_title=spec["title"],
                slug=slug,
                content_type=content_type,
                path=child_tree_path(Page, library.path, library.depth + 1, first_step + offset),
                depth=library.depth + 1,
                numchild=0,
                url_path=f"{library.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=spec.get("first_published_at", now - datetime.timedelta(minutes=offset)),
                last_published_at=now,
                locale_id=library.locale_id,
                translation_key=uuid.uuid4(),
            )
        )
    created = []
    for start in range(0, len(pages), BATCH):
        created += Page.objects.bulk_create(pages[start : start + BATCH])
    ids = [page.pk for page in created]
    if not all(ids):  # databases that return no ids from bulk inserts
        ids = list(
            Page.objects.filter(path__in=[page.path for page in pages]).order_by("path").values_list("pk", flat=True)
        )

    resources = [
        ResourcePage(
            page_ptr_id=page_id,
            summary=spec.get("summary", ""),
            listing_summary=spec.get("summary", ""),
            files=[("link", {"title": "Read it", "url": "https://example.org/", "description": ""})],
            body=[],
        )
        for page_id, spec in zip(ids, specs, strict=True)
    ]
    local_fields = ResourcePage._meta.local_concrete_fields
    for start in range(0, len(resources), BATCH):
        insert_rows(ResourcePage, resources[start : start + BATCH], fields=local_fields)

    # Their review records (upkeep), as the Keeping it current panel makes them.
    PageReview.objects.bulk_create(
        [
            PageReview(
                page_id=page_id,
                owner_id=spec.get("owner_id"),
                last_reviewed=spec.get("last_reviewed", today),
                review_by=spec.get("review_by", today + datetime.timedelta(days=365)),
            )
            for page_id, spec in zip(ids, specs, strict=True)
        ],
        batch_size=BATCH,
    )

    for facet in FACETS:
        through = ResourcePage._meta.get_field(facet.field).remote_field.through
        target = f"{facet.model._meta.model_name}_id"
        rows = [
            through(resourcepage_id=page_id, **{target: option_id})
            for page_id, spec in zip(ids, specs, strict=True)
            for option_id in spec.get(facet.field, [])
        ]
        through.objects.bulk_create(rows, batch_size=BATCH)
    Page.objects.filter(pk=library.pk).update(numchild=library.numchild + len(ids))
    # Publishing would announce new pages; bulk inserts must do it themselves.
    start_new_generation()
    return ids
