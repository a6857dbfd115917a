"""Serious case reviews and the board's responses to them."""

from django.core.paginator import Paginator
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BaseStreamBlock, DocumentDownloadBlock

from .base import BasePage

PUBLICATION_TYPES = [
    ("serious_case_review", "Serious case review"),
    ("board_response", "Board response"),
    ("annual_report", "Annual report"),
    ("practice_review", "Practice review"),
]


class PublicationIndexPage(BasePage):
    introduction = models.TextField(max_length=800)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("introduction")]
    subpage_types = ["home.PublicationPage"]
    template = "home/publication_index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        publications = (
            PublicationPage.objects.live()
            .public()
            .child_of(self)
            .defer_streamfields()
            .order_by("-publication_date", "-pk")
        )
        context["publications"] = Paginator(publications, 20).get_page(request.GET.get("page"))
        return context


class PublicationPage(BasePage):
    publication_type = models.CharField(max_length=40, choices=PUBLICATION_TYPES, default="serious_case_review")
    publication_date = models.DateField()
    summary = models.TextField(max_length=1200, help_text="What the review looked at, in plain words.")
    learning_points = StreamField(
        [("point", blocks.TextBlock(max_length=600, icon="list-ol"))],
        blank=True,
        use_json_field=True,
        help_text="The lessons the review identified, one per item.",
    )
    board_response = StreamField(
        BaseStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text="What the board has done in response: 'what we have done'.",
    )
    downloads = StreamField([("document", DocumentDownloadBlock())], blank=True, use_json_field=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("publication_type"), FieldPanel("publication_date")], heading="Publication"),
        FieldPanel("summary"),
        FieldPanel("learning_points"),
        FieldPanel("board_response"),
        FieldPanel("downloads"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_points"),
        index.SearchField("board_response"),
        index.FilterField("publication_date"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("publication_type"),
        SynchronizedField("publication_date"),
        TranslatableField("summary"),
        TranslatableField("learning_points"),
        TranslatableField("board_response"),
        TranslatableField("downloads"),
    ]
    parent_page_types = ["home.PublicationIndexPage"]
    subpage_types = []
    template = "home/publication_page.html"
