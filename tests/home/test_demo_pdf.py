"""The demo's documents are real PDFs whose text can be read back as written, in every language."""

import pypdfium2 as pdfium

from home.demo.pdf import make_pdf


def text_of(pdf_bytes):
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        return "".join(page.get_textpage().get_text_range() for page in document), len(document)
    finally:
        document.close()


def test_a_polish_leaflet_keeps_its_letters_over_several_pages():
    paragraph = "Połóż dziecko na plecach do każdego snu: źródło, łóżeczko, żółty, gęś."
    text, pages = text_of(make_pdf("Bezpieczny sen", [paragraph] * 80, language="pl"))
    assert pages > 1
    assert text.startswith("Bezpieczny sen") and text.count("łóżeczko") == 80


def test_romanian_and_arabic_text_is_printed_not_replaced():
    text, _pages = text_of(make_pdf("Somn în siguranță", ["Așezați copilul pe spate.", "نوم آمن للرضع"]))
    assert "Așezați copilul pe spate." in text and "?" not in text
    assert "آمن" in text.replace("\r\n", " ")
