import datetime

import pytest
from django.utils import timezone

from home.models import StandardPage
from upkeep.models import set_review


def today():
    return timezone.localdate()


def days(number):
    return today() + datetime.timedelta(days=number)


def add_pages(parent, count, start=0, **review):
    """Publish `count` standard pages under parent, each with the given review (if any)."""
    pages = []
    for number in range(start, start + count):
        page = StandardPage(title=f"Upkeep page {number}", slug=f"upkeep-page-{number}", body=[])
        parent.add_child(instance=page)
        if review:
            set_review(page, **review)
        page.save_revision().publish()
        pages.append(page)
    return pages


@pytest.fixture
def section(home_page):
    """A section of the site of its own, under the home page."""
    page = StandardPage(title="Upkeep section", slug="upkeep-section", body=[])
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page
