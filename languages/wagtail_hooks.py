from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .components import TranslationStatusPanel
from .views import TranslationStatusView


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path("reports/translation-status/", TranslationStatusView.as_view(), name="languages_translation_status"),
        path(
            "reports/translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="languages_translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem("Translation status", reverse("languages_translation_status"), icon_name="site", order=700)


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panels.append(TranslationStatusPanel())
