"""The demo library: enough realistic resources across audiences, Key Stages and types, loaded once."""

from django.core.management import call_command
from django.utils import timezone

from resources.models import Audience, KeyStage, ResourcePage, ResourceType


def test_demo_covers_every_audience_key_stage_and_type(db):
    resources = ResourcePage.objects.live()
    assert resources.count() >= 30
    assert Audience.objects.count() >= 2 and ResourceType.objects.count() >= 2
    for audience in Audience.objects.all():
        assert resources.filter(audiences=audience).exists(), audience
    for resource_type in ResourceType.objects.all():
        assert resources.filter(resource_types=resource_type).exists(), resource_type
    for slug in ("ks2", "ks3", "ks4", "ks5"):
        assert resources.filter(key_stages__slug=slug).exists(), slug
    assert all(len(page.files) >= 1 for page in resources)
    # Each has its page review record (upkeep), some already overdue.
    assert resources.filter(review__isnull=False).count() == resources.count()
    assert resources.filter(review__review_by__lt=timezone.localdate()).count() >= 3


def test_loading_twice_duplicates_nothing(db):
    before = (ResourcePage.objects.count(), KeyStage.objects.count())
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (ResourcePage.objects.count(), KeyStage.objects.count()) == before
