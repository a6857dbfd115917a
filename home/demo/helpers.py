"""Idempotent building blocks for demo content, shared by every app's demo loader.

Each helper finds what a previous run made and returns it untouched, so that
running the loader twice changes nothing and duplicates nothing. Files are
saved through default_storage, so they land on S3 when S3 is configured.
"""

import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from .pdf import make_pdf


def ensure_page(parent, model, slug, publish=True, **fields):
    """The child of parent with this slug, created and published if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def ensure_image(title, colours, size=(1280, 720)):
    """A decorative image made with Pillow: bands of the given colours."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    width, height = size
    picture = PILImage.new("RGB", size, colours[0])
    draw = ImageDraw.Draw(picture)
    band = width // (len(colours) + 1)
    for index, colour in enumerate(colours[1:], start=1):
        draw.ellipse(
            [band * index - band, height // 4, band * index + band, height // 4 + band * 2],
            fill=colour,
        )
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    filename = title.lower().replace(" ", "-")[:60] + ".png"
    image = Image(title=title, file=ContentFile(buffer.getvalue(), name=filename))
    image.save()
    return image


def ensure_pdf(title, paragraphs, filename=None, language="en-GB"):
    """A real, openable PDF document with the given text, in `language`."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    filename = filename or title.lower().replace(" ", "-")[:60] + ".pdf"
    content = ContentFile(make_pdf(title, paragraphs, language), name=filename)
    document = Document(title=title, file=content)
    # Size and hash recorded now, so listings never ask storage (what Wagtail's upload form does).
    document.file_size = content.size
    document.file_hash = hash_filelike(content)
    content.seek(0)
    document.save()
    return document


def rich(*paragraphs):
    """Paragraphs of plain text as rich text HTML."""
    from django.utils.html import escape

    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def paragraph_block(*paragraphs):
    return ("paragraph", rich(*paragraphs))
