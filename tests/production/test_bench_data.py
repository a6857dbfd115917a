"""The benchmark's data set, built small: every app adds its share once, and every page it measures answers."""

import re

import pytest

from campaigns.models import CampaignAsset, CampaignPage
from feedback.models import Submission
from feedback.retention import apply_retention
from home.models import NewsPage
from resources.models import ResourcePage
from scripts.bench import bench_modules, build_bench_data
from scripts.bench.campaigns import ASSETS_PER_CAMPAIGN
from scripts.bench.home import BENCH_SLUG_PREFIX

SCALE = 0.001  # 1 news item, 1 campaign of 50 assets, 10 resources, 100 submissions


def build():
    build_bench_data(scale=SCALE, skip_index=True, stdout=open("/dev/null", "w"))  # noqa: SIM115


def bench_counts():
    bench = {"slug__startswith": BENCH_SLUG_PREFIX}
    return {
        "news": NewsPage.objects.filter(**bench).count(),
        "campaigns": CampaignPage.objects.filter(**bench).count(),
        "assets": CampaignAsset.objects.filter(campaign__slug__startswith=BENCH_SLUG_PREFIX).count(),
        "resources": ResourcePage.objects.filter(**bench).count(),
        "submissions": Submission.objects.count(),
    }


@pytest.mark.django_db
def test_each_app_adds_its_share_once():
    build()
    built = bench_counts()
    assert built == {"news": 1, "campaigns": 1, "assets": ASSETS_PER_CAMPAIGN, "resources": 10, "submissions": 100}
    build()
    assert bench_counts() == built


@pytest.mark.django_db
def test_every_page_type_answers_and_shows_the_bench_data(client):
    build()
    urls = {}
    for module in bench_modules():
        urls.update(module.bench_urls())
    expected = {"home", "news index", "news item", "search", "campaign", "campaign index", "resource library"}
    expected |= {"resource library (filters)", "resource", "feedback form"}
    assert expected <= set(urls)
    pages = {}
    for page_type, path in urls.items():
        response = client.get(path)
        assert response.status_code == 200, (page_type, path)
        pages[page_type] = response.content.decode()
    assert urls["campaign"].startswith("/campaigns/bench-")
    assert len(re.findall(r'class="asset__title"', pages["campaign"])) == ASSETS_PER_CAMPAIGN
    assert urls["resource"].startswith("/resources/bench-")
    assert urls["news item"].startswith("/news/bench-")


@pytest.mark.django_db
def test_the_retention_purge_keeps_the_bench_submissions():
    build()
    assert apply_retention() == (0, 0)
    assert Submission.objects.count() == 100
    # Some are urgent, as triage would have marked them, and they come in more than one language.
    assert Submission.objects.filter(urgent=True).exclude(matched_indicators="").exists()
    assert Submission.objects.values("language").distinct().count() > 1


@pytest.mark.django_db
def test_the_timed_searches_are_different_words_from_the_data():
    from scripts.bench.__main__ import search_queries

    build()
    queries = search_queries(60)
    assert len(queries) == 60 == len(set(queries))
    assert "board" in queries  # from the bench news titles ("Board update 1: ...")


def test_the_line_count_leaves_out_tests_migrations_demo_content_and_benchmark_builders():
    from scripts.bench.__main__ import count_lines, is_product_code

    assert is_product_code("home/models/base.py")
    assert is_product_code("kscb_site/page_cache.py")
    for path in (
        "tests/home/test_pages.py",
        "home/migrations/0001_initial.py",
        "home/demo/content.py",
        "accounts/demo.py",
        "home/management/commands/load_demo.py",
        "scripts/bench/home.py",
        "home/static/site.css",
    ):
        assert not is_product_code(path), path
    counted = count_lines()
    assert counted["files"] > 20 and counted["lines"] > 1000


def test_percentiles_are_read_from_the_sorted_times():
    from scripts.bench.__main__ import percentile

    assert percentile(list(range(100, 0, -1)), 0.95) == 95
    assert percentile([7.0], 0.99) == 7.0
