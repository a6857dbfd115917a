"""The partnership's statutory publications (Working Together to Safeguard Children 2023): the
yearly report as HTML chapters, the multi-agency safeguarding arrangements and independent scrutiny."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BaseStreamBlock, LinkBlock
from home.localized_links import localize_chosen_pages
from home.models import BasePage

INTRO_HELP = "One or two plain sentences under the title."


def single_link(help_text):
    return StreamField([("link", LinkBlock())], blank=True, max_num=1, use_json_field=True, help_text=help_text)


class YearlyReportPage(RoutablePageMixin, BasePage):
    """The yearly report: a contents list of its chapters (the child pages), the whole report on one
    printable page, and its children's and easy-read versions."""

    year = models.PositiveSmallIntegerField(help_text="The year the report starts in, e.g. 2016.")
    period = models.CharField(
        max_length=40,
        blank=True,
        help_text="The period as readers see it, e.g. 'April 2016 to March 2017'. Blank shows the year.",
    )
    introduction = models.TextField(max_length=600, help_text=INTRO_HELP)
    childrens_version = single_link("The report written for children and young people (a page or a document).")
    easy_read_version = single_link("The easy-read version (a page or a document).")

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("year"), FieldPanel("period")], heading="The year it covers"),
        FieldPanel("introduction"),
        FieldPanel("childrens_version"),
        FieldPanel("easy_read_version"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.FilterField("year")]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("year"),
        TranslatableField("period"),
        TranslatableField("introduction"),
        TranslatableField("childrens_version"),
        TranslatableField("easy_read_version"),
    ]

    subpage_types = ["partnership.ReportChapterPage"]
    template = "partnership/yearly_report_page.html"

    class Meta:
        verbose_name = "Yearly report"

    def serve(self, request, *args, **kwargs):
        # RoutablePageMixin.serve does not reach BasePage.serve, so apply the cache policy here.
        return self.apply_cache_policy(request, super().serve(request, *args, **kwargs))

    @property
    def period_text(self):
        return self.period or str(self.year)

    def chapters(self):
        """The live, public chapters in the order editors put them in the page tree, in one query."""
        return ReportChapterPage.objects.child_of(self).live().public().order_by("path")

    @path("")
    def contents(self, request):
        return self.render(request, context_overrides={"chapters": list(self.chapters().defer_streamfields())})

    @path("print/", name="print")
    def printable(self, request):
        """Every chapter on one page, in order, for reading through or printing."""
        chapters = list(self.chapters())
        # A translation's chapters link to pages in its language: one query for every chapter's links.
        localize_chosen_pages([chapter.body for chapter in chapters], self.locale_id)
        return self.render(
            request,
            template="partnership/yearly_report_print.html",
            context_overrides={"chapters": chapters},
        )


class ReportChapterPage(BasePage):
    """One chapter of the yearly report."""

    summary = models.TextField(max_length=400, blank=True, help_text="Shown under the chapter in the contents list.")
    body = StreamField(BaseStreamBlock(), use_json_field=True)

    content_panels = [*BasePage.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("summary"), index.SearchField("body")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("summary"), TranslatableField("body")]

    parent_page_types = ["partnership.YearlyReportPage"]
    subpage_types = []
    template = "partnership/report_chapter_page.html"

    class Meta:
        verbose_name = "Yearly report chapter"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The parent found by its tree path: one query, and already the report itself.
        report = YearlyReportPage.objects.filter(path=self.path[: -self.steplen]).first()
        chapters = list(report.chapters().defer_streamfields()) if report else []
        position = next((index for index, chapter in enumerate(chapters) if chapter.pk == self.pk), None)
        context["report"] = report
        context["chapters"] = chapters
        if position is not None:
            context["previous_chapter"] = chapters[position - 1] if position > 0 else None
            context["next_chapter"] = chapters[position + 1] if position + 1 < len(chapters) else None
        return context


class ArrangementsPage(BasePage):
    """The multi-agency safeguarding arrangements the safeguarding partners publish."""

    introduction = models.TextField(max_length=600, help_text=INTRO_HELP)
    partners = RichTextField(
        features=["bold", "ul", "link"],
        help_text="The safeguarding partners and who leads for each, and the relevant agencies they work with.",
    )
    published = models.DateField(
        null=True, blank=True, help_text="When these arrangements were published. Readers see it."
    )
    body = StreamField(BaseStreamBlock(), use_json_field=True)
    full_document = single_link("The arrangements as a document, if there is one.")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("published"),
        FieldPanel("partners"),
        FieldPanel("body"),
        FieldPanel("full_document"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("partners"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        SynchronizedField("published"),
        TranslatableField("partners"),
        TranslatableField("body"),
        TranslatableField("full_document"),
    ]
    subpage_types = []
    template = "partnership/arrangements_page.html"

    class Meta:
        verbose_name = "Safeguarding arrangements"


class ScrutinyReportBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    date = blocks.DateBlock(required=False, help_text="When the report was published.")
    summary = blocks.TextBlock(required=False, max_length=500)
    document = DocumentChooserBlock(required=False)
    page = blocks.PageChooserBlock(required=False, help_text="Or a page on this site.")

    class Meta:
        icon = "doc-full"
        template = "partnership/blocks/scrutiny_report.html"
        description = "A report by the independent scrutineer"


class ScrutinyPage(BasePage):
    """Independent scrutiny: who scrutinises the arrangements, their reports, and how to raise a concern."""

    introduction = models.TextField(max_length=600, help_text=INTRO_HELP)
    scrutineer_name = models.CharField(
        max_length=120,
        blank=True,
        help_text="The independent scrutineer's name. Leave blank until confirmed: the page then says the role only.",
    )
    scrutineer_role = models.TextField(
        max_length=800, help_text="What the scrutineer does and how they are independent of the partners."
    )
    reports = StreamField([("report", ScrutinyReportBlock())], blank=True, use_json_field=True)
    raise_a_concern = RichTextField(
        features=["bold", "ul", "ol", "link"],
        help_text="How to raise a concern about how the partners work together, and what happens next.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel([FieldPanel("scrutineer_name"), FieldPanel("scrutineer_role")], heading="Who"),
        FieldPanel("reports"),
        FieldPanel("raise_a_concern"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("scrutineer_role"),
        index.SearchField("raise_a_concern"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        SynchronizedField("scrutineer_name"),
        TranslatableField("scrutineer_role"),
        TranslatableField("reports"),
        TranslatableField("raise_a_concern"),
    ]
    subpage_types = []
    template = "partnership/scrutiny_page.html"

    class Meta:
        verbose_name = "Independent scrutiny"
