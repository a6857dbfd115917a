"""Two indexes for queries Wagtail makes on every page, that its own tables lack.

- `wagtailcore_page (depth, path)`: every `child_of`/`get_children` query (the
  menu, routing each URL segment, listings) asks for one depth within a path
  range; with only the path index PostgreSQL read all 11,000 pages at benchmark
  scale for the 8 menu items (2.2 ms → 0.1 ms).
- On PostgreSQL, a GIN index on `title || body` of the search index: Wagtail's
  database backend matches that expression but indexes `title` and `body` apart,
  so every site search read all 11,000 entries (85 ms of a 280 ms page). SQLite
  has its own full-text tables and needs nothing.
"""

from django.db import migrations

PAGE_INDEX = "kscb_page_depth_path"
SEARCH_INDEX = "kscb_search_title_body_gin"


def create_indexes(apps, schema_editor):
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {PAGE_INDEX} ON wagtailcore_page (depth, path)")
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {SEARCH_INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop_indexes(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {PAGE_INDEX}")
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {SEARCH_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_remove_moved_safeguarding_fields"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
