"""Helpers that keep listings at a fixed number of queries."""

from wagtail.images import get_image_model

from home.images import CARD_RENDITION_SPECS


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
