"""A minimal, genuine PDF writer for demo documents (text pages, Helvetica).

The demo needs real, openable PDFs without adding a PDF library to production.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
LINE_HEIGHT = 15
FONT_SIZE = 11
CHARS_PER_LINE = 88
LINES_PER_PAGE = (PAGE_HEIGHT - 2 * MARGIN) // LINE_HEIGHT


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _wrap(title, paragraphs):
    lines = [("title", title), ("text", "")]
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, CHARS_PER_LINE) or [""]:
            lines.append(("text", line))
        lines.append(("text", ""))
    return [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]


def _content_stream(page_lines):
    parts = ["BT", f"{MARGIN} {PAGE_HEIGHT - MARGIN} Td", f"{LINE_HEIGHT} TL"]
    for kind, line in page_lines:
        font = "/F2 16" if kind == "title" else f"/F1 {FONT_SIZE}"
        parts.append(f"{font} Tf ({_escape(line)}) Tj T*")
    parts.append("ET")
    return "\n".join(parts).encode("cp1252", errors="replace")


def make_pdf(title, paragraphs):
    """Return the bytes of an A4 PDF with the title and wrapped paragraphs."""
    pages = _wrap(title, paragraphs)
    objects = {}
    page_ids = []
    next_id = 5  # 1 catalog, 2 pages, 3 regular font, 4 bold font
    for page_lines in pages:
        stream = _content_stream(page_lines)
        content_id, page_id = next_id, next_id + 1
        next_id += 2
        objects[content_id] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objects[page_id] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content_id} 0 R >>"
        ).encode()
        page_ids.append(page_id)
    kids = " ".join(f"{page_id} 0 R" for page_id in page_ids)
    objects[1] = f"<< /Type /Catalog /Pages 2 0 R /Lang ({_escape('en-GB')}) >>".encode()
    objects[2] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    info_id = next_id
    objects[info_id] = b"<< /Title (%s) /Producer (KSCB demo loader) >>" % _escape(title.replace("–", "-")).encode(
        "latin-1", "replace"
    )

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for object_id in sorted(objects):
        offsets[object_id] = len(out)
        out += b"%d 0 obj\n" % object_id + objects[object_id] + b"\nendobj\n"
    xref_at = len(out)
    count = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    for object_id in range(1, count):
        out += b"%010d 00000 n \n" % offsets[object_id]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (count, info_id, xref_at)
    return bytes(out)
