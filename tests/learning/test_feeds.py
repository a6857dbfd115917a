"""The library's RSS (Django syndication) and JSON Feed parse and list its items, newest first."""

import json
import xml.etree.ElementTree as ET

from .conftest import LIBRARY_URL, get_ok


def test_the_rss_feed_parses_and_lists_the_library(client, library, review):
    response = get_ok(client, LIBRARY_URL + "feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert "public" in response["Cache-Control"] and not response.cookies
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "Learning from reviews"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "7-minute briefing: written agreements and safe sleeping (Child R)",
        "Child R serious case review",
    ]
    assert items[1].findtext("link") == review.get_full_url()
    assert items[1].findtext("category") == "Serious case review"
    assert items[1].findtext("pubDate")


def test_the_json_feed_parses_and_lists_the_library(client, library, review):
    response = get_ok(client, LIBRARY_URL + "feed/json/")
    assert response["Content-Type"] == "application/feed+json"
    feed = json.loads(response.content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == library.get_full_url() + "feed/json/"
    item = feed["items"][1]
    assert item["url"] == review.get_full_url()
    assert item["title"] == "Child R serious case review"
    assert item["date_published"].startswith(review.publication_date.isoformat())
    assert item["tags"] == ["Serious case review"]


def test_a_feed_lists_only_live_items(client, library, review):
    review.unpublish()
    feed = json.loads(get_ok(client, LIBRARY_URL + "feed/json/").content)
    assert [item["title"] for item in feed["items"]] == [
        "7-minute briefing: written agreements and safe sleeping (Child R)"
    ]
