"""Thumbnails of assets, made once when an asset is saved, never per request.

A PDF's first page is drawn with PDFium (the pypdfium2 wheel ships its own
binary) and kept as a Wagtail image, so listings use ordinary renditions.
"""

import io
import logging

from django.core.files.base import ContentFile
from wagtail.images import get_image_model
from wagtail.models import Collection

logger = logging.getLogger(__name__)

PREVIEW_WIDTH = 600  # pixels; listings show renditions of this
PREVIEW_COLLECTION = "Campaign asset previews"


def refresh_preview(asset):
    """Make the preview and page count if the asset's file has changed since the last time."""
    source = _source_key(asset)
    if source == asset.preview_source:
        return
    asset.preview_source = source
    asset.preview_image = None
    asset.page_count = None
    if asset.image is not None:
        asset.image.get_file_size()  # stored once on the image, so listings never ask storage
    document = asset.document
    if document is None or not document.file.name.lower().endswith(".pdf"):
        return
    try:
        with document.open_file() as handle:
            picture, page_count = render_first_page(handle.read())
    except Exception:  # a broken or missing PDF must not stop an editor saving the asset
        logger.warning("No preview for campaign asset %r: the PDF could not be read", asset.title, exc_info=True)
        return
    asset.page_count = page_count
    asset.preview_image = _save_preview(asset, picture)


def render_first_page(pdf_bytes):
    """The first page as PNG bytes, and how many pages there are."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(pdf_bytes)
    try:
        page = pdf[0]
        bitmap = page.render(scale=PREVIEW_WIDTH / page.get_width())
        buffer = io.BytesIO()
        bitmap.to_pil().convert("RGB").save(buffer, format="PNG", optimize=True)
        return buffer.getvalue(), len(pdf)
    finally:
        pdf.close()


def _save_preview(asset, png_bytes):
    Image = get_image_model()
    name = asset.document.file.name.rsplit("/", 1)[-1].rsplit(".", 1)[0][:60] + "-preview.png"
    image = Image(title=f"Preview: {asset.title}"[:255], collection=_preview_collection())
    image.file = ContentFile(png_bytes, name=name)
    image.save()
    return image


def _preview_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=PREVIEW_COLLECTION).first()
    return existing or root.add_child(name=PREVIEW_COLLECTION)


def _source_key(asset):
    if asset.document_id:
        return f"document:{asset.document_id}:{asset.document.file.name}"[:80]
    if asset.image_id:
        return f"image:{asset.image_id}"
    return ""
