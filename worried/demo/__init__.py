"""The "Worried about a child?" routing page, its councils and bank holidays, and its translations.

No local number, opening hour or web address is invented: the MASH, out-of-hours and LADO numbers,
the MASH hours and the councils' numbers are left for staff to enter (the loader says so, and so
does the admin). A route with no number is left off the public page. The bank holidays are those
of England and Wales for 2026 and 2027 as published on gov.uk/bank-holidays; staff add later years.
"""

import datetime

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from home.demo.helpers import ensure_page
from worried.models import BankHoliday, NeighbouringCouncil, RoutingSettings, WorriedPage

from . import translations

SLUG = "worried-about-a-child"

NEIGHBOURING_COUNCILS = [
    "Liverpool City Council",
    "Sefton Council",
    "St Helens Borough Council",
    "Halton Borough Council",
    "West Lancashire Borough Council",
]

BANK_HOLIDAYS = [
    ("2026-01-01", "New Year's Day"),
    ("2026-04-03", "Good Friday"),
    ("2026-04-06", "Easter Monday"),
    ("2026-05-04", "Early May bank holiday"),
    ("2026-05-25", "Spring bank holiday"),
    ("2026-08-31", "Summer bank holiday"),
    ("2026-12-25", "Christmas Day"),
    ("2026-12-28", "Boxing Day (substitute day)"),
    ("2027-01-01", "New Year's Day"),
    ("2027-03-26", "Good Friday"),
    ("2027-03-29", "Easter Monday"),
    ("2027-05-03", "Early May bank holiday"),
    ("2027-05-31", "Spring bank holiday"),
    ("2027-08-30", "Summer bank holiday"),
    ("2027-12-27", "Christmas Day (substitute day)"),
    ("2027-12-28", "Boxing Day (substitute day)"),
]


def page_fields():
    return {
        "title": "Worried about a child?",
        "listing_summary": "Who to call about a child's safety, at any time of day, and what to say.",
        "introduction": (
            "If you are worried about a child, you can get help. Find the part below that fits, and call. "
            "You do not need to be sure that something is wrong."
        ),
        "danger_text": "If a child is in danger now, or a crime is happening, call 999 and ask for the police.",
        "knowsley_text": (
            "If the child lives in Knowsley, call the Knowsley Multi-Agency Safeguarding Hub (MASH). Children's "
            "social care, the police and health staff work there together. When the MASH is closed, the "
            "out-of-hours team answers instead."
        ),
        "lado_text": (
            "If you are worried about how someone who works or volunteers with children behaves towards a child, "
            "for example a teacher, a sports coach or a youth worker, tell the Local Authority Designated Officer "
            "(LADO). If a child is in danger now, call 999 first."
        ),
        "professional_text": (
            "If you work with children and you are worried about a child who lives in Knowsley, call the MASH to "
            "talk about your concern and make a referral. Follow your own organisation's safeguarding procedures "
            "as well."
        ),
        "neighbouring_text": (
            "If the child lives outside Knowsley, contact children's services at the council where the child "
            "lives. If you are not sure where the child lives, call the Knowsley MASH and tell them what you know."
        ),
        "what_to_say": (
            "<p>You do not need proof. Tell us what you have seen or heard, and why it worries you.</p>"
            "<p>If you can, have this ready:</p>"
            "<ul><li>the child's name, age and address, or where they might be</li>"
            "<li>what happened, when, and who was there</li>"
            "<li>anything the child has said to you, in their own words</li>"
            "<li>your name and how to contact you, and whether you do not want the family to know you called</li></ul>"
            "<p>After you call, a worker decides what needs to happen next to keep the child safe. This may be "
            "advice, help for the family, or a visit. You may not be told what happens, to protect the family's "
            "privacy.</p>"
        ),
    }


def load(stdout):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    page = ensure_page(home, WorriedPage, SLUG, **page_fields())
    RoutingSettings.for_site(site)  # made with blank hours and LADO number, for staff to fill in
    for position, name in enumerate(NEIGHBOURING_COUNCILS):
        NeighbouringCouncil.objects.get_or_create(name=name, defaults={"sort_order": position})
    for day, name in BANK_HOLIDAYS:
        BankHoliday.objects.get_or_create(date=datetime.date.fromisoformat(day), defaults={"name": name})
    # Searching "worried about a child" offers this page first, before the MASH page home's demo promotes.
    query, _created = Query.objects.get_or_create(query_string="worried about a child")
    SearchPromotion.objects.get_or_create(
        query=query, page=page, defaults={"description": "Who to call, now", "sort_order": -1}
    )
    translate(page, stdout)
    stdout.write(
        "Worried about a child?: staff must enter the MASH, out-of-hours and LADO numbers, the MASH hours, "
        "the referral form and the neighbouring councils' numbers (Settings and Snippets in the admin); "
        "routes without a number are hidden from the public page."
    )


def translate(page, stdout):
    """The page in each demo language, through wagtail-localize as an editor would (languages.demo)."""
    from languages.demo import fill_segments
    from languages.publishing import publish_translation

    source, _created = TranslationSource.get_or_create_from_instance(page)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    for language_code, strings in translations.STRINGS.items():
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is None or Page.objects.filter(translation_key=page.translation_key, locale=locale).exists():
            continue
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        missing = fill_segments(segments, locale, strings)
        publish_translation(translation)
        if missing:
            stdout.write(f"{page} ({language_code}): {missing} segments left in English")
