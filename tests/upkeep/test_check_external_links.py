"""`manage.py check_external_links`: the links from live pages to other websites are checked
(against real servers on loopback) and the broken ones go on Reports → Broken links."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from home.models import StandardPage
from upkeep.models import ExternalLink

from .link_servers import link_server

REPORT = "/admin/reports/broken-links/"


@pytest.fixture
def server(settings):
    settings.KSCB_LINK_CHECK_ALLOW_PRIVATE = True  # the "other websites" here are on loopback
    settings.KSCB_LINK_CHECK_TIMEOUT = 2
    with link_server() as server:
        yield server


def page_linking_to(home_page, *urls):
    links = "".join(f'<a href="{url}">a link</a> ' for url in urls)
    page = StandardPage(
        title="Page with outside links", slug="page-with-outside-links", body=[("paragraph", f"<p>{links}</p>")]
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_broken_outside_links_are_recorded_and_reported(admin_client, home_page, server, capsys):
    page = page_linking_to(home_page, server.url + "/ok", server.url + "/missing", server.url + "/moved")
    call_command("check_external_links")
    assert "broken" in capsys.readouterr().out
    links = {link.url: link for link in ExternalLink.objects.filter(page=page)}
    assert set(links) == {server.url + "/ok", server.url + "/missing", server.url + "/moved"}
    assert links[server.url + "/ok"].works and links[server.url + "/moved"].works
    assert not links[server.url + "/missing"].works and links[server.url + "/missing"].status_code == 404

    html = admin_client.get(REPORT).content.decode()
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    row = html[html.index(edit) :].split("</tr>")[0]
    assert server.url + "/missing" in row and "Not found (404)" in row
    assert server.url + "/ok<" not in html


def test_running_again_replaces_the_last_check(home_page, server):
    page = page_linking_to(home_page, server.url + "/missing")
    call_command("check_external_links")
    call_command("check_external_links")
    assert ExternalLink.objects.filter(page=page).count() == 1
    # The editor takes the link out: the next check forgets it.
    page.body = []
    page.save_revision().publish()
    call_command("check_external_links")
    assert not ExternalLink.objects.filter(page=page).exists()


def test_the_sites_own_address_is_not_fetched(home_page, server, site):
    site_url = f"http://{site.hostname}:{site.port}/anything"
    page_linking_to(home_page, site_url)
    call_command("check_external_links")
    assert not ExternalLink.objects.filter(url=site_url).exists()
