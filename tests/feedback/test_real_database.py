"""The children's voice against a real PostgreSQL, through a TCP forwarder this test owns.

- The database closed (connection refused) or hanging (accepts, never answers) when a young
  person presses Send: the "message not sent" page, in the form's language, with 999, Childline
  and the MASH number, and their words to copy; within a bounded time when it hangs.
- Two posts at once with one start token: both stored, exactly one unmarked.

The site is gunicorn on a throwaway database on KSCB_TEST_POSTGRES_URL, whichever database the
rest of the suite uses, so this runs (never skips) in both halves of `make test`.
"""

import contextlib
import http.client
import os
import re
import socket
import threading
import time
import uuid
from html import unescape
from urllib.parse import urlencode, urlparse, urlunparse

import pytest

from feedback.forms import read_started
from feedback.models.start_tokens import nonce_digest
from tests.live_server import LiveSite, serve, stop

POSTGRES_URL = os.environ.get("KSCB_TEST_POSTGRES_URL", "postgres://kscb:kscb@127.0.0.1:5432/kscb")
MASH_PHONE = "0151 496 0000"  # Ofcom's range for drama: it reaches nobody
CONNECT_TIMEOUT = 2  # seconds, the served site's DB_CONNECT_TIMEOUT
FORM = "/have-your-say/"


class Forwarder:
    """A TCP forwarder in front of PostgreSQL: open (relays), hanging (accepts and never
    answers a byte) or closed (nothing listens: connection refused)."""

    def __init__(self, upstream):
        self.upstream = upstream
        self.mode = "open"
        self.connections = []
        self.lock = threading.Lock()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._listen()

    def _listen(self):
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port))
        self.listener.listen(64)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            with self.lock:
                self.connections.append(client)
            if self.mode == "hanging":
                continue  # accepted, and never a byte in answer
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self.lock:
                self.connections.append(server)
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=_pump, args=(source, target), daemon=True).start()

    def _drop_connections(self):
        with self.lock:
            connections, self.connections = self.connections, []
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
            connection.close()

    def close(self):
        """Nothing listens any more, and every open connection is cut: the database is gone."""
        self.mode = "closed"
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
        self.listener.close()
        self._drop_connections()

    def hang(self):
        self.mode = "hanging"
        self._drop_connections()

    def open(self):
        if self.mode == "closed":
            self._listen()
        self._drop_connections()
        self.mode = "open"


def _pump(source, target):
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for end in (source, target):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)


@pytest.fixture(scope="module")
def database_site(tmp_path_factory):
    import psycopg

    parsed = urlparse(POSTGRES_URL)
    name = f"kscb_voice_test_{uuid.uuid4().hex[:8]}"
    admin_url = urlunparse(parsed._replace(path="/postgres"))
    try:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as error:
        pytest.fail(f"PostgreSQL is needed at {POSTGRES_URL} (KSCB_TEST_POSTGRES_URL): {error}")
    direct_url = urlunparse(parsed._replace(path=f"/{name}"))
    forwarder = Forwarder((parsed.hostname, parsed.port or 5432))
    credentials = parsed.username + (f":{parsed.password}" if parsed.password else "")
    forwarded_url = urlunparse(parsed._replace(netloc=f"{credentials}@127.0.0.1:{forwarder.port}", path=f"/{name}"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kscb_site.settings.test",
        "DATABASE_URL": direct_url,
        "MEDIA_ROOT": str(tmp_path_factory.mktemp("voice-media")),
        "KSCB_MASH_PHONE": MASH_PHONE,
        "DB_CONNECT_TIMEOUT": str(CONNECT_TIMEOUT),
    }
    env.pop("REDIS_URL", None)
    setup = LiveSite("", env)
    setup.manage("migrate", "--noinput")
    setup.manage("load_demo")
    # The demo's own MASH number is not used: the page without a database reads only the server's settings.
    server, url = serve({**env, "DATABASE_URL": forwarded_url}, workers=2)
    site = Site(url, forwarder, direct_url)
    yield site
    stop(server)
    forwarder.close()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Site:
    def __init__(self, url, forwarder, database_url):
        self.url = url
        self.forwarder = forwarder
        self.database_url = database_url
        self.address = urlparse(url)

    def request(self, method, path, body=None, headers=None, timeout=60):
        connection = http.client.HTTPConnection(self.address.hostname, self.address.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.headers, response.read().decode()
        finally:
            connection.close()

    def open_form(self, path=FORM):
        """What a browser gets when it shows the form: the CSRF cookie and the form's tokens."""
        status, headers, html = self.request("GET", path)
        assert status == 200, html[:500]
        csrf = re.search(r"csrftoken=([^;]+)", " ".join(headers.get_all("Set-Cookie") or [])).group(1)
        return {
            "csrf": csrf,
            "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1),
            "started": unescape(re.search(r'name="started" value="([^"]+)"', html).group(1)),
        }

    def send(self, form, message, path=FORM, timeout=60):
        body = urlencode(
            {
                "message": message,
                "wants_reply": "no",
                "started": form["started"],
                "csrfmiddlewaretoken": form["csrfmiddlewaretoken"],
            }
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={form['csrf']}"}
        return self.request("POST", path, body=body, headers=headers, timeout=timeout)

    def stored(self, message):
        """(possible_spam, spam_signs) of each stored submission with these words, read directly."""
        import psycopg

        with psycopg.connect(self.database_url) as conn:
            return conn.execute(
                "SELECT possible_spam, spam_signs FROM feedback_submission WHERE message = %s ORDER BY id", [message]
            ).fetchall()


NOT_SENT = {
    "": ('lang="en-gb" dir="ltr"', "Your message was not sent", "We did not get your message."),
    "pl": ('lang="pl" dir="ltr"', "Twoja wiadomość nie została wysłana", "Nie otrzymaliśmy Twojej wiadomości."),
    "ro": ('lang="ro" dir="ltr"', "Mesajul tău nu a fost trimis", "Nu am primit mesajul tău."),
    "ar": ('lang="ar" dir="rtl"', "لم تُرسل رسالتك", "لم نستلم رسالتك."),
}


def assert_not_sent_page(status, headers, html, language, words):
    html_attributes, heading, plainly = NOT_SENT[language]
    assert status == 503, html[:1000]
    assert f"<html {html_attributes}>" in html
    assert f"<h1>{heading}</h1>" in html
    assert plainly in html
    assert 'href="tel:999"' in html
    assert 'href="tel:08001111"' in html and "Childline" in html
    assert 'href="tel:01514960000"' in html and MASH_PHONE in html  # from KSCB_MASH_PHONE: no database needed
    assert f">{words}</textarea>" in html  # what they wrote, to copy
    assert "exit-this-page__button" in html
    assert headers["Retry-After"] == "120"
    assert "no-store" in headers["Cache-Control"]
    assert "Traceback" not in html and "OperationalError" not in html


@pytest.mark.parametrize("language", ["", "pl", "ro", "ar"])
def test_database_closed_at_send_says_plainly_it_was_not_sent(database_site, language):
    path = f"/{language}{FORM}" if language else FORM
    form = database_site.open_form(path)
    words = f"I dont feel safe at home {uuid.uuid4().hex[:6]}"
    database_site.forwarder.close()
    try:
        started = time.monotonic()
        status, headers, html = database_site.send(form, words, path=path)
        elapsed = time.monotonic() - started
    finally:
        database_site.forwarder.open()
    assert_not_sent_page(status, headers, html, language, words)
    assert elapsed < 10
    assert database_site.stored(words) == []  # the page told the truth: nothing was stored


def test_database_hanging_at_send_gives_the_same_page_within_a_bounded_time(database_site):
    form = database_site.open_form("/ar" + FORM)
    words = f"my dad hit my mum {uuid.uuid4().hex[:6]}"
    database_site.forwarder.hang()
    try:
        started = time.monotonic()
        status, headers, html = database_site.send(form, words, path="/ar" + FORM, timeout=60)
        elapsed = time.monotonic() - started
    finally:
        database_site.forwarder.open()
    assert_not_sent_page(status, headers, html, "ar", words)
    # One connection attempt, given up after DB_CONNECT_TIMEOUT: the page does not try the database twice.
    assert CONNECT_TIMEOUT <= elapsed < 3 * CONNECT_TIMEOUT + 2, elapsed
    assert database_site.stored(words) == []


def test_the_form_works_again_once_the_database_is_back(database_site):
    form = database_site.open_form()
    time.sleep(1.1)  # KSCB_FEEDBACK_MIN_SECONDS: a person, not a machine
    words = f"I like the youth club {uuid.uuid4().hex[:6]}"
    status, headers, _ = database_site.send(form, words)
    assert status == 302 and "/thanks/" in headers["Location"]
    assert database_site.stored(words) == [(False, "")]


def hold_token(database_url, form):
    """Another post with this start token, mid-transaction: its row is written, not yet committed."""
    import psycopg

    conn = psycopg.connect(database_url)
    conn.execute(
        "INSERT INTO feedback_usedstarttoken (digest, used_at) VALUES (%s, now())",
        [nonce_digest(read_started(form["started"])[1])],
    )
    return conn


def send_in_background(site, form, words):
    result = {}
    thread = threading.Thread(target=lambda: result.update(response=site.send(form, words)), daemon=True)
    thread.start()
    return thread, result


@pytest.mark.parametrize("other_post", ["commits", "fails"])
def test_a_post_waits_for_another_post_with_its_start_token(database_site, other_post):
    """The token is taken in the submission's transaction: a second post waits for the first to end,
    and is marked if it stored its message, unmarked if it did not."""
    form = database_site.open_form()
    time.sleep(1.1)
    other = hold_token(database_site.database_url, form)
    words = f"waiting post {uuid.uuid4().hex[:6]}"
    thread, result = send_in_background(database_site, form, words)
    try:
        thread.join(timeout=2)
        assert thread.is_alive(), "the second post did not wait for the first"
    finally:
        other.commit() if other_post == "commits" else other.rollback()
        other.close()
    thread.join(timeout=30)
    assert result["response"][0] == 302
    if other_post == "commits":
        assert database_site.stored(words) == [(True, "start token used before")]
    else:
        assert database_site.stored(words) == [(False, "")]


def test_two_posts_at_once_with_one_start_token_leave_exactly_one_unmarked(database_site):
    rounds = 8
    for round_number in range(rounds):
        form = database_site.open_form()
        time.sleep(1.1)
        words = f"two at once {round_number} {uuid.uuid4().hex[:6]}"
        gate = threading.Barrier(2)
        statuses = []

        def send(form=form, words=words, gate=gate, statuses=statuses):
            gate.wait()
            statuses.append(database_site.send(form, words)[0])

        threads = [threading.Thread(target=send) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert statuses == [302, 302]
        stored = database_site.stored(words)
        assert len(stored) == 2, stored
        assert sorted(stored) == [(False, ""), (True, "start token used before")], stored
