"""The threshold guide (the continuum of need): an index of versions, and one page per version.

Each version keeps its own address, so a practitioner can still read the guide that applied when a
decision was made. The current version is the latest one whose effective date has come.
"""

import dataclasses
import datetime

from django.core.cache import cache
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage

from .blocks import LevelsBlock

# A PDF is kept under its page's revision and publication time: a new publish makes a new key.
PDF_CACHE_SECONDS = 7 * 24 * 60 * 60


@dataclasses.dataclass
class Version:
    """One version of the guide as readers see it in a list: when it applied, and whether it still does."""

    page: "ThresholdGuidePage"
    status: str  # "current", "earlier" or "upcoming"
    until: datetime.date | None = None  # the last day an earlier version applied


def timeline(pages, today):
    """[Version], newest first: the latest version in effect today is current, older ones applied until
    the day before the next one took effect, and versions with a future date are upcoming."""
    pages = sorted(pages, key=lambda page: (page.effective_from, page.pk), reverse=True)
    versions, newer, current_found = [], None, False
    for page in pages:
        if page.effective_from > today:
            versions.append(Version(page, "upcoming"))
        elif not current_found:
            versions.append(Version(page, "current"))
            current_found = True
        else:
            versions.append(Version(page, "earlier", newer.effective_from - datetime.timedelta(days=1)))
        newer = page
    return versions


def current_of(versions):
    return next((version for version in versions if version.status == "current"), None)


class ThresholdGuideIndexPage(BasePage):
    """Lists every version of the threshold guide, the current one first."""

    introduction = models.TextField(max_length=800, help_text="What the threshold guide is for, in plain words.")

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["thresholds.ThresholdGuidePage"]
    max_count_per_parent = 1
    template = "thresholds/threshold_guide_index_page.html"

    class Meta:
        verbose_name = "Threshold guide index"

    def versions(self):
        pages = ThresholdGuidePage.objects.live().public().child_of(self).defer_streamfields()
        return timeline(pages, timezone.localdate())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["versions"] = versions = self.versions()
        context["current"] = current_of(versions)
        return context


class ThresholdGuidePage(RoutablePageMixin, BasePage):
    """One version of the threshold guide: its effective date and its levels of need."""

    effective_from = models.DateField(
        "Applies from",
        help_text="The day this version takes effect. To switch readers over on that day, schedule publishing "
        "for it (Settings tab, go-live date): the page before it is then shown as an earlier version.",
    )
    introduction = models.TextField(max_length=800, help_text="Who the guide is for and how to use it.")
    change_summary = models.TextField(
        "What changed in this version", max_length=600, blank=True, help_text="Shown to readers under the dates."
    )
    is_illustrative = models.BooleanField(
        "Illustrative content",
        default=False,
        help_text="Tick while the indicators or dates are examples, not the board's agreed guide: "
        "readers then see a notice saying so on the page and in the PDF.",
    )
    levels = StreamField(LevelsBlock(), use_json_field=True, help_text="The levels of need, least to most.")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("effective_from"),
        FieldPanel("is_illustrative"),
        FieldPanel("introduction"),
        FieldPanel("change_summary"),
        FieldPanel("levels"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("levels"),
        index.FilterField("effective_from"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("effective_from"),
        SynchronizedField("is_illustrative"),
        TranslatableField("introduction"),
        TranslatableField("change_summary"),
        TranslatableField("levels"),
    ]

    parent_page_types = ["thresholds.ThresholdGuideIndexPage"]
    subpage_types = []
    template = "thresholds/threshold_guide_page.html"

    class Meta:
        verbose_name = "Threshold guide (one version)"

    def serve(self, request, *args, **kwargs):
        # RoutablePageMixin.serve does not reach BasePage.serve, so apply the cache policy here.
        return self.apply_cache_policy(request, super().serve(request, *args, **kwargs))

    def get_admin_display_title(self):
        """Editors see in the page explorer which versions are still examples."""
        title = super().get_admin_display_title()
        return f"{title} (illustrative)" if self.is_illustrative else title

    def versions(self):
        """Every published version beside this one, and this one even as a draft in preview."""
        pages = (
            []
            if self.pk is None
            else list(ThresholdGuidePage.objects.live().public().sibling_of(self).defer_streamfields())
        )
        if not any(page.pk == self.pk for page in pages):
            pages.append(self)
        return timeline(pages, timezone.localdate())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["versions"] = versions = self.versions()
        context["this_version"] = next((version for version in versions if version.page.pk == self.pk), None)
        context["current"] = current_of(versions)
        return context

    @path("")
    def guide(self, request):
        return self.render(request)

    @path("print/", name="print")
    def print_view(self, request):
        return self.render(request, template="thresholds/threshold_guide_print.html")

    @path("pdf/", name="pdf")
    def pdf(self, request):
        response = HttpResponse(self.pdf_bytes(), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="threshold-guide-{self.effective_from:%Y-%m-%d}.pdf"'
        return response

    def pdf_cache_key(self):
        published = self.last_published_at.timestamp() if self.last_published_at else 0
        return f"thresholds:pdf:{self.pk}:{self.latest_revision_id}:{published}:{get_language()}"

    def pdf_bytes(self):
        """The guide as PDF, made from the same blocks as the page, once per publish and language."""
        from .pdf import guide_pdf

        def make():
            self.localize_stream_links()  # a translation links to the routing page in its own language
            return guide_pdf(self)

        return cache.get_or_set(self.pdf_cache_key(), make, PDF_CACHE_SECONDS)


__all__ = ["ThresholdGuideIndexPage", "ThresholdGuidePage", "timeline"]
