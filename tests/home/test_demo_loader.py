"""`make run` loads the demo every time: the second run must change nothing."""

from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from tests.home.test_demo_pdf import text_of


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "users": get_user_model().objects.count(),
        "promotions": SearchPromotion.objects.count(),
        "sites": Site.objects.count(),
    }


def test_loading_twice_duplicates_nothing(db):
    before = snapshot()
    assert before["pages"] > 15
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert snapshot() == before


def test_demo_pdf_is_a_real_pdf(db):
    document = get_document_model().objects.get(title__startswith="KSCB response")
    with document.file.open("rb") as handle:
        data = handle.read()
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
    assert "Knowsley Safeguarding Children Board" in text_of(data)[0]
