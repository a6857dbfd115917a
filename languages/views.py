"""The translation status report: every translatable page, its state in each language, and
the link that moves it on (translate, finish, sync or edit)."""

import django_filters
from django.utils.functional import cached_property
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from . import status


def _locale_choices():
    return [(locale.language_code, locale.get_display_name()) for locale in status.target_locales()]


class TranslationStatusFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label="Language", choices=_locale_choices, method="filter_nothing", empty_label="All languages"
    )
    status = django_filters.ChoiceFilter(
        label="Status", choices=status.STATUSES, method="filter_nothing", empty_label="Any status"
    )

    class Meta:
        model = Page
        fields = ["language", "status"]

    def filter_nothing(self, queryset, name, value):
        # Both filters depend on each other, so TranslationStatusView applies them together.
        return queryset


class TranslationStatusColumn(BaseColumn):
    """One language: its status for the page, and the next thing an editor can do."""

    cell_template_name = "languages/admin/status_cell.html"

    def __init__(self, locale):
        super().__init__(status.status_key(locale), label=locale.get_display_name())
        self.locale = locale

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context.update(
            status=getattr(instance, status.status_key(self.locale)),
            translation_id=getattr(instance, status.translation_key(self.locale)),
            draft_id=getattr(instance, status.draft_key(self.locale)),
            language=self.locale.get_display_name(),
        )
        return context


def page_type(page):
    # specific_class comes from the content type cache: no query per row.
    return page.specific_class._meta.verbose_name.capitalize()


class TranslationStatusView(ReportView):
    page_title = "Translation status"
    header_icon = "site"
    index_url_name = "languages_translation_status"
    index_results_url_name = "languages_translation_status_results"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 50

    @cached_property
    def all_locales(self):
        return status.target_locales()

    @cached_property
    def locales(self):
        """The languages shown: the one filtered on, or all of them."""
        chosen = self.filters.form.cleaned_data.get("language") if self.filters.is_valid() else None
        return [locale for locale in self.all_locales if not chosen or locale.language_code == chosen]

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label="Page", url_name="wagtailadmin_pages:edit"),
            Column("page_type", label="Type", accessor=page_type),
            *[TranslationStatusColumn(locale) for locale in self.locales],
        ]

    def get_base_queryset(self):
        return status.pages_with_status(self.locales).order_by("path")

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        chosen_status = self.filters.form.cleaned_data.get("status") if self.filters.is_valid() else None
        if chosen_status:
            queryset = status.filter_by_status(queryset, self.locales, chosen_status)
        return queryset
