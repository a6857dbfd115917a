"""The home page and the general content page."""

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BaseStreamBlock
from home.fragments import CardStyle, render_cards
from home.localized_links import live_translation_ids
from home.memory import remembered
from home.view_restrictions import public

from .base import BasePage
from .listing import card_pages


def _actions_done(priority):
    count = priority.done_count
    return ngettext("%(counter)s action done", "%(counter)s actions done", count) % {"counter": count}


HOME_CARD_STYLES = {
    "priorities": CardStyle("home-priority", meta=_actions_done),
    "featured_campaigns": CardStyle("home-campaign"),
    "latest_updates": CardStyle("home-update", meta=lambda update: date_format(update.date, "j F Y")),
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
    content_in_fragments = True  # its template renders every StreamField in {% pagecontent %}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Which items each section lists is read once per content generation (any publish,
        # unpublish, move or delete starts a new one); render_cards loads just the pages whose
        # cards it has not kept.
        source = self._source_home(request)
        if getattr(request, "is_preview", False):  # the featured campaigns may be the editor's draft
            listed = self._listed_ids(source)
        else:
            listed = remembered(request, ("home-listings", self.pk, source.pk), lambda: self._listed_ids(source))
        for name, ids in listed.items():
            context[name] = render_cards(request, ids, load=card_pages, style=HOME_CARD_STYLES[name])
        return context

    def _listed_ids(self, source):
        """{section: page ids}: what the site's (English) home lists, each in this language where it can."""
        from .news import NewsPage
        from .priorities import PriorityPage

        priorities = public(PriorityPage.objects.live()).descendant_of(source).order_by("path")[:6]
        updates = public(NewsPage.objects.live()).descendant_of(source).order_by("-date", "-pk")[:3]
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
    content_in_fragments = True  # its template renders every StreamField in {% pagecontent %}
