#!/usr/bin/env python
"""`make bench`: how fast the site is, measured as production runs it.

1. Recreates a PostgreSQL database, migrates, loads the demo, measures queries per
   page, then builds the large data set (scripts/bench/, `--scale`),
   pre-generates renditions and collects static files.
2. Measures queries per page again at scale, in this process (Django's test client).
3. Starts gunicorn with the production settings (Redis cache, WhiteNoise) twice:
   page cache off, then on; drives each page type and one static file with wrk on
   loopback for requests/s, then with ab (ApacheBench) for p50/p95/p99 latency.
4. Weighs each page (HTML+CSS+JS compressed; with images) and lists third-party requests.
5. Runs Lighthouse (mobile) on the key pages when npx and Chromium are there.
6. Writes docs/benchmarks.md.

Needs PostgreSQL, Redis, wrk and ab (apache2-utils); see `--help` for where they are looked for.
"""

import argparse
import datetime
import gzip
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WRK_SCRIPT = ROOT / "scripts" / "wrk_percentiles.lua"
LIGHTHOUSE = "lighthouse@12.2.3"
LIGHTHOUSE_PAGE_TYPES = ("home", "campaign", "resource library")
LIGHTHOUSE_ATTEMPTS = 3
# The query budget tests/home/test_query_counts.py holds every page to, with the demo or far more content.
QUERY_BUDGET = 30
FLOORS = {
    "uncached_ratio": 0.10,
    "uncached_p95_ms": 50,
    "cached_ratio": 0.50,
    "page_weight_bytes": 40 * 1024,
}


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


def count_queries_per_page(urls):
    """Queries for each page with the page cache off, after one warming request."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    with override_settings(KSCB_PAGE_CACHE_SECONDS=0):
        for page_type, path in urls.items():
            client.get(path)
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path)
            if response.status_code != 200:
                raise SystemExit(f"{page_type} ({path}) answered {response.status_code}")
            counts[page_type] = len(captured.captured_queries)
    return counts


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
    output = subprocess.run(
        ["ab", "-q", "-c", str(args.connections), "-t", str(seconds), "-n", "10000000", "-s", "10", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # "Failed requests" also counts responses whose length differs (a per-request CSRF token); not errors.
    errors = sum(int(n) for n in re.findall(r"\((?:Connect|Receive|Exceptions): (\d+)", output))
    errors += sum(int(n) for n in re.findall(r"Non-2xx responses:\s+(\d+)", output))
    if errors:
        raise SystemExit(f"ab saw {errors} errors on {url}:\n{output}")
    percentiles = {int(p): float(ms) for p, ms in re.findall(r"^\s+(\d+)%\s+(\d+)", output, re.MULTILINE)}
    return {"p50": percentiles[50], "p95": percentiles[95], "p99": percentiles[99]}


def warmed_wrk(url, args):
    """wrk on a warm server: a discarded run first, so that every worker has loaded its
    templates and connections (and the page cache is filled) before anything is timed."""
    if args.warmup > 0:
        run_wrk(url, args, duration=args.warmup)
    result = run_wrk(url, args)
    result.update(run_ab(url, args))
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


def check_floors(urls, uncached, cached, queries_demo, queries_scale, weights):
    lines = []
    for page_type in urls:
        u, c = uncached[page_type], cached[page_type]
        ratio_u = u["rate"] / uncached["static"]["rate"]
        ratio_c = c["rate"] / cached["static"]["rate"]
        lines.append((f"{page_type}: uncached ≥ 10% of static", ratio_u >= FLOORS["uncached_ratio"], f"{ratio_u:.1%}"))
        lines.append((f"{page_type}: uncached p95 < 50 ms", u["p95"] < FLOORS["uncached_p95_ms"], f"{u['p95']:.1f} ms"))
        if c["cache"] == "hit":
            lines.append(
                (f"{page_type}: page-cached ≥ 50% of static", ratio_c >= FLOORS["cached_ratio"], f"{ratio_c:.1%}")
            )
        lines.append(
            (
                f"{page_type}: queries at scale within the budget the demo pages are held to ({QUERY_BUDGET})",
                queries_scale[page_type] <= QUERY_BUDGET,
                f"{queries_demo[page_type]} with the demo, {queries_scale[page_type]} at scale",
            )
        )
        weight = weights[page_type]["text"]
        lines.append(
            (f"{page_type}: HTML+CSS+JS < 40 KB", weight < FLOORS["page_weight_bytes"], f"{weight / 1024:.1f} KB")
        )
        third = weights[page_type]["third_party"]
        lines.append((f"{page_type}: no third-party request", not third, ", ".join(third) or "none"))
    return lines


def write_report(path, args, info, urls, uncached, cached, queries_demo, queries_scale, weights, floors, lh):
    def ms(result):
        return f"{result['p50']:.1f} / {result['p95']:.1f} / {result['p99']:.1f}"

    command = "make bench BENCH_ARGS='" + " ".join(sys.argv[1:]) + "'" if sys.argv[1:] else "make bench"
    rows = [
        "| Page type | URL | Uncached req/s | × static | p50 / p95 / p99 ms | Page cache | Cached req/s | × static "
        "| p50 / p95 / p99 ms | Queries (demo → scale) | HTML+CSS+JS | With images |",
        "| --- | --- | ---: | ---: | --- | --- | ---: | ---: | --- | --- | ---: | ---: |",
        f"| static file | `{info['static_path']}` | {uncached['static']['rate']:.0f} | 100% | {ms(uncached['static'])} "
        f"| — | {cached['static']['rate']:.0f} | 100% | {ms(cached['static'])} | 0 | — | — |",
    ]
    for page_type, url in urls.items():
        u, c = uncached[page_type], cached[page_type]
        rows.append(
            f"| {page_type} | `{url}` | {u['rate']:.0f} | {u['rate'] / uncached['static']['rate']:.1%} | {ms(u)} "
            f"| {c['cache']} | {c['rate']:.0f} | {c['rate'] / cached['static']['rate']:.1%} | {ms(c)} "
            f"| {queries_demo[page_type]} → {queries_scale[page_type]} | {weights[page_type]['text'] / 1024:.1f} KB "
            f"| {weights[page_type]['with_images'] / 1024:.1f} KB |"
        )
    floor_lines = [f"- {'PASS' if ok else 'FAIL'}: {name} ({figure})" for name, ok, figure in floors]
    if lh.get("error"):
        lighthouse_lines = [f"Lighthouse could not run: `{lh['error']}`"]
    else:
        lighthouse_lines = [
            "| Page | Performance | Accessibility | Best practices | SEO |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        for page, s in lh.get("scores", {}).items():
            scores = [s.get(name) for name in ("performance", "accessibility", "best-practices", "seo")]
            lighthouse_lines.append(f"| {page} | " + " | ".join(str(score) for score in scores) + " |")
        for page, error in lh.get("errors", {}).items():
            reason = " ".join(error.split()).replace("`", "'").replace("|", "/")
            lighthouse_lines.append(f"| {page} | could not run ({LIGHTHOUSE_ATTEMPTS} tries): `{reason}` | | | |")
    text = "\n".join(
        [
            "# Benchmarks",
            "",
            "Written by `scripts/bench/` (`make bench`); notes added by hand go at the end. How to read it and how",
            'to plug a new app into the benchmark: see the README section "Production and performance".',
            "",
            f"- Run: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, `{command}`",
            f"- Scale: {args.scale} (1 = 1,000 news items, 10,000 resources, 50 campaigns × 50 assets, "
            "100,000 feedback submissions, for the apps that are installed)",
            f"- Machine: {info['machine']}",
            "- Versions: " + ", ".join(f"{name} {version}" for name, version in info["versions"].items()),
            f"- Server: gunicorn `gunicorn.conf.py`, {args.workers} sync workers, production settings "
            '(PostgreSQL, Redis cache, WhiteNoise); page cache off, then on. "Uncached" means the page cache '
            "is off: each response is rendered, while the per-generation memories (routes, listings' ids, "
            'fragments: README, "Per generation, in each process") are warm, as after a page\'s first view',
            f"- Load: wrk -t{args.threads} -c{args.connections} -d{args.duration}s on loopback for requests/s, "
            f"after 3 warming requests and {args.warmup}s of discarded wrk load per URL; latency percentiles "
            f"from ab -c{args.connections} -t{max(3, args.duration // 2)} right after (wrk's own percentiles "
            "contradict its rate when the server closes each connection, as gunicorn's sync workers do)",
            "- Weights: HTML gzip -6 (as a CDN sends it), CSS and JS as WhiteNoise sends them (Brotli); "
            '"with images" adds each `<img>`\'s fallback file',
            "",
            *rows,
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
    info = {"machine": machine()}
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
    from django.core.cache import caches
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
    caches["default"].clear()
    urls = collect_urls()
    queries_scale = count_queries_per_page(urls)
    info["static_path"] = staticfiles_storage.url("css/site.css")
    info["versions"] = versions(args)

    server = Server(env, args.workers, page_cache_seconds=0)
    try:
        uncached = measure(server, urls, info["static_path"], args, "uncached")
    finally:
        server.stop()
    server = Server(env, args.workers, page_cache_seconds=600)
    try:
        cached = measure(server, urls, info["static_path"], args, "page-cached")
        weights = {page_type: weigh(server, path) for page_type, path in urls.items()}
        lh = {"error": "skipped (--no-lighthouse)"} if args.no_lighthouse else lighthouse(server, urls, work_dir)
    finally:
        server.stop()

    floors = check_floors(urls, uncached, cached, queries_demo, queries_scale, weights)
    write_report(args.output, args, info, urls, uncached, cached, queries_demo, queries_scale, weights, floors, lh)
    log(f"wrote {args.output}")
    for name, ok, figure in floors:
        print(f"{'PASS' if ok else 'FAIL'}  {name}  ({figure})")


if __name__ == "__main__":
    main()
