"""The external link check against real servers on loopback: 200, 404, redirects, a socket that
accepts and never answers, a closed port; private addresses refused unless allowed; a clear
User-Agent; a limit on how many are asked at once."""

import time

import pytest

from tests.conftest import closed_port, hanging_socket
from upkeep import link_check
from upkeep.link_check import check, check_urls, user_agent

from .link_servers import link_server


@pytest.fixture
def server():
    with link_server() as server:
        yield server


def test_a_page_that_answers_works(server):
    outcome = check(server.url + "/ok", timeout=2, allow_private=True)
    assert outcome.works and outcome.status_code == 200 and outcome.text == "Works (200)"


def test_a_missing_page_is_broken(server):
    outcome = check(server.url + "/missing", timeout=2, allow_private=True)
    assert not outcome.works and outcome.status_code == 404 and outcome.text == "Not found (404)"


def test_a_redirect_is_followed_and_judged_by_where_it_ends(server):
    moved = check(server.url + "/moved", timeout=2, allow_private=True)
    assert moved.works and moved.text == f"Works (moves to {server.url}/ok)"
    gone = check(server.url + "/moved-to-missing", timeout=2, allow_private=True)
    assert not gone.works and gone.text == "Not found (404)"
    assert check(server.url + "/loop", timeout=2, allow_private=True).text == "Too many redirects"


def test_a_website_that_never_answers_is_broken_after_the_timeout():
    with hanging_socket() as port:
        started = time.monotonic()
        outcome = check(f"http://127.0.0.1:{port}/", timeout=0.5, allow_private=True)
        took = time.monotonic() - started
    assert not outcome.works and outcome.text == "No answer within 0.5 seconds"
    assert took < 3


def test_a_website_that_refuses_connections_is_broken():
    with closed_port() as port:
        outcome = check(f"http://127.0.0.1:{port}/", timeout=1, allow_private=True)
    assert not outcome.works and outcome.text.startswith("Could not connect")


def test_private_and_loopback_addresses_are_never_fetched_unless_allowed(server, settings):
    settings.KSCB_LINK_CHECK_ALLOW_PRIVATE = False
    for url in (
        server.url + "/ok",
        f"http://localhost:{server.server_address[1]}/ok",
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/",
    ):
        outcome = check(url, timeout=0.5)
        assert not outcome.works and outcome.text == "Not checked: the address is on a private network"
    assert server.user_agents == []


def test_a_redirect_to_a_private_address_is_not_followed(server, monkeypatch):
    """A public page may redirect inward: each hop is checked again. Here the first hop stands in for a
    public website (allowed once), and its redirect back to loopback is refused."""
    calls = []
    real = link_check.public_address

    def first_hop_public(host, port, allow_private):
        calls.append(host)
        return real(host, port, allow_private=len(calls) == 1)

    monkeypatch.setattr(link_check, "public_address", first_hop_public)
    outcome = check(server.url + "/moved", timeout=1, allow_private=False)
    assert outcome.text == "Not checked: the address is on a private network"
    assert len(calls) == 2 and len(server.user_agents) == 1


def test_the_check_says_who_is_asking(server):
    check(server.url + "/ok", timeout=2, allow_private=True)
    assert server.user_agents == [user_agent()]
    assert user_agent().startswith("KSCB-link-checker/") and "checks links" in user_agent()


def test_only_a_few_websites_are_asked_at_once(server, settings):
    settings.KSCB_LINK_CHECK_ALLOW_PRIVATE = True
    urls = [f"{server.url}/slow/{number}" for number in range(8)]
    outcomes = check_urls(urls, concurrency=2)
    assert all(outcome.works for outcome in outcomes.values())
    assert server.most_in_flight == 2


def test_only_web_addresses_are_checked():
    assert check("ftp://files.example/x", timeout=1).text == "Not a web address"


def test_a_name_that_does_not_resolve_is_broken():
    # .invalid never resolves (RFC 2606): no network needed.
    assert check("http://no-such-site.invalid/", timeout=1).text == "No such website (the name does not resolve)"
