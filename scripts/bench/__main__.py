#!/usr/bin/env python
"""`make bench`: how fast the site is, measured as production runs it, against issue 17's floors.

1. Recreates a PostgreSQL database, migrates, loads the demo, counts queries per page,
   then builds the large data set (scripts/bench/, `--scale`), pre-generates renditions
   and collects static files; counts queries per page again at scale.
2. Times the first view of each page type after a publish with every cache empty, in this
   process (Django's test client, production settings, median of 10).
3. Starts gunicorn with the production settings (PostgreSQL, Redis, WhiteNoise), page cache
   off: drives each page type and one static file with wrk (requests/s) and ab (p50/p95/p99);
   runs searches for many different words, none repeated; then soaks the server with mixed
   traffic for `--soak-minutes` and reads each worker's resident memory.
4. Starts it again with the page cache on and measures each page type and the static file.
5. Weighs each page (HTML+CSS+JS compressed; with images), lists third-party requests,
   runs Lighthouse (mobile) when npx and Chromium are there, counts the product's lines.
6. Writes docs/benchmarks.md: the table, what each column means, each floor PASS or FAIL.

Needs PostgreSQL, Redis, wrk and ab (apache2-utils); see `--help` for where they are looked for.
"""

import argparse
import concurrent.futures
import datetime
import gzip
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlparse, urlunparse

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WRK_SCRIPT = ROOT / "scripts" / "wrk_percentiles.lua"
LIGHTHOUSE = "lighthouse@12.2.3"
LIGHTHOUSE_PAGE_TYPES = ("home", "campaign", "resource library")
LIGHTHOUSE_ATTEMPTS = 3
# Issue 17's floors. Each is checked in the same run as the static file it is compared with.
FLOORS = {
    "cached_ratio": 0.50,  # a page-cache hit answers at least half as many requests/s as a static file
    "uncached_p95_ms": 100,  # page cache off, 4 clients: every response rendered
    "search_p95_ms": 300,  # page cache off, 4 clients, different words each request
    "search_queries": 50,  # at least this many different searches, none repeated
    "first_view_ms": 400,  # first view after a publish, every cache empty: median of 10
    "queries_on_miss": 30,  # database queries for one page on a page-cache miss
    "worker_rss_mb": 200,  # each gunicorn worker's resident memory during and after the soak
    "page_weight_bytes": 40 * 1024,
}
FIRST_VIEWS = 10
SEARCH_QUERIES = 200
# The product apps whose lines are counted: what the board maintains (not tests, migrations, demo or benchmark).
PRODUCT_APPS = (
    "accounts",
    "campaigns",
    "feedback",
    "home",
    "kscb_site",
    "languages",
    "pagefeedback",
    "resources",
    "training",
    "worried",
)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 1,000 news items, 10,000 resources, ...")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", "postgres://kscb:kscb@127.0.0.1:5432/kscb_bench"),
        help="PostgreSQL database to (re)create for the run (env BENCH_DATABASE_URL).",
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12"),
        help="Redis database for the cache; it is flushed (env BENCH_REDIS_URL).",
    )
    parser.add_argument("--duration", type=int, default=10, help="Seconds of wrk per URL.")
    parser.add_argument(
        "--warmup", type=int, default=2, help="Seconds of discarded wrk load per URL before each timed run."
    )
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers.")
    parser.add_argument(
        "--soak-minutes", type=float, default=10, help="Minutes of mixed traffic before memory is read."
    )
    parser.add_argument("--search-queries", type=int, default=SEARCH_QUERIES, help="Different searches to time.")
    parser.add_argument(
        "--lines-before", default="", help="A commit whose product line count is shown beside this one's (optional)."
    )
    parser.add_argument("--reuse-data", action="store_true", help="Keep the database from the last run.")
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks.md"))
    return parser.parse_args()


def log(message):
    print(f"[bench {datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def recreate_database(url):
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    with psycopg.connect(urlunparse(parsed._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def production_environment(args, media_root):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kscb_site.settings.production",
        "SECRET_KEY": "bench-only-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "off",
        "KSCB_DEMO_MODE": "off",
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url,
        "MEDIA_ROOT": str(media_root),
        # Media from the app server's disk, standing in for S3 (or its CDN domain) in production.
        "KSCB_SERVE_MEDIA": "on",
        "LOG_LEVEL": "WARNING",
        # Production refuses to start without alert addresses (feedback/checks.py).
        "KSCB_FEEDBACK_DUTY_EMAIL": "duty@safeguarding.kscb.internal",
        "KSCB_FEEDBACK_OUT_OF_HOURS_EMAIL": "out-of-hours@safeguarding.kscb.internal",
    }


def empty_every_cache():
    """Every cache Django knows of emptied (the page cache and its generation, renditions,
    Wagtail's site roots...), as after a publish on a fresh Redis; Django's per-process
    content-type cache too."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    ContentType.objects.clear_cache()


def count_queries_per_page(urls):
    """Database queries for each page on a page-cache miss: {page type: (cold, warm)}.

    Cold: the first view with every cache empty. Warm: the next view, page cache off, with
    Django's cache (renditions, site roots, settings) as the first view left it.
    """
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    with override_settings(KSCB_PAGE_CACHE_SECONDS=0):
        for page_type, path in urls.items():
            views = []
            empty_every_cache()
            for _ in range(2):
                with CaptureQueriesContext(connection) as captured:
                    response = client.get(path)
                if response.status_code != 200:
                    raise SystemExit(f"{page_type} ({path}) answered {response.status_code}")
                views.append(len(captured.captured_queries))
            counts[page_type] = tuple(views)
    return counts


def time_first_views(urls, repeats=FIRST_VIEWS):
    """Milliseconds for the first view of each page after a publish, every cache empty: the
    median of `repeats`, in this process with the production settings and the page cache on."""
    from django.test import Client

    from kscb_site.page_cache import CACHE_HEADER, start_new_generation

    client = Client(HTTP_HOST="127.0.0.1")
    medians = {}
    for page_type, path in urls.items():
        client.get(path)  # this process's templates and connections, as in a worker that has served before
        times = []
        for _ in range(repeats):
            empty_every_cache()
            start_new_generation()
            started = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200 or response.get(CACHE_HEADER) == "hit":
                raise SystemExit(f"{page_type} ({path}): {response.status_code} {response.get(CACHE_HEADER)}")
        medians[page_type] = statistics.median(times)
        log(f"first view: {page_type} {medians[page_type]:.0f} ms")
    return medians


def search_queries(count):
    """`count` different searches made of words in the data: single words, then word pairs from titles."""
    from wagtail.models import Page

    words, pairs = Counter(), Counter()
    for title in Page.objects.live().values_list("title", flat=True).iterator():
        title_words = re.findall(r"[a-z]{4,}", title.lower())
        words.update(title_words)
        pairs.update(" ".join(pair) for pair in zip(title_words, title_words[1:], strict=False))
    singles = [word for word, _n in words.most_common(count // 2)]
    doubles = [pair for pair, _n in pairs.most_common(count)]
    queries = list(dict.fromkeys(singles + doubles))[:count]
    return queries


def timed_get(url):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})  # noqa: S310 - loopback
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        response.read()
        status = response.status
    return status, (time.perf_counter() - started) * 1000


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def measure_search(server, queries, clients):
    """Each search once, `clients` at a time: p50/p95/p99 over different words (no result cache can help)."""
    urls = [server.url + "/search/?" + urlencode({"q": query}) for query in queries]
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=clients) as pool:
        results = list(pool.map(timed_get, urls))
    elapsed = time.perf_counter() - started
    failed = [status for status, _ms in results if status != 200]
    if failed:
        raise SystemExit(f"searches failed: {failed[:5]}")
    times = [ms for _status, ms in results]
    return {
        "count": len(times),
        "distinct": len(set(queries)),
        "rate": len(times) / elapsed,
        "p50": percentile(times, 0.50),
        "p95": percentile(times, 0.95),
        "p99": percentile(times, 0.99),
    }


def worker_memory_mb(master_pid):
    """Resident memory (MB) of each gunicorn worker, read from /proc."""
    memory = {}
    for pid in Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split():
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:  # recycled this instant
            continue
        memory[pid] = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
    return memory


def soak(server, urls, queries, minutes, clients):
    """Mixed reader traffic, `clients` at a time, for `minutes`: every page type, different searches,
    resource-library filters; workers' memory sampled every 5 s. gunicorn recycles workers after
    its max_requests, as in production."""
    paths = list(urls.values())
    paths += ["/search/?" + urlencode({"q": query}) for query in queries]
    library = urls.get("resource library")
    if library:
        paths += [library + f"?page={number}" for number in range(1, 6)]
    stop_at = time.monotonic() + minutes * 60
    served, errors, lock = Counter(), [], threading.Lock()

    def run(offset):
        number = offset
        while time.monotonic() < stop_at:
            path = paths[number % len(paths)]
            number += clients
            try:
                status, _ms = timed_get(server.url + path)
                with lock:
                    served[status] += 1
            except Exception as error:  # noqa: BLE001 - every failure is counted and reported
                with lock:
                    errors.append(f"{path}: {error!r}")

    threads = [threading.Thread(target=run, args=(offset,)) for offset in range(clients)]
    for thread in threads:
        thread.start()
    peak = {}
    while time.monotonic() < stop_at:
        for pid, mb in worker_memory_mb(server.process.pid).items():
            peak[pid] = max(peak.get(pid, 0), mb)
        time.sleep(5)
    for thread in threads:
        thread.join()
    after = worker_memory_mb(server.process.pid)
    return {
        "minutes": minutes,
        "requests": sum(served.values()),
        "non_200": sum(n for status, n in served.items() if status != 200),
        "errors": errors[:5],
        "error_count": len(errors),
        "after": sorted(after.values()),
        "peak": max(peak.values(), default=0),
        "workers_seen": len(peak),
    }


def is_product_code(path):
    """Python the board maintains: in a product app, not a test, migration, demo content or benchmark builder."""
    parts = Path(path).parts
    return (
        path.endswith(".py")
        and parts[0] in PRODUCT_APPS
        and not {"tests", "migrations", "demo"} & set(parts)
        and "load_demo" not in parts[-1]
        and not parts[-1].startswith(("demo", "test_", "bench"))
    )


def count_lines(commit=None):
    """Lines of the product apps' Python (`is_product_code`), at `commit` (read with git) or in the working tree."""
    counted = is_product_code

    if commit:
        names = subprocess.run(
            ["git", "ls-tree", "-r", "--name-only", commit], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
        files = [name for name in names if counted(name)]
        texts = [
            subprocess.run(["git", "show", f"{commit}:{name}"], cwd=ROOT, capture_output=True, text=True).stdout
            for name in files
        ]
    else:
        files = [str(path.relative_to(ROOT)) for app in PRODUCT_APPS for path in (ROOT / app).rglob("*.py")]
        files = [name for name in files if counted(name)]
        texts = [(ROOT / name).read_text(encoding="utf-8") for name in files]
    return {"files": len(files), "lines": sum(text.count("\n") for text in texts)}


def collect_urls():
    from scripts.bench import bench_modules

    urls = {}
    for module in bench_modules():
        urls.update(module.bench_urls())
    return urls


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn as production runs it (gunicorn.conf.py), on loopback."""

    def __init__(self, env, workers, page_cache_seconds):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "kscb_site.wsgi", "-c", "gunicorn.conf.py"]
            + ["--bind", f"127.0.0.1:{self.port}", "--workers", str(workers), "--log-level", "warning"],
            cwd=ROOT,
            env={**env, "KSCB_PAGE_CACHE_SECONDS": str(page_cache_seconds)},
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(self.url + "/", timeout=5)  # noqa: S310 - our loopback server
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise SystemExit("gunicorn did not start") from None
                time.sleep(0.3)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def fetch(url, encoding="identity"):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})  # noqa: S310 - loopback
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.status, dict(response.headers), response.read()


def run_wrk(url, args, duration=None):
    output = subprocess.run(
        ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{duration or args.duration}s", "--timeout", "10s"]
        + ["-s", str(WRK_SCRIPT), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    figures = dict(re.findall(r"(\w+)=(\d+)", output.split("BENCH", 1)[1]))
    if int(figures["errors"]):
        raise SystemExit(f"wrk saw {figures['errors']} errors on {url}:\n{output}")
    return {
        "rate": rate,
        "p50": int(figures["p50"]) / 1000,
        "p95": int(figures["p95"]) / 1000,
        "p99": int(figures["p99"]) / 1000,
    }


def run_ab(url, args):
    """Latency percentiles from ApacheBench at the same concurrency, on the warm server.

    wrk gives the request rate; its own percentiles are not consistent with that rate
    when the server closes every connection, as gunicorn's sync workers do (p95 of
    700 ms beside 1,900 requests/s over 4 connections; wg/wrk#438). ab times each
    request from connect to last byte, which is what a reader waits.
    """
    seconds = max(3, args.duration // 2)
    with tempfile.NamedTemporaryFile(suffix=".csv") as csv:
        output = subprocess.run(
            ["ab", "-q", "-c", str(args.connections), "-t", str(seconds), "-s", "10"] + ["-e", csv.name, url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        # ab's CSV gives every percentile from 0 to 100 (its text report leaves them out at times).
        rows = [line.split(",") for line in Path(csv.name).read_text().splitlines()[1:]]
    # "Failed requests" also counts responses whose length differs (a per-request CSRF token); not errors.
    errors = sum(int(n) for n in re.findall(r"\((?:Connect|Receive|Exceptions): (\d+)", output))
    errors += sum(int(n) for n in re.findall(r"Non-2xx responses:\s+(\d+)", output))
    if errors or not rows:
        raise SystemExit(f"ab saw {errors} errors on {url}:\n{output}")
    percentiles = {int(float(p)): float(ms) for p, ms in rows}
    return {"p50": percentiles[50], "p95": percentiles[95], "p99": percentiles[99]}


def warmed_wrk(url, args):
    """wrk on a warm server: a discarded run first, so that every worker has loaded its
    templates and connections (and the page cache is filled) before anything is timed."""
    if args.warmup > 0:
        run_wrk(url, args, duration=args.warmup)
    result = run_wrk(url, args)
    try:
        result.update(run_ab(url, args))
    except SystemExit as failure:  # shown as a missed floor, never hidden and never the end of the run
        log(str(failure)[:2000])
        result.update({"p50": float("nan"), "p95": float("nan"), "p99": float("nan")})
    return result


def measure(server, urls, static_path, args, label):
    log(f"{label}: warming up")
    cache_states = {}
    for page_type, path in urls.items():
        for _ in range(3):
            _status, headers, _body = fetch(server.url + path)
        cache_states[page_type] = headers.get("X-Page-Cache", "not cached")
    results = {"static": warmed_wrk(server.url + static_path, args)}
    log(f"{label}: static file {results['static']['rate']:.0f} requests/s")
    for page_type, path in urls.items():
        results[page_type] = warmed_wrk(server.url + path, args)
        results[page_type]["cache"] = cache_states[page_type]
        log(f"{label}: {page_type} {results[page_type]['rate']:.0f} requests/s, p95 {results[page_type]['p95']:.1f} ms")
    return results


class AssetParser(HTMLParser):
    """What a browser would load for a page: stylesheets, scripts, images."""

    def __init__(self):
        super().__init__()
        self.styles, self.scripts, self.images, self.other = [], [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in {"stylesheet", "preload", "icon", "modulepreload", "manifest"}:
            (self.styles if attrs.get("rel") == "stylesheet" else self.other).append(attrs.get("href", ""))
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        elif tag == "img" and attrs.get("src"):
            self.images.append(attrs["src"])
        elif tag in {"source", "img"} and attrs.get("srcset"):
            self.other.extend(candidate.split()[0] for candidate in attrs["srcset"].split(","))
        elif tag in {"iframe", "audio", "video", "embed", "object"}:
            self.other.append(attrs.get("src") or attrs.get("data") or "")


def weigh(server, path):
    """Bytes over the wire: HTML gzip-compressed (as a CDN or proxy sends it), CSS and JS as WhiteNoise serves them."""
    from django.conf import settings
    from django.core.files.storage import default_storage

    _status, _headers, html = fetch(server.url + path)
    parser = AssetParser()
    parser.feed(html.decode())
    text_bytes = len(gzip.compress(html, compresslevel=6))
    for asset in parser.styles + parser.scripts:
        _status, _headers, body = fetch(server.url + asset, encoding="br, gzip")
        text_bytes += len(body)
    image_bytes = 0
    for image in parser.images:
        if image.startswith(settings.MEDIA_URL) and default_storage.exists(image[len(settings.MEDIA_URL) :]):
            image_bytes += default_storage.size(image[len(settings.MEDIA_URL) :])
    everything = parser.styles + parser.scripts + parser.images + parser.other
    third_party = sorted({url for url in everything if urlparse(url).netloc not in {"", f"127.0.0.1:{server.port}"}})
    return {"text": text_bytes, "with_images": text_bytes + image_bytes, "third_party": third_party}


def lighthouse(server, urls, out_dir):
    """Lighthouse 12.2.3, mobile profile, with Debian's Chromium.

    Returns {"scores": {page: scores}, "errors": {page: why it could not run}}, or {"error": ...} when it cannot.
    """
    npx, chromium = shutil.which("npx"), shutil.which("chromium")
    if not npx or not chromium:
        return {"error": "npx or chromium is not installed"}
    scores, errors = {}, {}
    for page_type in LIGHTHOUSE_PAGE_TYPES:
        path = urls.get(page_type) or (urls.get("news index") if page_type != "home" else None)
        if not path:
            continue
        label = page_type if page_type in urls else f"{page_type} (not in this build; news index instead)"
        report = out_dir / f"lighthouse-{page_type.replace(' ', '-')}.json"
        # On a busy machine Chromium now and then loses the trace (NO_NAVSTART): the same run again succeeds.
        for _attempt in range(LIGHTHOUSE_ATTEMPTS):
            result = run_lighthouse(npx, chromium, server.url + path, report)
            if "scores" in result:
                scores[label] = result["scores"]
                errors.pop(label, None)
                break
            errors[label] = result["error"]
    return {"scores": scores, "errors": errors}


def run_lighthouse(npx, chromium, url, report):
    report.unlink(missing_ok=True)
    completed = subprocess.run(
        [npx, "--yes", LIGHTHOUSE, url, "--quiet", "--output=json", f"--output-path={report}"]
        + ["--only-categories=performance,accessibility,best-practices,seo"]
        + ["--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": chromium},
        timeout=300,
    )
    if completed.returncode != 0 or not report.exists():
        return {"error": (completed.stderr or completed.stdout).strip()[-800:] or "lighthouse failed"}
    result = json.loads(report.read_text())
    categories = result["categories"]
    if any(category["score"] is None for category in categories.values()):
        return {"error": result.get("runtimeError", {}).get("message", "a category has no score")}
    return {"scores": {name: round(category["score"] * 100) for name, category in categories.items()}}


def versions(args):
    import django
    import psycopg
    import redis
    import wagtail

    with psycopg.connect(args.database_url) as conn:
        postgres = conn.execute("SHOW server_version").fetchone()[0]
    redis_version = redis.Redis.from_url(args.redis_url).info()["redis_version"]
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split()[1]
    gunicorn_version = (
        subprocess.run([sys.executable, "-m", "gunicorn", "--version"], capture_output=True, text=True)
        .stdout.split()[-1]
        .strip("()")
    )
    return {
        "Python": platform.python_version(),
        "Django": django.get_version(),
        "Wagtail": wagtail.__version__,
        "PostgreSQL": postgres,
        "Redis": redis_version,
        "gunicorn": gunicorn_version,
        "wrk": wrk_version,
    }


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    memory_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    load = os.getloadavg()
    return (
        f"{os.cpu_count()} cores ({cpu}), {memory_kb / 1024 / 1024:.1f} GB RAM, {platform.system()} "
        f"{platform.release()}; load average before the run {load[0]:.2f}"
    )


def check_floors(urls, uncached, cached, queries_demo, queries_scale, first_views, search, memory, weights):
    """[(floor, passed, figure)], one line per floor and page type; none is left out when it fails."""
    lines = []
    for page_type in urls:
        u, c = uncached[page_type], cached[page_type]
        if c["cache"] == "hit":
            ratio = c["rate"] / cached["static"]["rate"]
            lines.append(
                (f"{page_type}: page-cache hit ≥ 50% of static", ratio >= FLOORS["cached_ratio"], f"{ratio:.1%}")
            )
        if page_type != "search":  # search has its own floor, over different words
            lines.append(
                (
                    f"{page_type}: page cache off, p95 < 100 ms",
                    u["p95"] < FLOORS["uncached_p95_ms"],
                    f"{u['p95']:.0f} ms",
                )
            )
        first = first_views[page_type]
        lines.append(
            (f"{page_type}: first view after a publish < 400 ms", first < FLOORS["first_view_ms"], f"{first:.0f} ms")
        )
        demo_cold, demo_warm = queries_demo.get(page_type, (None, None))
        cold, warm = queries_scale[page_type]
        flat = demo_cold is None or (cold <= demo_cold and warm <= demo_warm)
        lines.append(
            (
                f"{page_type}: queries flat from the demo to scale, ≤ 30 on a miss",
                flat and cold <= FLOORS["queries_on_miss"],
                f"cold / warm {demo_cold} / {demo_warm} with the demo, {cold} / {warm} at scale",
            )
        )
        weight = weights[page_type]["text"]
        lines.append(
            (f"{page_type}: HTML+CSS+JS < 40 KB", weight < FLOORS["page_weight_bytes"], f"{weight / 1024:.1f} KB")
        )
        third = weights[page_type]["third_party"]
        lines.append((f"{page_type}: no third-party request", not third, ", ".join(third) or "none"))
    lines.append(
        (
            f"search: p95 < 300 ms over ≥ {FLOORS['search_queries']} different queries",
            search["p95"] < FLOORS["search_p95_ms"] and search["distinct"] >= FLOORS["search_queries"],
            f"{search['p95']:.0f} ms over {search['distinct']} different queries",
        )
    )
    lines.append(
        (
            f"memory: each worker's RSS < 200 MB during and after a {memory['minutes']:g}-minute soak",
            0 < memory["peak"] < FLOORS["worker_rss_mb"] and memory["minutes"] >= 10,
            f"peak {memory['peak']:.0f} MB; after: " + ", ".join(f"{mb:.0f} MB" for mb in memory["after"]),
        )
    )
    lines.append(
        (
            "soak: every request answered 200",
            memory["non_200"] == 0 and memory["error_count"] == 0,
            f"{memory['requests']} requests, {memory['non_200']} not 200, {memory['error_count']} errors "
            + "; ".join(memory["errors"]),
        )
    )
    return lines


COLUMNS = """\
What each column means:

- **Page cache**: whether the page is kept in the shared page cache for readers without a session (`hit`
  once the first reader has had it), or is never cached (forms, search).
- **Hit req/s** and **× static**: requests per second gunicorn answered with the page cache on, and that
  rate as a share of the static file's rate measured the same way in the same run. What a reader gets
  when the CDN misses but the page cache has the page. Floor: at least 50% on every cached page type.
- **Hit p50 / p95**: time to the last byte (ms) with the page cache on, at the same concurrency.
- **Off req/s** and **Off p50 / p95 / p99**: the page cache off, so each response is rendered by Wagtail
  from PostgreSQL, with Django's cache (Redis: renditions, site roots) warm; what the first reader
  after each publish waits. Floor: p95 under 100 ms at 4 concurrent clients.
- **First view**: the first view of the page after a publish with every cache empty (Redis flushed,
  new page-cache generation, content types re-read), in-process through Django's test client with the
  production settings; median of 10. Floor: under 400 ms.
- **Queries cold / warm**: database queries for one view on a page-cache miss, first with every cache
  empty, then with Django's cache warm; with the demo content → at scale. Floor: no more at scale than
  with the demo (flat as content grows) and at most 30 cold.
- **HTML+CSS+JS**: bytes over the wire, HTML gzip -6 (as a CDN sends it), CSS and JS as WhiteNoise sends
  them (Brotli). **With images** adds each `<img>`'s fallback file. Floor: under 40 KB of text.
"""


def write_report(
    path,
    args,
    info,
    urls,
    uncached,
    cached,
    queries_demo,
    queries_scale,
    first_views,
    search,
    memory,
    lines,
    weights,
    floors,
    lh,
):
    def ms(result):
        return f"{result['p50']:.0f} / {result['p95']:.0f}"

    def ms3(result):
        return f"{result['p50']:.0f} / {result['p95']:.0f} / {result['p99']:.0f}"

    command = "make bench BENCH_ARGS='" + " ".join(sys.argv[1:]) + "'" if sys.argv[1:] else "make bench"
    static_u, static_c = uncached["static"], cached["static"]
    rows = [
        "| Page type | URL | Page cache | Hit req/s | × static | Hit p50 / p95 ms | Off req/s | Off p50 / p95 / p99 ms "
        "| First view ms | Queries cold / warm (demo → scale) | HTML+CSS+JS | With images |",
        "| --- | --- | --- | ---: | ---: | --- | ---: | --- | ---: | --- | ---: | ---: |",
        f"| static file | `{info['static_path']}` | — | {static_c['rate']:.0f} | 100% | {ms(static_c)} "
        f"| {static_u['rate']:.0f} | {ms3(static_u)} | — | 0 | — | — |",
    ]
    for page_type, url in urls.items():
        u, c = uncached[page_type], cached[page_type]
        demo = queries_demo.get(page_type)
        demo_text = f"{demo[0]} / {demo[1]}" if demo else "—"
        scale = queries_scale[page_type]
        rows.append(
            f"| {page_type} | `{url}` | {c['cache']} | {c['rate']:.0f} | {c['rate'] / static_c['rate']:.1%} | {ms(c)} "
            f"| {u['rate']:.0f} | {ms3(u)} | {first_views[page_type]:.0f} "
            f"| {demo_text} → {scale[0]} / {scale[1]} | {weights[page_type]['text'] / 1024:.1f} KB "
            f"| {weights[page_type]['with_images'] / 1024:.1f} KB |"
        )
    floor_lines = [f"- {'PASS' if ok else 'FAIL'}: {name} ({figure})" for name, ok, figure in floors]
    failed = sum(1 for _name, ok, _figure in floors if not ok)
    if lh.get("error"):
        lighthouse_lines = [f"Lighthouse did not run: `{lh['error']}`"]
    else:
        lighthouse_lines = [
            "| Page | Performance | Accessibility | Best practices | SEO |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        for page, scores in lh.get("scores", {}).items():
            values = [scores.get(name) for name in ("performance", "accessibility", "best-practices", "seo")]
            lighthouse_lines.append(f"| {page} | " + " | ".join(str(value) for value in values) + " |")
        for page, error in lh.get("errors", {}).items():
            reason = " ".join(error.split()).replace("`", "'").replace("|", "/")
            lighthouse_lines.append(f"| {page} | could not run ({LIGHTHOUSE_ATTEMPTS} tries): `{reason}` | | | |")
    lines_text = f"{lines['now']['lines']:,} lines in {lines['now']['files']} files"
    if lines.get("before"):
        lines_text += (
            f" (at {args.lines_before}: {lines['before']['lines']:,} lines in {lines['before']['files']} files)"
        )
    text = "\n".join(
        [
            "# Benchmarks",
            "",
            "Written by `scripts/bench/` (`make bench`); notes added by hand go at the end. How to read it and how",
            'to plug a new app into the benchmark: see the README section "Production and performance".',
            "",
            f"- Run: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, `{command}`, at {info['commit']}",
            f"- Scale: {args.scale} (1 = 1,000 news items, 10,000 resources, 50 campaigns × 50 assets, "
            "100,000 feedback submissions, for the apps that are installed)",
            f"- Machine: {info['machine']}",
            "- Versions: " + ", ".join(f"{name} {version}" for name, version in info["versions"].items()),
            f"- Server: gunicorn `gunicorn.conf.py` (workers recycled after 2,000 ± 200 requests), {args.workers} "
            "sync workers, production settings (PostgreSQL, django-redis cache, WhiteNoise); page cache off, then on",
            f"- Load: wrk -t{args.threads} -c{args.connections} -d{args.duration}s on loopback for requests/s, "
            f"after 3 warming requests and {args.warmup}s of discarded wrk load per URL; latency percentiles "
            f"from ab -c{args.connections} -t{max(3, args.duration // 2)} right after (wrk's own percentiles "
            "contradict its rate when the server closes each connection, as gunicorn's sync workers do)",
            f"- Result: {len(floors) - failed} floors met, **{failed} missed**",
            "",
            *rows,
            "",
            COLUMNS,
            "## Search over different words",
            "",
            f"{search['count']} searches, {search['distinct']} different (single words and word pairs from the "
            f"titles in the data, none repeated), {args.connections} at a time, page cache off: "
            f"p50 / p95 / p99 {ms3(search)} ms, {search['rate']:.0f} searches/s. Wagtail's database search "
            "backend (PostgreSQL full-text) ranks every one; no result is cached.",
            "",
            "## Memory after the soak",
            "",
            f"{memory['minutes']:g} minutes of mixed reader traffic ({args.connections} clients: every page type, "
            f"the {search['distinct']} searches, the library's pages) against the server "
            f"with the page cache off: {memory['requests']:,} requests, {memory['non_200']} not 200, "
            f"{memory['error_count']} errors. Each worker's resident memory (RSS) after the soak: "
            + ", ".join(f"{mb:.0f} MB" for mb in memory["after"])
            + f"; the most any of the {memory['workers_seen']} workers seen (gunicorn recycles them after "
            f"2,000 ± 200 requests) used, sampled every 5 s: {memory['peak']:.0f} MB.",
            "",
            "## Lines",
            "",
            f"Product apps' Python ({', '.join(PRODUCT_APPS)}), without tests, migrations, demo content and "
            f"benchmark builders: {lines_text}.",
            "",
            "## Floors",
            "",
            *floor_lines,
            "",
            "## Lighthouse (mobile)",
            "",
            *lighthouse_lines,
            "",
        ]
    )
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(text, encoding="utf-8")


def main():
    args = parse_args()
    if not shutil.which("wrk") or not shutil.which("ab"):
        raise SystemExit("wrk and ab are needed: apt-get install wrk apache2-utils")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    info = {"machine": machine(), "commit": commit.stdout.strip() or "an unknown commit"}
    lines = {"now": count_lines()}
    if args.lines_before:
        lines["before"] = count_lines(args.lines_before)
    work_dir = Path(tempfile.mkdtemp(prefix="kscb-bench-"))
    media_root = Path(tempfile.gettempdir()) / "kscb-bench-media"
    if not args.reuse_data:
        log(f"recreating {urlparse(args.database_url).path.lstrip('/')}")
        recreate_database(args.database_url)
        shutil.rmtree(media_root, ignore_errors=True)
    env = production_environment(args, media_root)
    os.environ.update(env)

    import django

    django.setup()
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.core.management import call_command

    from scripts.bench import build_bench_data

    call_command("migrate", "--noinput", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    log("loading the demo content")
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    queries_demo = count_queries_per_page(collect_urls())
    log(f"building the data set at scale {args.scale}")
    build_bench_data(scale=args.scale)
    call_command("generate_renditions")
    urls = collect_urls()
    queries_scale = count_queries_per_page(urls)
    first_views = time_first_views(urls)
    queries = search_queries(args.search_queries)
    empty_every_cache()
    info["static_path"] = staticfiles_storage.url("css/site.css")
    info["versions"] = versions(args)

    server = Server(env, args.workers, page_cache_seconds=0)
    try:
        uncached = measure(server, urls, info["static_path"], args, "page cache off")
        search = measure_search(server, queries, args.connections)
        log(f"search: p95 {search['p95']:.0f} ms over {search['distinct']} different queries")
        log(f"soak: {args.soak_minutes:g} minutes")
        memory = soak(server, urls, queries, args.soak_minutes, args.connections)
        log(f"soak: peak worker RSS {memory['peak']:.0f} MB, after {memory['after']}")
    finally:
        server.stop()
    server = Server(env, args.workers, page_cache_seconds=600)
    try:
        cached = measure(server, urls, info["static_path"], args, "page cache on")
        weights = {page_type: weigh(server, path) for page_type, path in urls.items()}
        lh = {"error": "skipped (--no-lighthouse)"} if args.no_lighthouse else lighthouse(server, urls, work_dir)
    finally:
        server.stop()

    floors = check_floors(urls, uncached, cached, queries_demo, queries_scale, first_views, search, memory, weights)
    write_report(
        args.output,
        args,
        info,
        urls,
        uncached,
        cached,
        queries_demo,
        queries_scale,
        first_views,
        search,
        memory,
        lines,
        weights,
        floors,
        lh,
    )
    log(f"wrote {args.output}")
    for name, ok, figure in floors:
        print(f"{'PASS' if ok else 'FAIL'}  {name}  ({figure})")


if __name__ == "__main__":
    main()
