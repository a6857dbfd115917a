"""Note the links to a page, document or image as it is deleted (Wagtail's reference index then
forgets them), and forget a page's notes once it is published again (upkeep.LostLink)."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import pre_delete
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published

from .models import LostLink


def base_model(instance):
    for model in (Page, get_document_model(), get_image_model()):
        if isinstance(instance, model):
            return model
    return None


def note_links_to_deleted_item(sender, instance, **kwargs):
    model = base_model(instance)
    if model is None:
        return
    target_type = ContentType.objects.get_for_model(model)
    sources = set(
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            to_content_type=target_type,
            to_object_id=str(instance.pk),
        ).values_list("object_id", flat=True)
    )
    if not sources:
        return
    title = str(instance.title)[:255]

    # A page deleted by way of its specific type is noted twice: the unique constraint keeps one.
    def record():
        # After the deletion: the pages deleted with it (its children) have nothing left to fix.
        LostLink.objects.bulk_create(
            [
                LostLink(page_id=page_id, target_type=target_type, target_id=str(instance.pk), target_title=title)
                for page_id in Page.objects.filter(pk__in=[int(pk) for pk in sources]).values_list("pk", flat=True)
            ],
            ignore_conflicts=True,
        )

    transaction.on_commit(record)


def forget_lost_links_of_published_page(sender, instance, **kwargs):
    LostLink.objects.filter(page_id=instance.pk).delete()


def connect():
    pre_delete.connect(note_links_to_deleted_item, dispatch_uid="upkeep_note_links_to_deleted_item")
    page_published.connect(forget_lost_links_of_published_page, dispatch_uid="upkeep_forget_lost_links")
