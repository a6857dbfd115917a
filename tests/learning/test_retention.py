"""A review stays on the site for the retention period; then an editor may mark it moved to the
national case review repository with its link, and the page says so."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.utils import timezone

from .conftest import soup_of

REPOSITORY = "https://repository.example/child-r"


def test_a_review_cannot_be_marked_moved_within_the_retention_period(review):
    review.publication_date = timezone.localdate() - datetime.timedelta(days=30)
    review.repository_url = REPOSITORY
    with pytest.raises(ValidationError) as error:
        review.full_clean()
    assert "must stay on this site until" in str(error.value)


@override_settings(KSCB_REVIEW_RETENTION_DAYS=10)
def test_the_retention_period_is_a_setting(review):
    review.publication_date = timezone.localdate() - datetime.timedelta(days=11)
    review.repository_url = REPOSITORY
    review.full_clean()


def test_a_review_without_a_date_cannot_be_marked_moved(review):
    review.publication_date = None
    review.repository_url = REPOSITORY
    with pytest.raises(ValidationError):
        review.full_clean()


def test_after_the_retention_period_the_page_says_where_the_review_went(client, review):
    review.publication_date = timezone.localdate() - datetime.timedelta(days=400)
    review.repository_url = REPOSITORY
    review.full_clean()
    review.save_revision().publish()
    moved = soup_of(client, review.url).find(class_="learning-moved")
    assert "moved to the national case review repository" in moved.get_text()
    assert moved.find("a")["href"] == REPOSITORY


def test_a_briefing_is_not_a_review_type(review):
    review.learning_type = "seven_minute_briefing"
    with pytest.raises(ValidationError):
        review.full_clean()
