"""Broken links on live pages, as the report and the dashboard panel list them.

Links inside the site (to a page, a document or an image) come from Wagtail's reference index,
which records every page's chosen pages, documents and images, and rich-text links, by id: a link
is broken when the page it points to is unpublished, or what it points to is gone. The index
forgets links to an item as the item is deleted, so those are noted then (upkeep.LostLink) until
the linking page is published again. Moving a page does not break them: they follow it by its id.
Links to other websites are the ones that `check_external_links` last found broken
(upkeep.ExternalLink).

Each broken link names who can fix it: the page's owner (its review record), or else whoever
last edited the page. A fixed number of queries, whatever the number of pages or links.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Prefetch, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from .models import ExternalLink, LostLink, PageReview


@dataclass
class BrokenLink:
    page_id: int
    kind: str
    target: str
    problem: str
    page_title: str = ""
    fixer: str = ""
    fixer_ids: tuple = ()
    team_ids: tuple = ()

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page_id])


def keys(queryset):
    """Primary keys as text, to compare with the reference index's object ids."""
    return queryset.annotate(key=Cast("pk", output_field=CharField())).values("key")


def live_source_pages():
    return Page.objects.filter(live=True, alias_of__isnull=True)


def broken_references():
    """Reference-index rows from live pages to a page that is gone or unpublished, or a document or
    image that is gone: one query (the lists of what still exists are subqueries)."""
    page_type, document_type, image_type = (
        ContentType.objects.get_for_model(model) for model in (Page, get_document_model(), get_image_model())
    )
    return (
        ReferenceIndex.objects.filter(base_content_type=page_type, object_id__in=keys(live_source_pages()))
        .filter(
            Q(to_content_type=page_type) & ~Q(to_object_id__in=keys(Page.objects.filter(live=True)))
            | Q(to_content_type=document_type) & ~Q(to_object_id__in=keys(get_document_model().objects.all()))
            | Q(to_content_type=image_type) & ~Q(to_object_id__in=keys(get_image_model().objects.all()))
        )
        .select_related("to_content_type")
        .order_by("object_id", "to_content_type_id", "to_object_id")
    )


def lost_links():
    """One query: links to items deleted since their page was last published (upkeep.signals)."""
    return [
        BrokenLink(
            page_id=lost.page_id,
            kind=kind_label(lost.target_type.model_class()),
            target=lost.target_title,
            problem=_("Deleted"),
        )
        for lost in LostLink.objects.filter(page__live=True).select_related("target_type")
    ]


def kind_label(model):
    if model is Page:
        return _("Page")
    return _("Document") if model is get_document_model() else _("Image")


def internal_broken_links():
    """Three queries: the broken references, the unpublished pages among their targets, and the
    links to deleted items."""
    references = list(broken_references())
    linked_page_ids = [int(ref.to_object_id) for ref in references if ref.to_content_type.model_class() is Page]
    unpublished = dict(Page.objects.filter(pk__in=linked_page_ids).values_list("pk", "title"))
    links = lost_links()
    seen = {(link.page_id, link.kind, link.target) for link in links}
    for ref in references:
        model = ref.to_content_type.model_class()
        kind = kind_label(model)
        if model is Page and int(ref.to_object_id) in unpublished:
            target, problem = unpublished[int(ref.to_object_id)], _("Unpublished")
        else:
            target, problem = f"{kind} {ref.to_object_id}", _("Deleted")
        key = (int(ref.object_id), kind, target)
        if key in seen:  # the same target linked twice from one page is one thing to fix
            continue
        seen.add(key)
        links.append(BrokenLink(page_id=int(ref.object_id), kind=kind, target=target, problem=problem))
    return links


def external_broken_links():
    """One query: the links to other websites found broken at the last check."""
    return [
        BrokenLink(page_id=link.page_id, kind=_("Other website"), target=link.url, problem=link.outcome)
        for link in ExternalLink.objects.broken().order_by("page_id", "url")
    ]


def name_fixers(links):
    """Give each link its page's title and who can fix it: two queries (pages with their last
    editor, and the review records with their owners)."""
    pages = Page.objects.filter(pk__in={link.page_id for link in links}).select_related("latest_revision__user")
    pages = pages.prefetch_related(
        Prefetch("review", queryset=PageReview.objects.select_related("owner", "owner_team"))
    )
    by_id = {page.pk: page for page in pages}
    links = [link for link in links if link.page_id in by_id]
    for link in links:
        page = by_id[link.page_id]
        link.page_title = page.title
        reviews = list(page.review.all())
        review = reviews[0] if reviews else None
        editor = page.latest_revision.user if page.latest_revision_id else None
        if review and (review.owner_id or review.owner_team_id):
            link.fixer = _("%(name)s (owner)") % {"name": review.owner_label}
            link.fixer_ids = (review.owner_id,) if review.owner_id else ()
            link.team_ids = () if review.owner_id else (review.owner_team_id,)
        elif editor is not None:
            link.fixer = _("%(name)s (last edited)") % {"name": editor.get_full_name() or editor.get_username()}
            link.fixer_ids = (editor.pk,)
    return links


def broken_links(user=None):
    """Every broken link on a live page, by page title; with `user`, only those they can fix."""
    links = name_fixers(internal_broken_links() + external_broken_links())
    if user is not None:
        team_ids = set(user.groups.values_list("pk", flat=True))
        links = [link for link in links if user.pk in link.fixer_ids or team_ids.intersection(link.team_ids)]
    return sorted(links, key=lambda link: (link.page_title.lower(), link.page_id, link.kind, link.target))
