"""The resource library and its resources: one page per resource, so that each has
its own address, search entry, translations and history."""

import datetime
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BaseStreamBlock
from home.fragments import CardStyle, render_cards
from home.memory import remembered
from home.models import BasePage
from resources.blocks import ResourceFilesBlock
from resources.facet_index import built_library_index, library_index
from resources.library import FACETS, SORTS, LibraryFilters

RESOURCES_PER_PAGE = 20
# Resources due for review within this many days count as "due soon".
DUE_SOON_DAYS = 30
REVIEW_STATUS_LABELS = {"overdue": "Overdue", "due_soon": "Due soon", "current": "Current"}


class ResourceLibraryPage(BasePage):
    introduction = models.TextField(
        max_length=600, help_text="Who the library is for and what they will find, in a sentence or two."
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    subpage_types = ["resources.ResourcePage"]
    template = "resources/resource_library_page.html"

    def resources(self):
        return ResourcePage.objects.live().public().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = LibraryFilters.from_query(request.GET)
        index = library_index(self, request)
        matched = index.match(filters)
        results = Paginator(index.ordered_ids(matched, filters.sort), RESOURCES_PER_PAGE).get_page(
            request.GET.get("page")
        )
        cards = render_cards(
            request,
            list(results.object_list),
            load=lambda ids: ResourcePage.objects.filter(pk__in=ids).defer_streamfields(),
            style=CardStyle("library-resource", meta=lambda resource: index.card_meta(resource.pk)),
        )
        facets = index.facet_results(filters)
        context.update(
            filters=filters,
            facets=facets,
            results=results,
            cards=cards,
            sorts=[(key, label) for key, label in SORTS.items()],
            active_filters=self.describe_filters(filters, facets),
            query_prefix=urlencode(filters.query_items()) + "&" if filters.query_items() else "",
            # What the filters and results show depends only on these (and the generation): kept
            # per value by {% pagevariant %}. Never for keywords: a reader's typed words are not kept.
            library_choices=None if filters.keywords else (filters.selected, filters.sort, results.number),
        )
        if not results.paginator.count and filters.is_filtered:
            context["suggestion"] = self.suggest_removal(index, filters, facets)
        return context

    @staticmethod
    def describe_filters(filters, facets):
        """Each chosen filter with its name and the address without it."""
        names = {facet.param: facet for facet in facets}
        described = []
        if filters.keywords:
            described.append(("Keywords", f"“{filters.keywords}”", "?" + urlencode(filters.without("q").query_items())))
        for param, slug in filters.selected:
            facet = names[param]
            remaining = filters.without(param, slug).query_items()
            described.append((facet.legend, facet.name_for(slug), "?" + urlencode(remaining)))
        return described

    @staticmethod
    def suggest_removal(index, filters, facets):
        """Instead of a dead end: what removing the last filter would show."""
        param, value = filters.last_filter()
        fewer = filters.without(param, value)
        facet = next((facet for facet in facets if facet.param == param), None)
        name = facet.name_for(value) if facet else f"“{value}”"
        return {"name": name, "url": "?" + urlencode(fewer.query_items()), "count": index.count(fewer)}


class ResourcePage(BasePage):
    summary = models.TextField(
        max_length=300, help_text="What this resource is and who it helps, shown under the title and in the library."
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True, help_text="How to use it, in more detail.")
    files = StreamField(
        ResourceFilesBlock(),
        use_json_field=True,
        help_text="The resource itself: at least one file to download or link to another site.",
    )

    audiences = ParentalManyToManyField("resources.Audience", related_name="resources", blank=False)
    topics = ParentalManyToManyField("resources.Topic", related_name="resources", blank=False)
    pshe_themes = ParentalManyToManyField(
        "resources.PSHETheme",
        related_name="resources",
        blank=True,
        verbose_name="PSHE core themes",
        help_text="For classroom material only.",
    )
    key_stages = ParentalManyToManyField(
        "resources.KeyStage", related_name="resources", blank=True, help_text="For classroom material only."
    )
    resource_types = ParentalManyToManyField(
        "resources.ResourceType", related_name="resources", blank=False, verbose_name="types"
    )

    learning_outcomes = models.TextField(
        blank=True,
        help_text="One per line, e.g. 'Pupils can describe what a healthy relationship looks like.'",
    )
    suggested_duration = models.CharField(
        max_length=80, blank=True, help_text="e.g. 'One 50-minute lesson' or 'Two lessons of 1 hour'."
    )
    safeguarding_note = RichTextField(
        blank=True,
        features=["bold", "ul", "ol", "link"],
        help_text=(
            "For teachers: ground rules for the session, where to signpost pupils, "
            "and what to do if a pupil discloses abuse."
        ),
    )
    related_campaign = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The board campaign this resource supports, if any.",
    )

    content_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_resources",
        help_text="The member of staff who keeps this resource current. They are emailed when a review is due.",
    )
    last_reviewed = models.DateField(
        default=timezone.localdate, help_text="When someone last checked that this resource is accurate."
    )
    next_review_due = models.DateField(
        help_text="When it must be checked again. Overdue resources are listed in Reports → Resources due for review."
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("files"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("resource_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("pshe_themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("key_stages", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Who and what it is for (the library filters)",
        ),
        MultiFieldPanel(
            [
                FieldPanel("learning_outcomes"),
                FieldPanel("suggested_duration"),
                FieldPanel("safeguarding_note"),
            ],
            heading="For teachers",
        ),
        FieldPanel("body"),
        PageChooserPanel("related_campaign", page_type="campaigns.CampaignPage"),
        MultiFieldPanel(
            [
                FieldPanel("content_owner"),
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review_due")]),
            ],
            heading="Keeping it current",
        ),
    ]
    # Taxonomies, review dates and the owner are the same in every language; the words are translated.
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("files"),
        SynchronizedField("audiences"),
        SynchronizedField("topics"),
        SynchronizedField("pshe_themes"),
        SynchronizedField("key_stages"),
        SynchronizedField("resource_types"),
        TranslatableField("learning_outcomes"),
        TranslatableField("suggested_duration"),
        TranslatableField("safeguarding_note"),
        SynchronizedField("related_campaign"),
        SynchronizedField("content_owner"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("next_review_due"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("learning_outcomes"),
        index.FilterField("next_review_due"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("audiences", [index.SearchField("name")]),
    ]
    parent_page_types = ["resources.ResourceLibraryPage"]
    subpage_types = []
    template = "resources/resource_page.html"
    content_in_fragments = True  # its template renders every StreamField in {% pagecontent %}

    class Meta:
        indexes = [
            # The library's "recently reviewed" sort and the review report's date filter.
            models.Index(fields=["last_reviewed"], name="resource_last_reviewed_idx"),
            models.Index(fields=["next_review_due", "content_owner"], name="resource_review_due_idx"),
        ]

    @classmethod
    def get_indexed_objects(cls):
        # The search indexer prefetches no ParentalManyToManyField: without this, two queries per resource.
        return super().get_indexed_objects().prefetch_related("topics", "audiences")

    def save(self, *args, **kwargs):
        # Listings and search show listing_summary: keep it in step with the summary.
        self.listing_summary = self.summary
        super().save(*args, **kwargs)

    @property
    def learning_outcome_list(self):
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    def review_status(self, today=None):
        today = today or timezone.localdate()
        if self.next_review_due < today:
            return "overdue"
        if self.next_review_due <= today + datetime.timedelta(days=DUE_SOON_DAYS):
            return "due_soon"
        return "current"

    @property
    def review_status_label(self):
        return REVIEW_STATUS_LABELS[self.review_status()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        library = self.library(request)
        context["library_url"] = library.get_url(request) if library else ""
        context["facet_links"] = self.facet_links(request, library)
        return context

    def library(self, request=None):
        """The library this resource sits in, remembered per content generation (read, never change it)."""
        parent_path = self.path[: -self.steplen]
        return remembered(
            request,
            ("resource-library-at", parent_path),
            lambda: ResourceLibraryPage.objects.filter(path=parent_path).first(),
        )

    def facet_links(self, request=None, library=None):
        """Each facet of this resource with the library filtered to it.

        A live resource is in its library's filter index (resources/facet_index.py), which knows
        every resource's options: no query once the library has built it. A preview, a resource
        not in it, or a library not indexed yet in this generation: one query per facet.
        """
        # The index is only read if the library has built it: a resource viewed first after a
        # publish does not pay for indexing 10,000 resources (half a second) for its links.
        index = built_library_index(library, request) if library is not None else None
        if index is not None and self.live and not getattr(request, "is_preview", False):
            links = index.facet_links(self.pk)
            if links is not None:
                return links
        links = []
        for facet in FACETS:
            options = list(getattr(self, facet.field).all())
            if options:
                links.append((facet, options))
        return links
