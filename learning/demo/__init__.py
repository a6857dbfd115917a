"""The learning library: the Child R serious case review with the board's response, and one 7-minute
briefing drawn from it. Safe to run twice.

Every fact comes from the board's response (/work/shared/seed/, read by home.demo): the review's
period, the written agreements, the safe sleeping work, "think family", non-engagement guidance.
The review's publication date is the one the Publications demo page gives it (none is invented
here). Where the briefing needed words the seed does not give (what to think about, questions,
what to do), they say "Illustrative", and both pages tell readers that some text is illustrative.
"""

from django.utils.html import escape
from wagtail.models import Locale, Site

from home.demo import seed_paragraphs
from home.demo.helpers import ensure_page
from home.models import PublicationPage, StandardPage
from learning.models import AgeGroup, Agency, HarmType, LearningLibraryPage, ReviewPage, SevenMinuteBriefingPage, Theme

TAGS = {
    Theme: [
        ("written-agreements", "Written agreements with parents"),
        ("safe-sleeping", "Safe sleeping"),
        ("think-family", "Think family"),
        ("non-engagement", "Persistent non-engagement"),
        ("listening-to-children", "Listening to children"),
    ],
    AgeGroup: [("infants", "Infants"), ("young-children", "Young children"), ("secondary-age", "Secondary school age")],
    HarmType: [
        ("neglect", "Neglect"),
        ("domestic-abuse", "Domestic abuse"),
        ("sexual-exploitation", "Sexual exploitation"),
    ],
    Agency: [
        ("childrens-social-care", "Children's social care"),
        ("police", "Police"),
        ("health", "Health"),
        ("schools", "Schools"),
        ("early-help", "Early help"),
    ],
}


def ensure_tags():
    locale = Locale.get_default()
    tags = {}
    for model, options in TAGS.items():
        for order, (slug, name) in enumerate(options):
            tags[slug], _created = model.objects.get_or_create(
                slug=slug, locale=locale, defaults={"name": name, "sort_order": order}
            )
    return tags


def ensure_learning_page(parent, model, slug, tags, **fields):
    """The child of parent with this slug, created with its tags and published if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    for kind in ("themes", "age_groups", "harm_types", "agencies"):
        getattr(page, kind).set([tag for tag in tags if isinstance(tag, page._meta.get_field(kind).related_model)])
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def link_to(page, label=""):
    return ("link", {"page": page, "label": label, "document": None, "url": ""})


def paragraphs(*texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def page_link(page, text):
    return f'<a linktype="page" id="{page.pk}">{escape(text)}</a>'


def load(stdout):
    home = Site.objects.get(is_default_site=True).root_page.specific
    tags = ensure_tags()
    library = ensure_page(
        home,
        LearningLibraryPage,
        "learning-from-reviews",
        title="Learning from reviews",
        show_in_menus=True,
        listing_summary="What the partnership learned from reviews, what it did, and 7-minute briefings for teams.",
        introduction=(
            "Reviews of cases where a child was harmed, what the partnership learned from them and what it has "
            "done since, and 7-minute briefings for teams to read together."
        ),
    )
    publication = PublicationPage.objects.filter(slug="child-r-serious-case-review").first()
    mash = StandardPage.objects.filter(slug="mash", locale=Locale.get_default()).first()
    response = [text for text in seed_paragraphs() if not text.startswith("**")]
    review = ensure_learning_page(
        library,
        ReviewPage,
        "child-r-serious-case-review",
        [tags[slug] for slug in ("written-agreements", "safe-sleeping", "think-family", "non-engagement")]
        + [tags[slug] for slug in ("infants", "young-children", "neglect", "domestic-abuse")]
        + [tags[slug] for slug in ("childrens-social-care", "police", "health", "early-help")],
        title="Child R serious case review",
        listing_summary="The Child R serious case review, what we learned and what we have done.",
        learning_type="serious_case_review",
        publication_date=publication.publication_date if publication else None,
        is_illustrative=True,
        summary=(
            "The Child R serious case review covers the period from 2011 to 2015. Knowsley Safeguarding Children "
            "Board accepts the findings of the review and is committed to learn the lessons identified in the report."
        ),
        learning_points=[
            ("point", "Be very clear with parents when children's social care implement written agreements."),
            ("point", "Understand what is important to children in Knowsley, and listen to their voices."),
            ("point", "Recognise the longer-term impact on children of living with domestic abuse."),
            ("point", "Give clear, consistent advice to families about safe sleeping for infants."),
            ("point", "Support practitioners when parents persistently do not engage with professionals."),
        ],
        response=paragraphs(*response),
        what_we_have_done=[
            *([link_to(publication, "The board's full response: what we have done")] if publication else []),
            *([link_to(mash, "The Multi-Agency Safeguarding Hub (MASH)")] if mash else []),
        ],
    )
    ensure_learning_page(
        library,
        SevenMinuteBriefingPage,
        "7-minute-briefing-child-r",
        [tags[slug] for slug in ("written-agreements", "safe-sleeping", "infants", "neglect")]
        + [tags[slug] for slug in ("childrens-social-care", "health", "early-help")],
        title="7-minute briefing: written agreements and safe sleeping (Child R)",
        listing_summary="Two lessons from the Child R serious case review, for a team to read together.",
        source_review=review,
        publication_date=review.publication_date,
        is_illustrative=True,
        summary=(
            "Two lessons from the Child R serious case review: be very clear with parents about written agreements, "
            "and give families clear advice about safe sleeping for infants."
        ),
        background=paragraphs(
            "The Child R serious case review covers the period from 2011 to 2015. Knowsley Safeguarding Children "
            "Board accepts the findings of the review and is committed to learn the lessons identified in the report."
        ),
        why_it_matters=paragraphs(
            "The serious case review identified the need to be very clear with parents that children's social care "
            "implement written agreements.",
            "The impact of co-sleeping has been considered by the board.",
        ),
        information=paragraphs(
            "Children's social care has strengthened how it makes written agreements with parents, and will be "
            "monitoring improvements.",
            "The board supported the Child Death Overview Panel (CDOP) Safe Sleeping Campaign, with leaflets, posters "
            "and banners; an electronic version of the literature is on this website.",
            "The 5 Boroughs Partnership NHS Foundation Trust has commissioned a review of the information health "
            "professionals give about sleeping arrangements for infants, and the 'Baby Box' initiative, aimed at "
            "enhancing safe sleeping, will be phased in across Merseyside.",
        ),
        think_about=paragraphs(
            "Illustrative: does each parent you work with know what a written agreement asks of them, in words they "
            "use themselves? Is the advice you give about where a baby sleeps the same as other agencies give?"
        ),
        questions=(
            "<p>Illustrative questions for the team:</p><ul>"
            "<li>When did we last check that a parent understood a written agreement?</li>"
            "<li>How do we talk with families about where their baby sleeps?</li>"
            "<li>What do we do when a parent does not engage with us?</li></ul>"
        ),
        what_to_do=paragraphs(
            "Illustrative: explain written agreements plainly and check that parents understand them.",
            "Use the safe sleeping literature on this website with the families you work with.",
            "Follow the early help guidance on persistent non-engagement with professionals.",
        ),
        further_reading=f"<p>{page_link(review, 'Child R serious case review: what we learned and what we have done')}"
        + (
            f"</p><p>{page_link(publication, 'The board’s full response (Publications)')}</p>"
            if publication
            else "</p>"
        ),
    )
    stdout.write("Learning library: the Child R review and a 7-minute briefing (some text marked illustrative)")
