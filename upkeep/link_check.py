"""Check the links from live pages to other websites, as `check_external_links` runs it on a schedule.

Each distinct address is asked once (GET, headers only), a few at a time, with a timeout and a
User-Agent that says who is asking. Redirects are followed (up to five) and each hop is checked
again. Addresses that resolve to a private, loopback or link-local network are never fetched
(a page could otherwise make the server probe its own network); tests allow loopback by setting.
The results replace the last check's in upkeep.ExternalLink.
"""

import html
import http.client
import ipaddress
import logging
import re
import socket
import ssl
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from .models import ExternalLink

logger = logging.getLogger(__name__)

URL = re.compile(r"https?://[^\s\"'<>\\]+", re.IGNORECASE)
MAX_REDIRECTS = 5
TEXT_FIELDS = (models.CharField, models.TextField, StreamField)


def user_agent():
    return f"KSCB-link-checker/1.0 (+{settings.WAGTAILADMIN_BASE_URL}; checks links on the board's pages)"


@dataclass(frozen=True)
class Outcome:
    works: bool
    text: str
    status_code: int | None = None


def page_urls(page):
    """The other websites' addresses in a page's own text fields, rich text and blocks."""
    found = set()
    for field in page._meta.concrete_fields:
        if isinstance(field, TEXT_FIELDS):
            text = field.value_to_string(page) or ""
            found.update(html.unescape(url).rstrip(".,;:)]") for url in URL.findall(text))
    return found


def host_and_port(url):
    parts = urlsplit(url)
    return (parts.hostname or "").lower(), parts.port or (443 if parts.scheme == "https" else 80)


def own_addresses():
    """(host, port) of this site: links to it are checked by the reference index, not fetched."""
    addresses = {(hostname.lower(), port) for hostname, port in Site.objects.values_list("hostname", "port")}
    addresses.add(host_and_port(settings.WAGTAILADMIN_BASE_URL))
    return addresses


def links_on_live_pages():
    """{(page id, url)} for every link to another website on a live page."""
    own = own_addresses()
    pairs = set()
    for page in Page.objects.live().filter(alias_of__isnull=True).specific():
        for url in page_urls(page):
            if host_and_port(url) not in own:
                pairs.add((page.pk, url))
    return pairs


def public_address(host, port, allow_private):
    """An IP address for host that is safe to fetch, or None."""
    addresses = [info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]
    for address in addresses:
        if allow_private or ipaddress.ip_address(address.split("%")[0]).is_global:
            return address
    return None


def host_header(parts, port):
    default = 443 if parts.scheme == "https" else 80
    return parts.hostname if port == default else f"{parts.hostname}:{port}"


def fetch_status(url, timeout, allow_private):
    """(status, reason, Location header) for one GET, connecting only to a checked address."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = public_address(parts.hostname, port, allow_private)
    if address is None:
        raise PermissionError
    sock = socket.create_connection((address, port), timeout=timeout)
    if parts.scheme == "https":
        sock = ssl.create_default_context().wrap_socket(sock, server_hostname=parts.hostname)
    connection = http.client.HTTPConnection(parts.hostname, port, timeout=timeout)
    connection.sock = sock  # already connected to the checked address: no second lookup
    try:
        path = parts.path or "/"
        connection.request(
            "GET",
            f"{path}?{parts.query}" if parts.query else path,
            headers={"Host": host_header(parts, port), "User-Agent": user_agent(), "Accept": "text/html,*/*;q=0.8"},
        )
        response = connection.getresponse()
        return response.status, response.reason, response.getheader("Location")
    finally:
        connection.close()


def check(url, timeout=None, allow_private=None):
    timeout = settings.KSCB_LINK_CHECK_TIMEOUT if timeout is None else timeout
    allow_private = settings.KSCB_LINK_CHECK_ALLOW_PRIVATE if allow_private is None else allow_private
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        if urlsplit(current).scheme not in ("http", "https") or not urlsplit(current).hostname:
            return Outcome(False, "Not a web address")
        try:
            status, reason, location = fetch_status(current, timeout, allow_private)
        except PermissionError:
            return Outcome(False, "Not checked: the address is on a private network")
        except TimeoutError:
            return Outcome(False, f"No answer within {timeout:g} seconds")
        except socket.gaierror:
            return Outcome(False, "No such website (the name does not resolve)")
        except ssl.SSLError:
            return Outcome(False, "Secure connection failed")
        except (OSError, http.client.HTTPException) as error:
            return Outcome(False, f"Could not connect ({type(error).__name__})")
        if 300 <= status < 400 and location:
            current = urljoin(current, location)
            continue
        if status >= 400:
            text = "Not found (404)" if status == 404 else f"The website answered {status} {reason}".strip()
            return Outcome(False, text, status)
        text = f"Works (moves to {current})" if current != url else f"Works ({status})"
        return Outcome(True, text[:300], status)
    return Outcome(False, "Too many redirects")


def check_urls(urls, concurrency=None):
    """{url: Outcome}, asking at most `concurrency` websites at once."""
    concurrency = concurrency or settings.KSCB_LINK_CHECK_CONCURRENCY
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        return dict(zip(urls, pool.map(check, urls), strict=True))


def check_external_links(concurrency=None):
    """Check every link to another website on live pages; returns (checked, broken)."""
    pairs = links_on_live_pages()
    urls = sorted({url for _page_id, url in pairs})
    outcomes = check_urls(urls, concurrency)
    now = timezone.now()
    rows = [
        ExternalLink(
            page_id=page_id,
            url=url,
            works=outcomes[url].works,
            status_code=outcomes[url].status_code,
            outcome=outcomes[url].text,
            checked_at=now,
        )
        for page_id, url in sorted(pairs)
    ]
    with transaction.atomic():
        # Links taken off a page, and pages no longer live, leave the list.
        ExternalLink.objects.filter(checked_at__lt=now).delete()
        ExternalLink.objects.bulk_create(rows)
    broken = sum(1 for outcome in outcomes.values() if not outcome.works)
    for url, outcome in outcomes.items():
        if not outcome.works:
            logger.info("Broken link %s: %s", url, outcome.text)
    return len(urls), broken
