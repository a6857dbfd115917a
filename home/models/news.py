"""News and updates, with RSS and Atom feeds."""

from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BaseStreamBlock
from kscb_site.page_cache import KeptResults

from .base import BasePage
from .listing import attach_card_images

NEWS_PER_PAGE = 10
FEED_LENGTH = 20


class NewsIndexPage(RoutablePageMixin, BasePage):
    introduction = models.TextField(max_length=500, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("introduction")]
    subpage_types = ["home.NewsPage"]
    template = "home/news_index_page.html"

    def serve(self, request, *args, **kwargs):
        # RoutablePageMixin.serve does not reach BasePage.serve, so apply the cache policy here.
        return self.apply_cache_policy(request, super().serve(request, *args, **kwargs))

    def news(self):
        return NewsPage.objects.live().public().child_of(self).defer_streamfields().order_by("-date", "-pk")

    @path("")
    def listing(self, request):
        news = KeptResults(self.news(), ("news-index", self.pk), self.load_cards)
        page = Paginator(news, NEWS_PER_PAGE).get_page(request.GET.get("page"))
        return self.render(request, context_overrides={"news_page": page})

    @staticmethod
    def load_cards(ids):
        """News items ready for their cards, in the order of `ids`."""
        by_id = NewsPage.objects.defer_streamfields().in_bulk(ids)
        return attach_card_images([by_id[pk] for pk in ids if pk in by_id])

    @path("feed/", name="rss")
    def rss_feed(self, request):
        return NewsFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return NewsAtomFeed(self)(request)


class NewsPage(BasePage):
    date = models.DateField("Date published", default=timezone.localdate)
    body = StreamField(BaseStreamBlock(), use_json_field=True)

    content_panels = [*BasePage.content_panels, FieldPanel("date"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("date")]
    translatable_fields = [*BasePage.translatable_fields, SynchronizedField("date"), TranslatableField("body")]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []
    template = "home/news_page.html"

    class Meta:
        # Newest first on the home page and the news index: read from the index and stop after a
        # page's worth, instead of sorting every news item (13 ms -> 0.2 ms at 1,000 items).
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="kscb_news_newest_first")]


class NewsFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index_page.title}: Knowsley Safeguarding Children Board"

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return self.index_page.introduction or "News and updates from Knowsley Safeguarding Children Board."

    def items(self):
        return self.index_page.news()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.listing_summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(timezone.datetime.combine(item.date, timezone.datetime.min.time()))


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
