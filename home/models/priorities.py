"""The business plan priorities and what the board has done about each."""

from collections import Counter

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.blocks import BaseStreamBlock, LinkBlock

from .base import BasePage

ACTION_STATUSES = [("planned", _("Planned")), ("in_progress", _("In progress")), ("done", _("Done"))]


class ActionBlock(blocks.StructBlock):
    action = blocks.CharBlock(max_length=250, help_text="What the board or its partners committed to do.")
    progress = blocks.TextBlock(required=False, help_text="What has been done so far, in plain words.")
    lead_agency = blocks.CharBlock(max_length=120, help_text="e.g. Merseyside Police, Knowsley Council")
    status = blocks.ChoiceBlock(choices=ACTION_STATUSES, default="planned")
    date = blocks.DateBlock(required=False, help_text="When it was done, or when it is due.")
    evidence = blocks.ListBlock(LinkBlock(), required=False, default=[], label="Evidence links")

    class Meta:
        icon = "tick-inverse"
        template = "components/blocks/action.html"
        description = "One action of this priority, with who leads it and its status"


class PrioritiesIndexPage(BasePage):
    introduction = models.TextField(max_length=800, help_text="Why these are the board's priorities.")
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("introduction"), TranslatableField("body")]
    subpage_types = ["home.PriorityPage"]
    max_count_per_parent = 1
    template = "home/priorities_index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["priorities"] = PriorityPage.objects.live().public().child_of(self).order_by("path")
        return context


class PriorityPage(BasePage):
    introduction = models.TextField(max_length=800, help_text="What this priority is and why it matters.")
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)
    actions = StreamField(
        [("action", ActionBlock())],
        blank=True,
        use_json_field=True,
        help_text="The 'what we have done' tracker. Update the status as work moves on.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("actions"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("actions"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("actions"),
        TranslatableField("body"),
    ]
    parent_page_types = ["home.PrioritiesIndexPage"]
    subpage_types = []
    template = "home/priority_page.html"

    def status_counts(self):
        """How many actions are planned, in progress and done, read without loading chooser targets."""
        counts = Counter(item["value"].get("status") for item in self.actions.raw_data)
        return [(key, label, counts.get(key, 0)) for key, label in ACTION_STATUSES]

    @property
    def done_count(self):
        return sum(1 for item in self.actions.raw_data if item["value"].get("status") == "done")
