#!/usr/bin/env python
"""Flood test (not part of `make test`): 500 children's voice posts from one address in a minute.

Builds a fresh PostgreSQL database with the demo content, serves it with the production
settings under gunicorn, with the production spam guards (5 posts per 10 minutes per address,
3 seconds from showing to sending), and sends --posts messages from one address spread over
--seconds. Rule one of the form is that no child's words are lost: every post must be answered
with the thank-you redirect and every message stored exactly once; those over the limit or
replaying a start token are marked for reviewers, not refused. Prints the counts.

    .venv/bin/python scripts/flood.py                      # 500 posts in 60 seconds
    .venv/bin/python scripts/flood.py --posts 50 --seconds 10

Needs PostgreSQL (FLOOD_DATABASE_URL, default postgres://kscb:kscb@127.0.0.1:5432/kscb_flood) and
Redis (FLOOD_REDIS_URL, default redis://127.0.0.1:6379/6), where every worker counts the rate limit.
Both are emptied first: give the script databases of its own.
"""

import argparse
import os
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode, urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.soak import manage, recreate_database  # noqa: E402
from tests.live_server import serve, stop  # noqa: E402

FORM = "/have-your-say/"
HEADERS = {"X-Forwarded-Proto": "https", "User-Agent": "kscb-flood"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("FLOOD_DATABASE_URL", "postgres://kscb:kscb@127.0.0.1:5432/kscb_flood"),
    )
    parser.add_argument("--redis-url", default=os.environ.get("FLOOD_REDIS_URL", "redis://127.0.0.1:6379/6"))
    return parser.parse_args()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def show_form(base):
    request = urllib.request.Request(base + FORM, headers=HEADERS)  # noqa: S310 - our own loopback server
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        html = response.read().decode()
        cookie = re.search(r"csrftoken=([^;]+)", response.headers.get("Set-Cookie", "")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    started = re.search(r'name="started" value="([^"]+)"', html).group(1)
    return cookie, token, started


def main():
    args = parse_args()
    recreate_database(args.database_url)
    import redis

    redis.Redis.from_url(args.redis_url).flushdb()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kscb_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url,
        "STATIC_ROOT": tempfile.mkdtemp(prefix="kscb-flood-static-"),
        "MEDIA_ROOT": tempfile.mkdtemp(prefix="kscb-flood-media-"),
        "KSCB_SERVE_MEDIA": "true",
    }
    print("Building the demo database ...", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput")
    server, base = serve(env, workers=args.workers)
    host = urlparse(base).netloc
    marker = f"Flood {time.time_ns()}"
    try:
        cookie, token, started = show_form(base)
        time.sleep(3.5)  # as a person would take, longer than the production minimum
        opener = urllib.request.build_opener(NoRedirect)
        interval = args.seconds / args.posts
        began = time.monotonic()
        lock = threading.Lock()
        statuses = Counter()

        def send(number):
            time.sleep(max(0.0, began + number * interval - time.monotonic()))
            form = {
                "csrfmiddlewaretoken": token,
                "started": started,  # one page view, sent 500 times: a flood replays its token
                "message": f"{marker} #{number}: I want more clubs after school",
                "wants_reply": "no",
            }
            request = urllib.request.Request(  # noqa: S310 - our own loopback server
                base + FORM,
                data=urlencode(form).encode(),
                headers={
                    **HEADERS,
                    "Cookie": f"csrftoken={cookie}",
                    "Referer": f"https://{host}{FORM}",
                    "Content-Type": "application/x-www-form-urlencoded",
                },
            )
            try:
                status = opener.open(request, timeout=60).status
            except urllib.error.HTTPError as error:
                status = error.code
            except Exception as error:  # noqa: BLE001 - every failure is counted and reported
                status = type(error).__name__
            with lock:
                statuses[status] += 1

        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            list(pool.map(send, range(args.posts)))
        seconds = time.monotonic() - began
        check = (
            "from django.db.models import Count\n"
            "from feedback.models import Submission, UrgentNotification\n"
            f"rows = Submission.objects.filter(message__startswith={marker!r})\n"
            "numbers = [m.split('#')[1].split(':')[0] for m in rows.values_list('message', flat=True)]\n"
            "print(rows.count(), len(set(numbers)), rows.filter(possible_flood=True).count(),\n"
            "      rows.filter(possible_spam=True).count(), UrgentNotification.objects.count())\n"
        )
        output = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", check],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        stored, distinct, flood, spam, notifications = (int(value) for value in output[-5:])
    finally:
        stop(server)
    print(f"{args.posts} posts from one address in {seconds:.1f}s; answers: {dict(statuses)}")
    print(f"stored {stored} ({distinct} distinct; each exactly once: {stored == distinct == args.posts})")
    print(f"marked possible flood {flood}, possible spam {spam}; urgent notifications {notifications}")
    ok = statuses == Counter({302: args.posts}) and stored == distinct == args.posts
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
