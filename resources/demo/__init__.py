"""The demo resource library: taxonomies, owners and resources from the board's material. Safe to run twice."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale, Site

from home.demo.helpers import ensure_page, ensure_pdf, rich
from resources.models import Audience, KeyStage, PSHETheme, ResourceLibraryPage, ResourcePage, ResourceType, Topic
from upkeep.models import PageReview

from . import content

TAXONOMIES = {
    Audience: content.AUDIENCES,
    Topic: content.TOPICS,
    PSHETheme: content.PSHE_THEMES,
    KeyStage: content.KEY_STAGES,
    ResourceType: content.RESOURCE_TYPES,
}
# Review dates relative to today (illustrative): (days since last review, days until the review-by date).
REVIEW_DATES = {"current": (60, 300), "due_soon": (340, 14), "overdue": (400, -35)}


def load(stdout):
    home = Site.objects.get(is_default_site=True).root_page
    options = ensure_taxonomies(Locale.get_default())
    owners = ensure_owners()
    library = ensure_page(home, ResourceLibraryPage, "resources", show_in_menus=True, **content.LIBRARY)
    for resource in content.resources():
        ensure_resource(library, resource, options, owners)
    return library


def ensure_taxonomies(locale):
    """{model: {slug: option}} for every taxonomy."""
    options = {}
    for model, values in TAXONOMIES.items():
        options[model] = {}
        for order, (slug, name) in enumerate(values):
            option, _created = model.objects.get_or_create(
                slug=slug, locale=locale, defaults={"name": name, "sort_order": order}
            )
            options[model][slug] = option
    return options


def ensure_owners():
    User = get_user_model()
    owners = {}
    for username, email in content.OWNERS:
        owner, created = User.objects.get_or_create(username=username, defaults={"email": email, "is_staff": True})
        if created:
            owner.set_unusable_password()
            owner.save()
        owners[username] = owner
    return owners


def ensure_resource(library, resource, options, owners):
    if library.get_children().filter(slug=resource.slug).exists():
        return
    today = timezone.localdate()
    since_review, until_due = REVIEW_DATES[resource.review]
    if resource.link:
        title, url, description = resource.link
        files = [("link", {"title": title, "url": url, "description": description})]
    else:
        document = ensure_pdf(resource.title, [resource.summary, *resource.paragraphs])
        files = [("document", {"document": document, "title": "", "description": ""})]
    ensure_page(
        library,
        ResourcePage,
        resource.slug,
        title=resource.title,
        summary=resource.summary,
        files=files,
        body=[("paragraph", rich(*resource.paragraphs))],
        learning_outcomes="\n".join(resource.outcomes),
        suggested_duration=resource.duration,
        safeguarding_note=content.SAFEGUARDING_NOTE if resource.is_classroom else "",
        # The page's review record (upkeep): one per page, as for every demo page.
        review=[
            PageReview(
                owner=owners[resource.owner],
                last_reviewed=today - datetime.timedelta(days=since_review),
                review_by=today + datetime.timedelta(days=until_due),
            )
        ],
        audiences=[options[Audience][slug] for slug in resource.audiences],
        topics=[options[Topic][slug] for slug in resource.topics],
        pshe_themes=[options[PSHETheme][slug] for slug in resource.themes],
        key_stages=[options[KeyStage][slug] for slug in resource.key_stages],
        resource_types=[options[ResourceType][slug] for slug in resource.types],
    )
