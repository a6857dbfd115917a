"""Benchmark the resource library at scale (not a unit test).

Builds 10,000 resources on the database in DATABASE_URL (PostgreSQL is the point),
then times library pages through Django's test client and counts their queries.

    DATABASE_URL=postgres://kscb:kscb@127.0.0.1:5432/kscb_resources .venv/bin/python scripts/bench_resources.py

Safe to run again: it migrates, loads the demo and tops the library up to the target.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kscb_site.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

URLS = {
    "unfiltered": "",
    "one topic": "?topic=domestic-abuse",
    "topic + KS3 + type": "?topic=domestic-abuse&key_stage=ks3&type=lesson-plan",
    "2 topics + 2 stages, A to Z, page 3": (
        "?topic=neglect&topic=online-safety&key_stage=ks3&key_stage=ks4&sort=title&page=3"
    ),
    "keywords + audience": "?q=lesson+safe&audience=schools-and-teachers",
    "empty (suggestion)": "?key_stage=ks3&topic=safe-sleeping&type=policy",
}


def build(target):
    from resources.bulk import bulk_add_resources
    from resources.library import FACETS
    from resources.models import ResourceLibraryPage

    library = ResourceLibraryPage.objects.get(slug="resources")
    missing = target - library.get_children().count()
    if missing <= 0:
        return library, 0.0
    options = {facet.field: list(facet.model.objects.values_list("pk", flat=True)) for facet in FACETS}
    words = ["safe", "sleeping", "lesson", "relationships", "abuse", "online", "help", "neglect", "family", "guide"]

    # Options spread evenly at random (seeded, so every run builds the same library).
    chance = random.Random(4)  # noqa: S311 - test data, not security

    def pick(field, n, k):
        return sorted(chance.sample(options[field], k))

    specs = [
        {
            "title": f"{words[n % 10].title()} {words[(n // 10) % 10]} resource {n}",
            "summary": f"A {words[(n // 3) % 10]} resource about {words[(n // 7) % 10]}.",
            "audiences": pick("audiences", n, 1 + n % 2),
            "topics": pick("topics", n, 1 + n % 3),
            "pshe_themes": pick("pshe_themes", n, n % 2),
            "key_stages": pick("key_stages", n, n % 3),
            "resource_types": pick("resource_types", n, 1),
        }
        for n in range(missing)
    ]
    started = time.perf_counter()
    bulk_add_resources(library, specs)
    return library, time.perf_counter() - started


def measure(client, url, runs):
    for _ in range(3):  # warm caches, as a running server would be
        client.get(url)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(timings), sorted(timings)[int(len(timings) * 0.95) - 1], len(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    library, build_seconds = build(args.resources)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
    count = library.get_children().count()
    print(f"Database: {connection.vendor}; resources in the library: {count}; built in {build_seconds:.1f} s")
    client = Client()
    print(f"{'page':<42} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for name, query in URLS.items():
        median, p95, queries = measure(client, library.url + query, args.runs)
        print(f"{name:<42} {median:>10.1f} {p95:>8.1f} {queries:>8}")


if __name__ == "__main__":
    main()
