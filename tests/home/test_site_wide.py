"""Error pages, feeds, the sitemap and robots.txt, as a visitor or crawler meets them."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connections
from django.test import RequestFactory
from django.utils import translation

from home.views import server_error


def test_404_page_still_shows_the_emergency_contacts(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'href="tel:999"' in html and "Exit this page" in html


def test_500_page_needs_no_database(django_db_blocker):
    request = RequestFactory().get("/")
    for conn in connections.all():
        conn.close()
    # In English, whatever language an earlier test left active in this thread.
    with django_db_blocker.block(), translation.override("en-gb"):  # any query would raise here
        response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert "tel:999" in html and "0800 1111" in html and "Exit this page" in html


def test_rss_and_atom_feeds_list_the_news(client, db):
    rss = ET.fromstring(client.get("/news/feed/").content)
    titles = [item.findtext("title") for item in rss.iter("item")]
    assert titles[0] == "Baby Box initiative to be phased in across Merseyside"
    assert len(titles) == 4
    atom = ET.fromstring(client.get("/news/feed/atom/").content)
    assert len(atom.findall("{http://www.w3.org/2005/Atom}entry")) == 4


def test_sitemap_lists_live_pages(client, db):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = [
        loc.text for loc in ET.fromstring(response.content).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    assert any(url.endswith("/priorities/domestic-abuse/") for url in locations)
    assert any(url.endswith("/accessibility-statement/") for url in locations)


def test_robots_txt_keeps_crawlers_out_of_the_admin(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert b"Disallow: /admin/" in b"".join(response.streaming_content)


@pytest.mark.parametrize("url", ["/", "/search/?q=neglect"])
def test_security_headers(client, db, url):
    response = client.get(url)
    csp = response["Content-Security-Policy"]
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def test_public_html_has_no_inline_script_or_style(client, db):
    html = client.get("/").content.decode()
    assert "<script>" not in html and "<style" not in html and " style=" not in html
    # No third-party requests. hreflang alternates name the site's own full address, fetching nothing.
    own_alternates = re.sub(r'<link rel="alternate" hreflang="[^"]+" href="http://127\.0\.0\.1:8000/[^"]*">', "", html)
    assert "http://" not in own_alternates.replace('href="http://testserver', "")
