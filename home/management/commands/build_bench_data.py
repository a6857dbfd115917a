"""The benchmark's large data set: each app's `bench.build_bench_data(scale, stdout)`, home's first.

`--scale 1` is the size the production issue names (1,000 news items, 10,000
resources, ...); smaller scales prove the pipeline quickly. Safe to run twice.
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from home.bench import bench_modules


class Command(BaseCommand):
    help = "Build the benchmark data set on top of the demo content (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=1.0, help="1 = the full benchmark data set.")
        parser.add_argument("--skip-index", action="store_true", help="Do not rebuild the search index afterwards.")

    def handle(self, *args, scale, skip_index, **options):
        for module in bench_modules():
            started = time.monotonic()
            module.build_bench_data(scale, self.stdout)
            self.stdout.write(f"  {module.__name__}: {time.monotonic() - started:.1f} s")
        if not skip_index:
            started = time.monotonic()
            # Bulk-created pages are not indexed as they are saved; search must see them.
            call_command("update_index", stdout=self.stdout)
            self.stdout.write(f"  search index: {time.monotonic() - started:.1f} s")
        if connection.vendor == "postgresql":
            # Fresh planner statistics, as autovacuum would soon give a production database after a
            # bulk load: without them PostgreSQL walks all 11,000 pages to find the 5 priorities.
            with connection.cursor() as cursor:
                for table in connection.introspection.table_names(cursor):
                    cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
