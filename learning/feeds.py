"""The library as RSS (Django's syndication framework) and as JSON Feed 1.1: the newest items."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import JsonResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

FEED_ITEMS = 50


def feed_items(library):
    return list(library.items().select_related("locale")[:FEED_ITEMS])


def published_at(item):
    """The publication date at midnight UK time, or when the page was first published."""
    if item.publication_date is not None:
        return timezone.make_aware(datetime.datetime.combine(item.publication_date, datetime.time()))
    return item.first_published_at


class LibraryRSSFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, library):
        super().__init__()
        self.library = library

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.library

    def title(self, library):
        return library.title

    def link(self, library):
        return library.get_full_url(self.request)

    def description(self, library):
        return library.introduction

    def feed_url(self, library):
        return library.get_full_url(self.request) + library.reverse_subpage("rss")

    def items(self, library):
        return feed_items(library)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        # The Site record's address, as Wagtail's own full URLs (production sets it from configuration).
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return published_at(item)

    def item_categories(self, item):
        return [str(item.learning_type_label)]


def json_feed(library, request):
    """https://www.jsonfeed.org/version/1.1/"""
    home = library.get_full_url(request)
    items = [
        {
            "id": item.get_full_url(request),
            "url": item.get_full_url(request),
            "title": item.title,
            "summary": item.summary,
            "content_text": item.summary,
            "date_published": published_at(item).isoformat() if published_at(item) else None,
            "tags": [str(item.learning_type_label)],
        }
        for item in feed_items(library)
    ]
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": library.title,
        "home_page_url": home,
        "feed_url": home + library.reverse_subpage("json"),
        "description": library.introduction,
        "language": library.locale.language_code,
        "items": [{key: value for key, value in item.items() if value is not None} for item in items],
    }
    return JsonResponse(feed, content_type="application/feed+json", json_dumps_params={"ensure_ascii": False})
