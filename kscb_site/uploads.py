"""Uploaded documents must be what their name says.

Wagtail already refuses extensions outside WAGTAILDOCS_EXTENSIONS; this also
reads the start of the file, so that a web page or a program renamed to
".pdf" is refused with a clear message instead of being served to readers.
"""

import os

import filetype
from django.core.exceptions import ValidationError
from wagtail.documents.forms import BaseDocumentForm

# What each allowed extension's content must be, as the filetype library names it.
# None means a plain-text format that has no signature: checked as text instead.
EXPECTED_CONTENT = {
    "pdf": {"pdf"},
    "docx": {"docx", "zip"},
    "xlsx": {"xlsx", "zip"},
    "pptx": {"pptx", "zip"},
    "odt": {"odt", "zip"},
    "ods": {"ods", "zip"},
    "odp": {"odp", "zip"},
    "rtf": {"rtf"},
    "mp3": {"mp3"},
    "mp4": {"mp4", "m4v"},
    "csv": None,
    "txt": None,
}
MARKUP_SIGNS = (b"<html", b"<!doctype", b"<script", b"<svg", b"<?xml", b"<iframe", b"<object")
HEAD_BYTES = 8192


def check_document_content(upload):
    extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
    if extension not in EXPECTED_CONTENT:
        return  # Wagtail's own extension check gives the message
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    expected = EXPECTED_CONTENT[extension]
    if expected is None:
        if b"\x00" in head or any(sign in head.lower() for sign in MARKUP_SIGNS):
            raise ValidationError(
                f"This file is not plain text, so it cannot be uploaded as .{extension}. "
                "Web pages, images and programs cannot be uploaded as documents.",
                code="invalid_content",
            )
        return
    kind = filetype.guess(head)
    if kind is None or kind.extension not in expected:
        found = f" It looks like a .{kind.extension} file." if kind else ""
        raise ValidationError(
            f"This file's contents do not match its name (.{extension}).{found} "
            "Save it again in the right format, then upload it.",
            code="invalid_content",
        )


class SafeDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "read") and getattr(upload, "_committed", False) is False:
            check_document_content(upload)
        return upload
