"""What an editor does in wagtail-localize's admin to send a page to an outside translator and take it back."""

import polib
from django.core.files.uploadedfile import SimpleUploadedFile


def start_translation(admin_client, page, locale):
    """Choose "Translate" on the page and pick the locale; return wagtail-localize's Translation."""
    from wagtail_localize.models import Translation, TranslationSource

    submitted = admin_client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]})
    assert submitted.status_code == 302
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    return Translation.objects.get(source=source, target_locale=locale)


def download_po(admin_client, translation):
    exported = admin_client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert exported.status_code == 200
    return polib.pofile(exported.content.decode())


def upload_po(admin_client, translation, po):
    file = SimpleUploadedFile("translation.po", str(po).encode("utf-8"), content_type="text/x-gettext-translation")
    uploaded = admin_client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": file, "next": "/admin/"}
    )
    assert uploaded.status_code == 302
