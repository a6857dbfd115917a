"""Helpers that keep listings at a fixed number of queries."""

from wagtail.images import get_image_model
from wagtail.models import Page

from home.images import CARD_RENDITION_SPECS


def specific_cards(pages, with_images=True):
    """The specific pages for cards, with their images and renditions fetched in bulk.

    One query per page type, plus two for images and renditions (unless the caller
    attaches them with other cards), however many pages there are.
    """
    ids = [page.pk for page in pages]
    if not ids:
        return []
    by_id = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    ordered = [by_id[pk] for pk in ids if pk in by_id]
    return attach_card_images(ordered) if with_images else ordered


def attach_card_images(pages, specs=CARD_RENDITION_SPECS):
    image_ids = {page.listing_image_id for page in pages if getattr(page, "listing_image_id", None)}
    if not image_ids:
        return pages
    images = get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions(*specs)
    by_id = {image.pk: image for image in images}
    for page in pages:
        if getattr(page, "listing_image_id", None):
            page.listing_image = by_id.get(page.listing_image_id)
    return pages
