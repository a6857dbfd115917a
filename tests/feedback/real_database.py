"""A served site on a throwaway PostgreSQL database reached through a TCP forwarder the test owns,
so a test can close the database (connection refused) or make it hang (accepts, never answers).

The database is on KSCB_TEST_POSTGRES_URL, whichever database the rest of the suite uses, so the
tests that use it run (never skip) in both halves of `make test`.
"""

import contextlib
import http.client
import os
import re
import socket
import threading
import uuid
from html import unescape
from urllib.parse import urlencode, urlparse, urlunparse

import pytest

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


@contextlib.contextmanager
def site_on_forwarded_postgres(tmp_path_factory):
    """The demo site under gunicorn (2 workers) on a fresh database that it reaches only through a
    Forwarder; removed afterwards. The session fixture `database_site` (tests/conftest.py) uses it."""
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
    try:
        yield Site(url, forwarder, direct_url)
    finally:
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
