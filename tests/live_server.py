"""A real server for tests that need one: gunicorn serving the site from a
database of its own, built with the same migrations and demo loader as `make run`."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parents[1]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_of_its_own(tmp_dir, name="browser"):
    """A database of its own for a served site: a file for SQLite, a fresh database for PostgreSQL
    (the test database's name + `_name`: each served site with a database of its own names it)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_dir / f'{name}.sqlite3'}"
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/") + f"_{name}"
    admin_url = urlunparse(parsed._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunparse(parsed._replace(path=f"/{name}"))


class LiveSite:
    def __init__(self, url, env):
        self.url = url
        self.env = env

    def manage(self, *args, input_text=None):
        """Run a manage.py command against the served site's database."""
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            input=input_text,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    def shell(self, code):
        return self.manage("shell", "-c", code)


def start_live_site(tmp_dir):
    """The demo site under gunicorn with the test settings, on a database of its own."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kscb_site.settings.test",
        "DATABASE_URL": database_of_its_own(tmp_dir),
        "MEDIA_ROOT": str(tmp_dir / "media"),
    }
    site = LiveSite("", env)
    site.manage("migrate", "--noinput")
    site.manage("load_demo")
    site.server, site.url = serve(env)
    return site


def serve(env, workers=2):
    """Start gunicorn on a free loopback port with this environment; wait until it answers."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "kscb_site.wsgi", "--bind", f"127.0.0.1:{port}"]
        + ["--workers", str(workers), "--threads", "4", "--graceful-timeout", "5", "--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            request = urllib.request.Request(url + "/", headers={"X-Forwarded-Proto": "https"})
            urllib.request.urlopen(request, timeout=2)
            return server, url
        except urllib.error.HTTPError:
            return server, url  # it answers, even if not with 200
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError("The site did not start under gunicorn") from None
            time.sleep(0.3)


def stop(server):
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@contextmanager
def served_without_fragments(site):
    """One more server on `site`'s database with fragments off, so that it shows at once what a
    command (site.shell) changed: the shared server keeps fragments in each worker's memory."""
    env = {**site.env, "KSCB_FRAGMENT_CACHE_SECONDS": "0"}
    server, url = serve(env, workers=1)
    try:
        yield LiveSite(url, env)
    finally:
        stop(server)
