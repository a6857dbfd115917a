"""The review record: one per page, edited on every page type's Settings tab, copied to translations."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.urls import reverse
from wagtail.models import Page

from home.models import BasePage
from resources.models import ResourcePage
from tests.languages.translating import translate
from upkeep.models import PageReview, set_review

from .conftest import add_pages, days

PAGE_TYPES = [model for model in apps.get_models() if issubclass(model, BasePage)]


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_edits_its_review(model):
    form_class = model.get_edit_handler().get_form_class()
    # Resources too (in their "Keeping it current" panel): no page type has review fields of its own.
    assert "review" in form_class.formsets, model.__name__
    assert not {"last_reviewed", "review_by", "next_review_due"} & set(form_class.base_fields), model.__name__


def test_the_edit_form_shows_the_review_panel(admin_client, home_page):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk])).content.decode()
    assert 'name="review-TOTAL_FORMS"' in html and 'name="review-MAX_NUM_FORMS" value="1"' in html
    assert "Review by" in html and "Owner team" in html


def test_status_follows_the_review_by_date(db):
    assert PageReview(review_by=days(-1)).status_label == "Overdue"
    assert PageReview(review_by=days(0)).status_label == "Due soon"
    assert PageReview(review_by=days(30)).status_label == "Due soon"
    assert PageReview(review_by=days(31)).status_label == "Current"
    assert PageReview().status_label == "No review date"


def test_a_page_has_one_review_saved_on_publish(home_page):
    owner = get_user_model().objects.get(username="demo")
    [page] = add_pages(home_page, 1, owner=owner, review_by=days(-2))
    review = PageReview.objects.get(page=page)
    assert (review.owner, review.review_by, review.status()) == (owner, days(-2), "overdue")
    # Reviewed: the new dates replace the old ones on publish, still one record.
    page = Page.objects.get(pk=page.pk).specific
    reviewed = page.review.get()
    reviewed.last_reviewed, reviewed.review_by = days(0), days(365)
    page.review = [reviewed]
    page.save_revision().publish()
    assert list(PageReview.objects.filter(page=page).values_list("last_reviewed", "review_by")) == [
        (days(0), days(365))
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        PageReview.objects.create(page=page)


def test_a_team_can_own_a_page(home_page):
    team = Group.objects.create(name="Upkeep team")
    [page] = add_pages(home_page, 1, owner_team=team, review_by=days(5))
    assert PageReview.objects.get(page=page).owner_label == "Upkeep team (team)"


def test_translations_share_the_review_and_are_counted_once(home_page):
    owner = get_user_model().objects.get(username="demo")
    [page] = add_pages(home_page, 1, owner=owner, last_reviewed=days(-300), review_by=days(-1))
    polish = translate(Page.objects.get(pk=page.pk).specific, "pl")
    copy = PageReview.objects.get(page=polish)
    assert (copy.owner, copy.review_by) == (owner, days(-1))
    due = PageReview.objects.due().filter(page__translation_key=page.translation_key)
    assert list(due.values_list("page_id", flat=True)) == [page.pk]


def test_a_resource_keeps_its_review_in_the_same_record(db):
    resource = ResourcePage.objects.live().first()
    review = resource.review.get()
    set_review(resource, owner=review.owner, last_reviewed=days(0), review_by=days(400))
    resource.save_revision().publish()
    assert list(PageReview.objects.filter(page=resource).values_list("owner", "last_reviewed", "review_by")) == [
        (review.owner_id, days(0), days(400))
    ]
