"""The benchmark (`make bench`, run by __main__.py) and its large data set, kept out of the product apps.

Each app's share is a module here (home.py, campaigns.py, resources.py, feedback.py) with:
- `build_bench_data(scale, stdout)`: add its share of the large data set (scale 1 is the size
  issue 7 names: 1,000 news items, 10,000 resources...), idempotently, in bulk;
- `bench_urls()`: {page type: path} for the pages to measure.
Smaller scales prove the pipeline quickly. Safe to run twice.
"""

import sys
import time
from importlib import import_module

# Home's first: the others' data may hang off home's pages.
APPS = ["home", "campaigns", "resources", "feedback"]


def bench_modules():
    return [import_module(f"scripts.bench.{app}") for app in APPS]


def build_bench_data(scale=1.0, stdout=sys.stdout, skip_index=False):
    """Build the data set on top of the demo content (Django must be set up)."""
    from django.core.management import call_command
    from django.core.management.base import OutputWrapper
    from django.db import connection

    stdout = OutputWrapper(stdout)  # one line per write, as in a management command
    for module in bench_modules():
        started = time.monotonic()
        module.build_bench_data(scale, stdout)
        stdout.write(f"  {module.__name__}: {time.monotonic() - started:.1f} s")
    if not skip_index:
        started = time.monotonic()
        # Bulk-created pages are not indexed as they are saved; search must see them.
        call_command("update_index", stdout=stdout)
        stdout.write(f"  search index: {time.monotonic() - started:.1f} s")
    if connection.vendor == "postgresql":
        # Fresh planner statistics, as autovacuum would soon give a production database after a
        # bulk load: without them PostgreSQL walks all 11,000 pages to find the 5 priorities.
        with connection.cursor() as cursor:
            for table in connection.introspection.table_names(cursor):
                cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
