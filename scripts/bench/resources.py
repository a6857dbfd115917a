"""Benchmark data and URLs for the resource library (see home/bench.py for the contract).

Scale 1 is 10,000 resources in the library, each filed under one or two audiences,
one to three topics, a resource type and, for most, PSHE themes and Key Stages:
options spread at random, seeded, so every build is the same library.
"""

import datetime
import random

from django.utils import timezone

from scripts.bench.home import BENCH_SLUG_PREFIX

RESOURCES_AT_SCALE_1 = 10_000
FILTERED_QUERY = "?topic=domestic-abuse&key_stage=ks3"


def build_bench_data(scale, stdout):
    from resources.bulk import bulk_add_resources

    library = _library()
    wanted = round(RESOURCES_AT_SCALE_1 * scale)
    have = library.get_children().filter(slug__startswith=BENCH_SLUG_PREFIX).count()
    options = _options(library.locale_id)
    specs = [_spec(number, options) for number in range(have, wanted)]
    bulk_add_resources(library, specs)
    stdout.write(f"Resources: {len(specs)} bench resources added ({wanted} wanted).")


def bench_urls():
    from resources.models import ResourcePage

    library = _library()
    resources = ResourcePage.objects.live().child_of(library).order_by("path")
    resource = resources.filter(slug__startswith=BENCH_SLUG_PREFIX).first() or resources.first()
    return {
        "resource library": library.url,
        "resource library (filters)": library.url + FILTERED_QUERY,
        "resource": resource.url,
    }


def _library():
    from wagtail.models import Locale

    from resources.models import ResourceLibraryPage

    return ResourceLibraryPage.objects.live().filter(locale=Locale.get_default()).order_by("path").first()


def _options(locale_id):
    """{facet field: [(id, name), ...]} of the library's own language."""
    from resources.library import FACETS

    return {
        facet.field: list(facet.model.objects.filter(locale_id=locale_id).order_by("pk").values_list("pk", "name"))
        for facet in FACETS
    }


def _spec(number, options):
    # Seeded by the resource's number, so a build topped up later files each resource as a full build would.
    chance = random.Random(number)  # noqa: S311 - test data, not security

    def pick(field, count):
        return chance.sample(options[field], min(count, len(options[field])))

    topics = pick("topics", chance.randint(1, 3))
    resource_type = pick("resource_types", 1)
    audiences = pick("audiences", chance.randint(1, 2))
    classroom = chance.random() < 0.6
    key_stages = pick("key_stages", chance.randint(1, 2)) if classroom else []
    themes = pick("pshe_themes", chance.randint(1, 2)) if classroom else []
    stage = f" for {key_stages[0][1].split(' (')[0]}" if key_stages else ""
    title = f"{topics[0][1]}: {resource_type[0][1].lower()}{stage} ({number + 1})"
    summary = (
        f"A {resource_type[0][1].lower()} about {', '.join(name.lower() for _id, name in topics)}, "
        f"for {' and '.join(name.lower() for _id, name in audiences)}. Checked by the board's "
        "learning and development group."
    )
    today = timezone.localdate()
    reviewed = today - datetime.timedelta(days=chance.randint(0, 420))
    return {
        "slug": f"{BENCH_SLUG_PREFIX}resource-{number + 1}",
        "title": title,
        "summary": summary[:300],
        "first_published_at": timezone.now() - datetime.timedelta(days=chance.randint(0, 900)),
        "last_reviewed": reviewed,
        "review_by": reviewed + datetime.timedelta(days=365),
        "audiences": [pk for pk, _name in audiences],
        "topics": [pk for pk, _name in topics],
        "pshe_themes": [pk for pk, _name in themes],
        "key_stages": [pk for pk, _name in key_stages],
        "resource_types": [pk for pk, _name in resource_type],
    }
