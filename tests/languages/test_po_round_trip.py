"""An outside translator's round trip: export a page's PO file, fill it in, import it, publish.

The campaign page's round trip is in test_po_round_trip_campaign.py; this one, on a news page,
also shows a parent that is not translated becoming an alias, not a translation.
"""

import pytest
from wagtail.models import Locale

from home.models import NewsPage
from languages.publishing import publish_translation
from tests.languages.po_files import download_po, start_translation, upload_po

POLISH = {
    "Baby Box initiative to be phased in across Merseyside": "Inicjatywa „Baby Box” stopniowo w całym Merseyside",
}


@pytest.mark.django_db
def test_export_fill_import_publish_serves_the_page_translated(admin_client, client):
    news = NewsPage.objects.get(slug="baby-box-initiative")
    polish = Locale.objects.get(language_code="pl")
    translation = start_translation(admin_client, news, polish)
    po = download_po(admin_client, translation)
    assert "Baby Box initiative to be phased in across Merseyside" in {entry.msgid for entry in po}

    # The translator fills in every string (here: marks each, and translates the title properly).
    for entry in po:
        entry.msgstr = POLISH.get(entry.msgid, f"[pl] {entry.msgid}")
    slug_entry = next(entry for entry in po if entry.msgctxt == "slug")
    slug_entry.msgstr = "inicjatywa-baby-box"

    # The editor uploads it back, then publishes.
    upload_po(admin_client, translation, po)
    assert translation.get_progress() == (len(po), len(po))
    page = publish_translation(translation)

    response = client.get("/pl/news/inicjatywa-baby-box/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="pl" dir="ltr">' in html
    assert "Inicjatywa „Baby Box” stopniowo w całym Merseyside" in html
    assert page.locale == polish and page.live

    # The news index, not translated, was copied as an alias: the English page's switcher leaves it out.
    polish_index = page.get_parent()
    assert polish_index.alias_of_id is not None
    assert 'hreflang="pl"' not in client.get("/news/").content.decode()
