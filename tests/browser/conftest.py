"""Browser tests: real Chromium (Debian's package) through Playwright, against
the site served by gunicorn from its own database with the demo content.

A missing browser is a failure, never a skip: CI installs Chromium.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
NARROW, WIDE = {"width": 320, "height": 800}, {"width": 1280, "height": 900}

# Playwright's sync API runs an event loop; our ORM use here is test set-up only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _browser_database_url(tmp_dir):
    """A database of its own for the served site: a file for SQLite, a fresh database for PostgreSQL."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_dir / 'browser.sqlite3'}"
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/") + "_browser"
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


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    tmp_dir = tmp_path_factory.mktemp("live-site")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kscb_site.settings.test",
        "DATABASE_URL": _browser_database_url(tmp_dir),
        "MEDIA_ROOT": str(tmp_dir / "media"),
    }
    site = LiveSite("", env)
    site.manage("migrate", "--noinput")
    site.manage("load_demo")
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "kscb_site.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    site.url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(site.url + "/", timeout=2)  # noqa: S310 - our own loopback server
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail("The site did not start under gunicorn")
            time.sleep(0.3)
    yield site
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="session")
def chromium_browser():
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(executable).exists():
        pytest.fail("Chromium is missing: install Debian's 'chromium' package (.ci/run does).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium_browser):
    context = chromium_browser.new_context(viewport=WIDE)
    browser_page = context.new_page()
    browser_page.set_default_timeout(10_000)
    yield browser_page
    context.close()


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture
def assert_accessible(axe):
    """Scan the current page with axe-core for WCAG 2.2 A and AA; fail with the report."""

    def check(browser_page):
        results = axe.run(browser_page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.violations_count == 0, f"{browser_page.url}\n{results.generate_report()}"

    return check
