"""Every page type says what translators translate: a field left out would silently stay English."""

import pytest
from django.apps import apps
from modelcluster.fields import ParentalKey
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage

PAGE_TYPES = [model for model in apps.get_models() if issubclass(model, BasePage)]
# Wagtail's own page fields: BasePage.translatable_fields covers the ones editors write.
WAGTAIL_PAGE_FIELDS = {field.name for field in Page._meta.get_fields()} | {
    relation.get_accessor_name() for relation in Page._meta.related_objects
}


def content_fields(model):
    """The fields and inline panels a page type adds to Wagtail's page."""
    fields = {
        field.name
        for field in model._meta.get_fields()
        if field.concrete and not field.auto_created and field.name not in WAGTAIL_PAGE_FIELDS
    }
    inlines = {
        relation.get_accessor_name()
        for relation in model._meta.related_objects
        if isinstance(relation.field, ParentalKey) and relation.get_accessor_name() not in WAGTAIL_PAGE_FIELDS
    }
    return fields | inlines


def test_every_page_type_is_found():
    assert {"HomePage", "StandardPage", "PriorityPage", "NewsPage"} <= {model.__name__ for model in PAGE_TYPES}


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_page_type_declares_translatable_fields_for_all_its_content(model):
    assert "translatable_fields" in vars(model), f"{model.__name__} must declare translatable_fields"
    assert all(isinstance(field, TranslatableField | SynchronizedField) for field in model.translatable_fields)
    declared = {field.field_name for field in model.translatable_fields}
    assert {"title", "slug", "seo_title", "search_description"} <= declared
    missing = content_fields(model) - declared
    assert not missing, f"{model.__name__} does not say whether to translate {sorted(missing)}"
