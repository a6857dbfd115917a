"""Uploaded documents must be what their name says.

Wagtail already refuses extensions outside WAGTAILDOCS_EXTENSIONS; this also
reads the start of the file, so that a web page or a program renamed to
".pdf" is refused with a clear message instead of being served to readers.
A video (.webm) and captions (.vtt), for the partnership's British Sign Language
videos, are checked as the page that plays them checks them (video_problem,
captions_problem), so an editor hears at upload what the page would refuse later.
"""

import codecs
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

# What a video the browser's own player plays must be, by its extension, as the filetype library
# names it, and how a file of that kind starts.
VIDEO_CONTENT = {"mp4": {"mp4", "m4v"}, "webm": {"webm"}}
VIDEO_STARTS = {"mp4": "an MP4 file starts with an 'ftyp' box", "webm": "a WebM file starts with an EBML header"}
UTF8_BOM = b"\xef\xbb\xbf"
CHUNK_BYTES = 64 * 1024


def read_head(file, size=HEAD_BYTES):
    """The first `size` bytes of an open file, which is left at its start."""
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def video_problem(title, extension, file):
    """Why `file` (open, binary), an .mp4 or .webm called `title`, is not a video of that kind, or None."""
    kind = filetype.guess(read_head(file))
    if kind is None or kind.extension not in VIDEO_CONTENT[extension]:
        found = f" It looks like a .{kind.extension} file." if kind else ""
        return (
            f"'{title}' is named .{extension} but its contents are not a {extension.upper()} video "
            f"({VIDEO_STARTS[extension]}).{found} Export the video again as MP4 or WebM, then upload it."
        )
    return None


def captions_problem(title, file):
    """Why `file` (open, binary), called `title`, is not a WebVTT captions file, or None: its
    first line must be "WEBVTT" (after an optional byte order mark) and all of it UTF-8 text."""
    head = read_head(file, 16).removeprefix(UTF8_BOM)
    if not (head.startswith(b"WEBVTT") and (len(head) == 6 or head[6:7] in (b" ", b"\t", b"\n", b"\r"))):
        return (
            f"'{title}' is not a WebVTT captions file: its first line must be 'WEBVTT'. "
            "Save the captions as WebVTT (.vtt), then upload them."
        )
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while chunk := file.read(CHUNK_BYTES):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return (
            f"'{title}' is not a WebVTT captions file: it is not UTF-8 text, which WebVTT must be. "
            "Save the captions as WebVTT (.vtt) with the UTF-8 encoding, then upload them."
        )
    finally:
        file.seek(0)
    return None


def check_document_content(upload):
    extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
    if extension == "webm":
        problem = video_problem(upload.name, extension, upload)
    elif extension == "vtt":
        problem = captions_problem(upload.name, upload)
    else:
        problem = None
    if problem:
        raise ValidationError(problem, code="invalid_content")
    if extension not in EXPECTED_CONTENT:
        return  # Wagtail's own extension check gives the message
    head = read_head(upload)
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
