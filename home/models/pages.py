"""The home page and the general content page."""

from django.apps import apps
from django.db import models
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BaseStreamBlock
from home.localized_links import live_translation_ids

from .base import BasePage
from .listing import attach_card_images


def _actions_done(priority):
    count = priority.done_count
    return ngettext("%(counter)s action done", "%(counter)s actions done", count) % {"counter": count}


# What each home page section shows under a card's summary.
HOME_CARD_META = {
    "priorities": _actions_done,
    "featured_campaigns": lambda campaign: "",
    "latest_updates": lambda update: date_format(update.date, "j F Y"),
}


# The page type each section lists (campaigns are named by string: home imports no other app).
HOME_CARD_MODELS = {
    "priorities": lambda: apps.get_model("home", "PriorityPage"),
    "featured_campaigns": lambda: apps.get_model("campaigns", "CampaignPage"),
    "latest_updates": lambda: apps.get_model("home", "NewsPage"),
}


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
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = HomeSections(self, request)
        return context

    def listed_ids(self, source):
        """{section: page ids}: what the site's (English) home lists, each in this language where it can."""
        from .news import NewsPage
        from .priorities import PriorityPage

        # Wagtail's public() reads the view restrictions each time it is called: read them once for both.
        private = Page.objects.private_q()
        priorities = PriorityPage.objects.live().exclude(private).descendant_of(source).order_by("path")[:6]
        updates = NewsPage.objects.live().exclude(private).descendant_of(source).order_by("-date", "-pk")[:3]
        featured = [item.page for item in self.featured_campaigns.select_related("page") if item.page.live]
        groups = {
            "priorities": list(priorities.values_list("pk", "translation_key", "locale_id")),
            "featured_campaigns": [(page.pk, page.translation_key, page.locale_id) for page in featured],
            "latest_updates": list(updates.values_list("pk", "translation_key", "locale_id")),
        }
        translated = live_translation_ids([key for group in groups.values() for key in group], self.locale_id)
        return {
            name: tuple(translated.get(translation_key, pk) for pk, translation_key, _locale in keys)
            for name, keys in groups.items()
        }

    def source_home(self, request):
        """The site's own (English) home page; this page when it is that one."""
        site = Site.find_for_request(request)
        root = site.root_page if site else None
        return root if root is not None and root.locale_id != self.locale_id else self


class HomeSections:
    """The home page's sections as (page, meta) pairs for components/card.html, worked out when the
    template asks: on a miss of its fragment cache (home_page.html), not on every view. One query per
    section, then one for the images and one for their renditions."""

    def __init__(self, home, request):
        self.home, self.request = home, request

    @cached_property
    def cards(self):
        listed = self.home.listed_ids(self.home.source_home(self.request))
        pages = {}
        for name, ids in listed.items():
            pages.update(HOME_CARD_MODELS[name]().objects.filter(pk__in=ids).in_bulk())
        attach_card_images(list(pages.values()))
        return {
            name: [(pages[pk], HOME_CARD_META[name](pages[pk])) for pk in ids if pk in pages]
            for name, ids in listed.items()
        }

    @property
    def priorities(self):
        return self.cards["priorities"]

    @property
    def featured_campaigns(self):
        return self.cards["featured_campaigns"]

    @property
    def latest_updates(self):
        return self.cards["latest_updates"]


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
