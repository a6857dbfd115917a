"""The resource library and its resources: one page per resource, so that each has
its own address, search entry, translations and history."""

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BaseStreamBlock
from home.models import BasePage
from home.models.listing import attach_card_images
from kscb_site.page_cache import KeptResults
from resources.blocks import ResourceFilesBlock
from resources.library import CARD_FACETS, FACETS, SORTS, LibraryView

RESOURCES_PER_PAGE = 20
# The relations a result card names (resources.library.CARD_FACETS), fetched for a page of results at once.
CARD_RELATIONS = ("resource_types", "key_stages")


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
        view = LibraryView(self, request.GET)
        matches = view.matches(self.load_cards)
        results = Paginator(matches, RESOURCES_PER_PAGE).get_page(request.GET.get("page"))
        # Kept pages of results load their resources when the template first shows them.
        resources = results.object_list if isinstance(matches, KeptResults) else self.load_cards(results.object_list)
        query_items = view.query_items()
        context.update(
            filters=view,
            facets=view.facets,
            results=results,
            resources=resources,
            sorts=list(SORTS.items()),
            active_filters=view.active_filters(),
            query_prefix=urlencode(query_items) + "&" if query_items else "",
        )
        if not results.paginator.count and view.is_filtered:
            context["suggestion"] = view.suggestion()
        return context

    @staticmethod
    def load_cards(resources):
        """Resources ready for their cards, in order, from a list of ids (a page of results kept by
        the library's cache) or a queryset (a page of a keyword search)."""
        if isinstance(resources, list):
            by_id = ResourcePage.objects.defer_streamfields().prefetch_related(*CARD_RELATIONS).in_bulk(resources)
            resources = [by_id[pk] for pk in resources if pk in by_id]
        else:
            resources = list(resources.defer_streamfields().prefetch_related(*CARD_RELATIONS))
        attach_card_images(resources)
        for resource in resources:
            resource.card_meta = resource.card_line()
        return resources


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
        # The page's review record (upkeep.PageReview), as on every page type, kept where resource
        # editors have always found it rather than on the Settings tab.
        InlinePanel("review", heading="Keeping it current", label="Review", max_num=1),
    ]
    settings_panels = Page.settings_panels
    # Taxonomies are the same in every language (the review record too: BasePage); the words are translated.
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
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("learning_outcomes"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("audiences", [index.SearchField("name")]),
    ]
    parent_page_types = ["resources.ResourceLibraryPage"]
    subpage_types = []
    template = "resources/resource_page.html"

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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        library = self.get_parent()
        context["library_url"] = library.get_url(request) if library else ""
        context["facet_links"] = self.facet_links()
        return context

    def facet_links(self):
        """[(facet, [option, ...]), ...]: each facet of this resource, for links to the library
        filtered to one option. One query per facet."""
        links = []
        for facet in FACETS:
            options = list(getattr(self, facet.field).all())
            if options:
                links.append((facet, options))
        return links

    def card_line(self):
        """'Lesson plan · KS3, KS4': the card facets' options, from the prefetched relations."""
        facets = {facet.name: facet for facet in FACETS}
        parts = (", ".join(option.name for option in getattr(self, facets[name].field).all()) for name in CARD_FACETS)
        return " · ".join(part for part in parts if part)
