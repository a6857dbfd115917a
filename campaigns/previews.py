"""Thumbnails of assets, made once when an asset is saved, never per request.

A PDF's first page is drawn with PDFium (the pypdfium2 wheel ships its own
binary) and kept as a Wagtail image, so listings use ordinary renditions.
It is drawn in a child process with a time limit, at a scale that keeps the
bitmap under MAX_PREVIEW_PIXELS whatever the page size: an odd PDF (a page of
1 x 14,400 pt) cannot exhaust or hang the process that saves the asset.
"""

import io
import logging
import math
import subprocess
import sys
from pathlib import Path

from django.core.files.base import ContentFile

# Wagtail is imported inside the functions that use it: the child process that draws the page needs none of it.
logger = logging.getLogger(__name__)

PREVIEW_WIDTH = 600  # pixels; listings show renditions of this
MAX_PREVIEW_PIXELS = 4_000_000  # width x height of the drawn page, whatever its shape
PREVIEW_SECONDS = 20  # the child process drawing the page is stopped after this
PROJECT_ROOT = Path(__file__).resolve().parent.parent
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
    except subprocess.TimeoutExpired:
        logger.warning("No preview for campaign asset %r: drawing the PDF took over %ss", asset.title, PREVIEW_SECONDS)
        return
    except Exception:  # a broken or missing PDF must not stop an editor saving the asset
        logger.warning("No preview for campaign asset %r: the PDF could not be read", asset.title, exc_info=True)
        return
    asset.page_count = page_count
    asset.preview_image = _save_preview(asset, picture)


def render_first_page(pdf_bytes):
    """The first page as PNG bytes, and how many pages there are, drawn in a child process
    stopped after PREVIEW_SECONDS (subprocess.TimeoutExpired)."""
    finished = subprocess.run(
        [sys.executable, "-m", "campaigns.previews"],
        cwd=PROJECT_ROOT,
        input=pdf_bytes,
        capture_output=True,
        timeout=PREVIEW_SECONDS,
        check=False,
    )
    if finished.returncode != 0:
        raise RuntimeError(f"the PDF could not be drawn: {finished.stderr.decode(errors='replace')[-500:]}")
    page_count, png = finished.stdout.split(b"\n", 1)
    return png, int(page_count)


def preview_scale(width_pt, height_pt):
    """PREVIEW_WIDTH pixels wide, unless that would draw more than MAX_PREVIEW_PIXELS."""
    # PDFium rounds each side up: (w*s + 1) * (h*s + 1) <= MAX_PREVIEW_PIXELS, solved for s.
    area, perimeter = width_pt * height_pt, width_pt + height_pt
    capped = (math.sqrt(perimeter**2 + 4 * area * (MAX_PREVIEW_PIXELS - 1)) - perimeter) / (2 * area)
    return min(PREVIEW_WIDTH / width_pt, capped)


def _draw_first_page(pdf_bytes):
    import pypdfium2

    pdf = pypdfium2.PdfDocument(pdf_bytes)
    try:
        page = pdf[0]
        bitmap = page.render(scale=preview_scale(page.get_width(), page.get_height()))
        buffer = io.BytesIO()
        bitmap.to_pil().convert("RGB").save(buffer, format="PNG", optimize=True)
        return buffer.getvalue(), len(pdf)
    finally:
        pdf.close()


def _save_preview(asset, png_bytes):
    from wagtail.images import get_image_model

    Image = get_image_model()
    name = asset.document.file.name.rsplit("/", 1)[-1].rsplit(".", 1)[0][:60] + "-preview.png"
    image = Image(title=f"Preview: {asset.title}"[:255], collection=_preview_collection())
    image.file = ContentFile(png_bytes, name=name)
    image.save()
    return image


def _preview_collection():
    from wagtail.models import Collection

    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=PREVIEW_COLLECTION).first()
    return existing or root.add_child(name=PREVIEW_COLLECTION)


def _source_key(asset):
    if asset.document_id:
        return f"document:{asset.document_id}:{asset.document.file.name}"[:80]
    if asset.image_id:
        return f"image:{asset.image_id}"
    return ""


if __name__ == "__main__":
    # The child process: a PDF on stdin; its page count, a newline and the PNG on stdout.
    png, pages = _draw_first_page(sys.stdin.buffer.read())
    sys.stdout.buffer.write(b"%d\n" % pages + png)
