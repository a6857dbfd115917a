"""The dashboard panel: how many pages are translated, out of date or not translated, per language."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from . import status


class TranslationStatusPanel(Component):
    name = "translation_status"
    template_name = "languages/admin/status_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        report_url = reverse("languages_translation_status")
        rows = [
            (
                locale.get_display_name(),
                [
                    (label, counts[key], f"{report_url}?language={locale.language_code}&status={key}")
                    for key, label in status.STATUSES
                ],
            )
            for locale, counts in status.status_counts(status.target_locales())
        ]
        return {"rows": rows, "statuses": status.STATUSES, "report_url": report_url}
