"""An outside translator's round trip: export a page's PO file, fill it in, import it, publish.

The issue names a campaign page; campaigns are built on another branch, so this uses a news
page, which also shows a parent that is not translated becoming an alias, not a translation.
"""

import polib
import pytest
from wagtail.models import Locale

from home.models import NewsPage
from languages.publishing import publish_translation

POLISH = {
    "Baby Box initiative to be phased in across Merseyside": "Inicjatywa „Baby Box” stopniowo w całym Merseyside",
}


@pytest.mark.django_db
def test_export_fill_import_publish_serves_the_page_translated(admin_client, client):
    from wagtail_localize.models import Translation, TranslationSource

    news = NewsPage.objects.get(slug="baby-box-initiative")
    polish = Locale.objects.get(language_code="pl")
    # The editor chooses "Translate" on the English page and picks Polish.
    submitted = admin_client.post(f"/admin/localize/submit/page/{news.pk}/", {"locales": [polish.pk]})
    assert submitted.status_code == 302
    source = TranslationSource.objects.get(object_id=news.translation_key, locale=news.locale)
    translation = Translation.objects.get(source=source, target_locale=polish)

    # The editor downloads the PO file from the translation editor.
    exported = admin_client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert exported.status_code == 200
    po = polib.pofile(exported.content.decode())
    assert "Baby Box initiative to be phased in across Merseyside" in {entry.msgid for entry in po}

    # The translator fills in every string (here: marks each, and translates the title properly).
    for entry in po:
        entry.msgstr = POLISH.get(entry.msgid, f"[pl] {entry.msgid}")
    slug_entry = next(entry for entry in po if entry.msgctxt == "slug")
    slug_entry.msgstr = "inicjatywa-baby-box"

    # The editor uploads it back, then publishes.
    uploaded = admin_client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": _upload(po), "next": "/admin/"},
    )
    assert uploaded.status_code == 302
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


def _upload(po):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("translation.po", str(po).encode("utf-8"), content_type="text/x-gettext-translation")
