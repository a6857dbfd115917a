"""The threshold guide for the demo: an index and two versions.

From the board's material (home/demo/seed_child_r_response.txt): the MASH and its research on
multi-agency thresholds, the early help guidance on persistent non-engagement, written agreements
with parents, the neglect strategy, domestic abuse, safe sleeping and "think family". The board's
material does not give the guide itself: the indicators and both effective dates are illustrative,
the pages are marked so (is_illustrative: a notice on the page and in the PDF, and the tick box
editors see), and staff replace them with the agreed guide.
"""

import datetime

from wagtail.models import Site

from home.demo.helpers import ensure_page, rich
from thresholds.models import ThresholdGuideIndexPage, ThresholdGuidePage
from worried.models import WorriedPage

INDEX_SLUG = "threshold-guide"

INTRODUCTION = (
    "The threshold guide helps everyone who works with children in Knowsley to recognise the level of a "
    "child's needs and to respond at the right time. The MASH is developing research around multi agency "
    "thresholds, to establish whether referrals are being made at the appropriate time and identifying the "
    "appropriate levels of risk to children."
)

# (slug, effective date, listing summary, what changed, with the non-engagement indicator): dates illustrative.
VERSIONS = [
    ("2016", datetime.date(2016, 4, 1), "The earlier version of the threshold guide.", "", False),
    (
        "2018",
        datetime.date(2018, 4, 1),
        "The current threshold guide: levels of need from universal to specialist.",
        "Adds the early help guidance on persistent non-engagement with professionals.",
        True,
    ),
]


def levels(routing_page, with_non_engagement):
    """The four levels of need. Indicators are illustrative; the 'what to do' text follows the board's material."""
    non_engagement = (
        ["Parents do not engage with professionals, again and again, and the child's needs are not met"]
        if with_non_engagement
        else []
    )
    return [
        {
            "type": "level",
            "value": {
                "level": "universal",
                "heading": "Universal: needs met by everyday services",
                "summary": "Most children in Knowsley. Their needs are met by their family and by services every "
                "child uses: schools, health visitors, GPs.",
                "child_development": [
                    "Healthy, and goes to health checks and appointments",
                    "Goes to school or nursery and is learning",
                    "Has friends and someone to talk to",
                ],
                "parenting_capacity": [
                    "Parents meet the child's basic needs: food, warmth, clothes, safe sleep",
                    "Parents keep the child safe and know where they are",
                ],
                "family_environment": [
                    "Stable home and enough income to meet the child's needs",
                    "Family and friends the family can turn to",
                ],
                "what_to_do": rich(
                    "Keep working with the child and family in your own service.",
                    "Share safe sleeping advice with families of babies: the board supported the Child Death "
                    "Overview Panel's Safe Sleeping Campaign.",
                ),
                "routing_page": routing_page.pk,
            },
        },
        {
            "type": "level",
            "value": {
                "level": "early-help",
                "heading": "Early help: extra support for the child and family",
                "summary": "Children whose needs are not fully met by everyday services, where help now can stop "
                "problems growing.",
                "child_development": [
                    "Misses some health appointments or school",
                    "Behaviour or feelings are starting to cause concern at school or at home",
                ],
                "parenting_capacity": [
                    "Parents find some routines hard and ask for or accept help",
                    "A parent's own health or mental health is starting to affect the child",
                    *non_engagement,
                ],
                "family_environment": [
                    "Money, housing or work worries are affecting the family",
                    "Arguments at home that the child sees or hears",
                ],
                "what_to_do": rich(
                    "Talk to the family about early help and agree what support they need.",
                    "Early help services have developed guidance concerning persistent non engagement with "
                    "professionals. It highlights the roles and responsibilities of professionals who manage "
                    "this issue.",
                ),
                "routing_page": routing_page.pk,
            },
        },
        {
            "type": "level",
            "value": {
                "level": "targeted",
                "heading": "Targeted: several services working together",
                "summary": "Children with more complex needs, where more than one service works with the family "
                "and one plan is needed.",
                "child_development": [
                    "Health or development is falling behind and the family is not getting help for it",
                    "Often missing from school",
                ],
                "parenting_capacity": [
                    "Signs of neglect: the child is often hungry, unwashed or left without supervision",
                    "A parent's mental health, drinking or drug use often affects the care of the child",
                ],
                "family_environment": [
                    "Domestic abuse in the family, now or in the past",
                    "The family is isolated or moves home often",
                ],
                "what_to_do": rich(
                    "Work with the other services involved on one plan for the child and family, with a lead "
                    "professional.",
                    "Think family: look at how adults' needs in the household affect the child.",
                    "If you think the child may be at risk of harm, talk to the MASH.",
                ),
                "routing_page": routing_page.pk,
            },
        },
        {
            "type": "level",
            "value": {
                "level": "specialist",
                "heading": "Specialist and statutory: children's social care",
                "summary": "Children who may be at risk of significant harm, or whose needs can only be met by "
                "children's social care.",
                "child_development": [
                    "The child has an injury that is not explained, or tells you someone has hurt them",
                    "The child is being exploited, or goes missing",
                ],
                "parenting_capacity": [
                    "Parents cannot or will not keep the child safe",
                    "Serious neglect that has not changed with help",
                ],
                "family_environment": [
                    "Serious or repeated domestic abuse",
                    "The child lives with someone who is a risk to children",
                ],
                "what_to_do": rich(
                    "Call the Knowsley Multi-Agency Safeguarding Hub (MASH). Children's Social Care, Police and "
                    "Health are co-located there, so referrals about children who may be at risk of harm are "
                    "quickly identified and receive a timely service.",
                    "If a child is in danger now, call 999.",
                    "Where children's social care agree a written agreement with parents, it must be clear to "
                    "them what it says.",
                ),
                "routing_page": routing_page.pk,
            },
        },
    ]


def load(stdout):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    routing_page = WorriedPage.objects.filter(locale=home.locale).first()
    index = ensure_page(
        home,
        ThresholdGuideIndexPage,
        INDEX_SLUG,
        title="Threshold guide",
        listing_summary="The levels of need for children in Knowsley, and what to do at each level.",
        introduction=INTRODUCTION,
    )
    if routing_page is None:
        stdout.write("Threshold guide: no 'Worried about a child?' page to link to; the versions are not made.")
        return
    for slug, month, summary, change_summary, with_non_engagement in VERSIONS:
        ensure_page(
            index,
            ThresholdGuidePage,
            slug,
            title=f"Threshold guide: {month:%B %Y} version",
            listing_summary=summary,
            effective_from=month,
            is_illustrative=True,
            introduction=INTRODUCTION,
            change_summary=change_summary,
            levels=levels(routing_page, with_non_engagement),
        )
    stdout.write(
        "Threshold guide: the indicators and effective dates are illustrative and marked so; "
        "replace them with the board's agreed guide."
    )
