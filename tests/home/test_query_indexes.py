"""The indexes home's migrations 0005 and 0006 add for queries made on every page or listing."""

from django.db import connection
from wagtail.models import Page


def explain(queryset):
    sql, params = queryset.query.sql_with_params()
    prefix = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")  # few rows here: show what the planner can use
        cursor.execute(prefix + sql, params)
        return "\n".join(str(row) for row in cursor.fetchall())


def test_the_menu_and_other_child_queries_use_the_depth_and_path_index(db):
    root = Page.objects.get(depth=1)
    plan = explain(root.get_children().live().in_menu())
    assert "kscb_page_depth_path" in plan, plan


def test_the_newest_news_are_read_from_the_date_index_not_sorted(db):
    from home.models import NewsPage

    plan = explain(NewsPage.objects.live().defer_streamfields().order_by("-date", "-pk")[:3])
    assert "kscb_news_newest_first" in plan, plan
