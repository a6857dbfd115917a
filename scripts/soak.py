#!/usr/bin/env python
"""Soak test (not part of `make test`): mixed traffic for minutes on PostgreSQL with gunicorn.

Builds a fresh PostgreSQL database with the demo content, serves it with the
production settings under gunicorn (as production runs it: CDN TLS simulated
by X-Forwarded-Proto), and drives page views, searches, library filters and
children's voice submissions at a steady rate. Reports requests served,
errors (must be 0), p50/p99 latency, each worker's memory growth, and checks
that every accepted submission is in the database exactly once.

    .venv/bin/python scripts/soak.py --minutes 10 --rate 40
    .venv/bin/python scripts/soak.py --minutes 1 --rate 10     # a quick look

Needs PostgreSQL (SOAK_DATABASE_URL, default postgres://kscb:kscb@127.0.0.1:5432/kscb_soak).
"""

import argparse
import os
import random
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode, urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.live_server import serve, stop  # noqa: E402

# Of every 100 requests: what a realistic day looks like for this site.
MIX = [("page", 70), ("search", 10), ("library", 15), ("feedback", 5)]
SEARCH_WORDS = ["domestic abuse", "neglect", "safe sleeping", "MASH", "training", "Child R", "PSHE", "Baby Box"]
LIBRARY_QUERIES = [
    {"topic": "domestic-abuse", "key_stage": "ks3"},
    {"audience": "professionals"},
    {"topic": "safe-sleeping", "sort": "title"},
    {"q": "relationships", "key_stage": "ks4"},
]
FEEDBACK_PATH = "/have-your-say/"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--rate", type=float, default=40, help="requests per second to aim for")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("SOAK_DATABASE_URL", "postgres://kscb:kscb@127.0.0.1:5432/kscb_soak"),
    )
    return parser.parse_args()


def recreate_database(url):
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    with psycopg.connect(urlunparse(parsed._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def worker_memory(master_pid):
    """Resident memory (KB) of each gunicorn worker, read from /proc."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    memory = {}
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        memory[pid] = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
    return memory


class Client:
    HEADERS = {"X-Forwarded-Proto": "https", "User-Agent": "kscb-soak"}

    def __init__(self, base):
        self.base = base
        self.host = urlparse(base).netloc

    def get(self, path):
        request = urllib.request.Request(self.base + path, headers=self.HEADERS)
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode("utf-8", "replace")

    def submit_feedback(self, marker):
        status, headers, html = self.get(FEEDBACK_PATH)
        cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", "")).group(1)
        form = {
            "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1),
            "started": re.search(r'name="started" value="([^"]+)"', html).group(1),
            "message": f"I want more clubs after school. {marker}",
            "age_group": "",
            "wants_reply": "no",
            "website": "",
        }
        request = urllib.request.Request(
            self.base + FEEDBACK_PATH,
            data=urlencode(form).encode(),
            headers={
                **self.HEADERS,
                "Cookie": f"csrftoken={cookie}",
                "Referer": f"https://{self.host}{FEEDBACK_PATH}",
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        opener = urllib.request.build_opener(NoRedirect)
        try:
            opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            if error.code != 302:
                raise
            return True
        return False  # a 200 means the form came back with errors


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    args = parse_args()
    recreate_database(args.database_url)
    static_root = tempfile.mkdtemp(prefix="kscb-soak-static-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kscb_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": args.database_url,
        "STATIC_ROOT": static_root,
        "MEDIA_ROOT": tempfile.mkdtemp(prefix="kscb-soak-media-"),
        "KSCB_SERVE_MEDIA": "true",
        # One address sends every submission here; the spam guards are tested elsewhere.
        "KSCB_FEEDBACK_RATE_LIMIT": "1000000",
        "KSCB_FEEDBACK_MIN_SECONDS": "0",
        # Production refuses to start without alert addresses (feedback/checks.py).
        "KSCB_FEEDBACK_DUTY_EMAIL": "duty@safeguarding.kscb.internal",
        "KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL": "out-of-hours@safeguarding.kscb.internal",
    }
    print("Building the demo database ...", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput")
    server, base = serve(env, workers=args.workers)
    client = Client(base)
    _status, _headers, sitemap = client.get("/sitemap.xml")
    pages = [urlparse(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    print(f"Serving {base}; {len(pages)} pages in the sitemap", flush=True)

    memory_before = worker_memory(server.pid)
    latencies, errors, accepted = [], [], []
    lock = threading.Lock()
    stop_at = time.monotonic() + args.minutes * 60
    interval = args.concurrency / args.rate
    kinds = [kind for kind, weight in MIX for _ in range(weight)]

    def run():
        rng = random.Random()
        while time.monotonic() < stop_at:
            started = time.monotonic()
            kind = rng.choice(kinds)
            try:
                if kind == "page":
                    client.get(rng.choice(pages))
                elif kind == "search":
                    client.get("/search/?" + urlencode({"q": rng.choice(SEARCH_WORDS)}))
                elif kind == "library":
                    client.get("/resources/?" + urlencode(rng.choice(LIBRARY_QUERIES)))
                else:
                    marker = f"soak-{secrets.token_hex(8)}"
                    if client.submit_feedback(marker):
                        with lock:
                            accepted.append(marker)
                with lock:
                    latencies.append(time.monotonic() - started)
            except Exception as error:  # noqa: BLE001 - every failure is counted and reported
                with lock:
                    errors.append(f"{kind}: {error!r}")
            time.sleep(max(0.0, interval - (time.monotonic() - started)))

    threads = [threading.Thread(target=run) for _ in range(args.concurrency)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    memory_after = worker_memory(server.pid)
    stop(server)

    check = (
        "from feedback.models import Submission\n"
        "import sys\n"
        "markers = sys.stdin.read().split()\n"
        "counts = [Submission.objects.filter(message__contains=m).count() for m in markers]\n"
        "print(sum(1 for c in counts if c == 1), sum(1 for c in counts if c != 1))\n"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", check],
        cwd=ROOT,
        env=env,
        input="\n".join(accepted),
        capture_output=True,
        text=True,
        check=True,
    )
    once, not_once = (int(value) for value in result.stdout.split()[-2:])

    ordered = sorted(latencies)
    print(f"\nSoak: {args.minutes} min at a target of {args.rate} req/s, {args.concurrency} clients")
    print(f"requests served: {len(latencies)} ({len(latencies) / elapsed:.1f}/s)")
    print(f"errors: {len(errors)}")
    for error in errors[:10]:
        print(f"  {error}")
    if ordered:
        print(f"latency p50: {statistics.median(ordered) * 1000:.0f} ms")
        print(f"latency p99: {ordered[int(len(ordered) * 0.99) - 1] * 1000:.0f} ms")
    for pid, before in memory_before.items():
        after = memory_after.get(pid)
        growth = "worker restarted" if after is None else f"{(after - before) / 1024:+.1f} MB"
        print(f"worker {pid}: {before / 1024:.1f} MB -> {growth}")
    print(f"submissions accepted: {len(accepted)}; stored exactly once: {once}; missing or duplicated: {not_once}")
    return 0 if not errors and not_once == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
