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

The alerts worker (`manage.py db_worker --backend alerts`) runs alongside, sending by SMTP to a
mail sink this script owns, so the alert emails are counted as they leave: marked messages must
be told about in groups (one email per KSCB_FEEDBACK_FLAGGED_GROUP_SECONDS, --group-seconds
here), never one email each. Every tenth message is one triage flags as urgent.
"""

import argparse
import os
import re
import secrets
import socketserver
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
        "--group-seconds", type=int, default=20, help="KSCB_FEEDBACK_FLAGGED_GROUP_SECONDS: how long a group waits"
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("FLOOD_DATABASE_URL", "postgres://kscb:kscb@127.0.0.1:5432/kscb_flood"),
    )
    parser.add_argument("--redis-url", default=os.environ.get("FLOOD_REDIS_URL", "redis://127.0.0.1:6379/6"))
    return parser.parse_args()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class MailSink(socketserver.ThreadingTCPServer):
    """Just enough SMTP to take every email the worker sends, and count them."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), SmtpHandler)
        self.subjects = []
        self.lock = threading.Lock()
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def port(self):
        return self.server_address[1]


class SmtpHandler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 flood mail sink")
        while line := self.rfile.readline():
            command = line.decode(errors="replace").strip().upper()
            if command.startswith("EHLO"):
                self.reply("250-flood mail sink")
                self.reply("250 8BITMIME")
            elif command.startswith("DATA"):
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                subject = ""
                while (data := self.rfile.readline()) not in (b".\r\n", b".\n", b""):
                    if data.lower().startswith(b"subject:") and not subject:
                        subject = data.decode(errors="replace").split(":", 1)[1].strip()
                with self.server.lock:
                    self.server.subjects.append(subject)
                self.reply("250 OK")
            elif command.startswith("QUIT"):
                self.reply("221 Bye")
                return
            else:  # HELO, MAIL, RCPT, RSET, NOOP
                self.reply("250 OK")


def pending_alerts(database_url):
    import psycopg

    with psycopg.connect(database_url) as conn:
        return conn.execute("SELECT count(*) FROM feedback_alert WHERE sent_at IS NULL").fetchone()[0]


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
    sink = MailSink()
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
        # Alerts leave by SMTP to the sink: production refuses console, locmem and file mail.
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(sink.port),
        "KSCB_FEEDBACK_DUTY_EMAIL": "duty@safeguarding.kscb.internal",
        "KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL": "out-of-hours@safeguarding.kscb.internal",
        "KSCB_FEEDBACK_FLAGGED_GROUP_SECONDS": str(args.group_seconds),
        "LOG_LEVEL": "WARNING",
    }
    print("Building the demo database ...", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput")
    server, base = serve(env, workers=args.workers)
    worker = subprocess.Popen([sys.executable, "manage.py", "db_worker", "--backend", "alerts"], cwd=ROOT, env=env)
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
                "message": f"{marker} #{number}: "
                + ("I dont feel safe at home" if number % 10 == 9 else "I want more clubs after school"),
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
        # The last group's email leaves --group-seconds after it opened: wait for the outbox to empty.
        deadline = time.monotonic() + args.group_seconds + 120
        while pending_alerts(args.database_url) and time.monotonic() < deadline:
            time.sleep(2)
        time.sleep(2)
        check = (
            "from feedback.models import Alert, Submission\n"
            f"rows = Submission.objects.filter(message__startswith={marker!r})\n"
            "numbers = [m.split('#')[1].split(':')[0] for m in rows.values_list('message', flat=True)]\n"
            "print(rows.count(), len(set(numbers)), rows.filter(possible_flood=True).count(),\n"
            "      rows.filter(possible_spam=True).count(), rows.filter(urgent=True).count(),\n"
            "      Alert.objects.filter(sent_at__isnull=False).count(), Alert.objects.filter(sent_at=None).count())\n"
        )
        output = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", check],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        stored, distinct, flood, spam, urgent, alerts_sent, alerts_waiting = (int(value) for value in output[-7:])
    finally:
        stop(server)
        stop(worker)
        sink.shutdown()
    emails = Counter(sink.subjects)
    print(f"{args.posts} posts from one address in {seconds:.1f}s; answers: {dict(statuses)}")
    print(f"stored {stored} ({distinct} distinct; each exactly once: {stored == distinct == args.posts})")
    print(f"marked possible flood {flood}, possible spam {spam}; flagged urgent by triage {urgent}")
    print(
        f"alert emails sent by the worker: {len(sink.subjects)} (alerts sent {alerts_sent}, still waiting "
        f"{alerts_waiting}; groups of {args.group_seconds}s)"
    )
    for subject, count in emails.items():
        print(f"  {count} x {subject}")
    # One email per group window over the time the posts really took (a loaded machine sends them slower).
    windows = max(args.seconds, seconds) / args.group_seconds
    grouped = 0 < len(sink.subjects) <= windows + 2 and alerts_waiting == 0
    ok = statuses == Counter({302: args.posts}) and stored == distinct == args.posts and grouped
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
