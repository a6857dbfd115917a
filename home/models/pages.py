"""The home page and the general content page."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BaseStreamBlock
from home.localized_links import live_translations

from .base import BasePage
from .listing import specific_cards


class HomePage(BasePage):
    introduction = RichTextField(
        features=["bold", "link"],
        help_text="A plain-words introduction to the board: who we are and what we do.",
    )
    priorities_heading = models.CharField(max_length=120, default="Our priorities")
    campaigns_heading = models.CharField(max_length=120, default="Campaigns")
    updates_heading = models.CharField(max_length=120, default="Latest updates")
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("priorities_heading"),
        FieldPanel("campaigns_heading"),
        InlinePanel("featured_campaigns", label="Featured campaign", max_num=6),
        FieldPanel("updates_heading"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("priorities_heading"),
        TranslatableField("campaigns_heading"),
        SynchronizedField("featured_campaigns"),
        TranslatableField("updates_heading"),
        TranslatableField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    template = "home/home_page.html"

    def get_context(self, request, *args, **kwargs):
        from .news import NewsPage
        from .priorities import PriorityPage

        context = super().get_context(request, *args, **kwargs)
        # A translated home page lists what the English site has, each in this language where it can.
        source = self._source_home(request)
        priorities = list(
            PriorityPage.objects.live().public().descendant_of(source).defer_streamfields().order_by("path")[:6]
        )
        featured = [item.page for item in self.featured_campaigns.select_related("page") if item.page.live]
        updates = list(
            NewsPage.objects.live().public().descendant_of(source).defer_streamfields().order_by("-date", "-pk")[:3]
        )
        translations = live_translations([*priorities, *featured, *updates], self.locale_id)
        # Every card at once: one query per page type and two for images, translated or not.
        cards = {
            page.pk: page
            for page in specific_cards(
                [translations.get(page.translation_key, page) for page in priorities + featured + updates]
            )
        }

        def localized(pages):
            chosen = [translations.get(page.translation_key, page) for page in pages]
            return [cards[page.pk] for page in chosen if page.pk in cards]

        context["priorities"] = localized(priorities)
        context["featured_campaigns"] = localized(featured)
        context["latest_updates"] = localized(updates)
        return context

    def _source_home(self, request):
        """The site's own (English) home page; this page when it is that one."""
        site = Site.find_for_request(request)
        root = site.root_page if site else None
        return root if root is not None and root.locale_id != self.locale_id else self


class HomePageFeaturedCampaign(Orderable):
    home_page = ParentalKey(HomePage, related_name="featured_campaigns", on_delete=models.CASCADE)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page", page_type="campaigns.CampaignPage")]


class StandardPage(BasePage):
    introduction = models.TextField(blank=True, max_length=500, help_text="A short summary shown under the title.")
    body = StreamField(BaseStreamBlock(), use_json_field=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("introduction"), TranslatableField("body")]
    template = "home/standard_page.html"
