"""The words of the two demo campaigns, from the board's published response to the Child R review.

The seed names the Child Death Overview Panel's safe-sleeping campaign (leaflets,
posters, banners, literature on the website, the Baby Box initiative) and the
domestic-abuse work (the multi-agency action plan, the drama production, help for
children living with domestic abuse). The safer-sleep steps are the long-standing
national advice; phone numbers are national ones (999, Childline, the National
Domestic Abuse Helpline). Campaign dates are illustrative, inside the 2016/2018 plan.
"""

import datetime

from home.demo.helpers import paragraph_block

SAFE_SLEEP_COLOURS = ("#1d3e6e", "#dbe7f5", "#ffdd00", "#ffffff")
DOMESTIC_ABUSE_COLOURS = ("#4c2c92", "#f3f2f1", "#b10e1e", "#ffffff")


def contact(**fields):
    """A helpline with every field present, as the admin saves it: wagtail-localize cannot extract a missing one."""
    return {"name": "", "description": "", "phone": "", "email": "", "hours": "", "address": "", **fields}


def campaign_index():
    return {
        "title": "Campaigns",
        "listing_summary": "Our public campaigns and the leaflets, posters and other materials to download and share.",
        "introduction": (
            "The board and its partners run campaigns to help keep children in Knowsley safe. Midwives, health "
            "visitors, children's centres, schools and families can download and print every campaign's materials "
            "here, free."
        ),
    }


def safe_sleeping():
    return {
        "title": "Safe sleeping",
        "listing_summary": "Safer sleep for babies: the Child Death Overview Panel's campaign and the Baby Box.",
        "summary": (
            "The impact of co-sleeping has been considered by KSCB, who support the Child Death Overview Panel's "
            "Safe Sleeping Campaign. Leaflets, posters and banners are being given out, and every piece of the "
            "literature is here for all who work with young children and their families."
        ),
        "start_date": datetime.date(2016, 4, 1),
        "key_messages": [
            ("message", {"heading": "Back to sleep", "text": "Put your baby down on their back for every sleep."}),
            (
                "message",
                {
                    "heading": "A clear, flat, separate space",
                    "text": "A firm, flat mattress in their own cot, Moses basket or baby box, with nothing else in.",
                },
            ),
            (
                "message",
                {
                    "heading": "Never on a sofa or armchair",
                    "text": "Never fall asleep with your baby on a sofa or in an armchair.",
                },
            ),
            (
                "message",
                {
                    "heading": "Think before you share a bed",
                    "text": "Do not share a bed with your baby if you have been drinking, taking drugs or smoking.",
                },
            ),
            ("message", {"heading": "Smoke-free", "text": "Keep your baby smoke-free, before and after birth."}),
            (
                "message",
                {
                    "heading": "The Baby Box",
                    "text": "The Baby Box initiative, being phased in across Merseyside, gives babies a safe place "
                    "to sleep.",
                },
            ),
        ],
        "body": [
            (
                "heading",
                {"text": "The Baby Box initiative", "level": "h2"},
            ),
            paragraph_block(
                "The Clinical Commissioning Group and Public Health support an initiative known as 'Baby Box', "
                "aimed at enhancing safe sleeping. It will be phased in across Merseyside. It has been developed "
                "as a result of international research undertaken to reduce this area of risk to infants.",
                "The 5 Boroughs Partnership NHS Foundation Trust has commissioned a review of the information "
                "health professionals give about sleeping arrangements for infants.",
            ),
        ],
        "partners": [
            ("partner", {"name": "Child Death Overview Panel (CDOP)", "role": "Runs the Safe Sleeping Campaign"}),
            ("partner", {"name": "Clinical Commissioning Group and Public Health", "role": "Support the Baby Box"}),
            (
                "partner",
                {
                    "name": "5 Boroughs Partnership NHS Foundation Trust",
                    "role": "Reviewing the advice on sleeping arrangements for infants",
                },
            ),
        ],
        "helplines": [
            (
                "helpline",
                contact(name="Emergency", description="If a baby stops breathing or will not wake.", phone="999"),
            ),
        ],
    }


def safe_sleeping_assets():
    """(title, kind, dimensions, audience, file, fields): file is ('pdf', paragraphs) or ('image', size)."""
    leaflet = [
        "Put your baby down on their back for every sleep, day and night.",
        "Use a firm, flat mattress in their own cot, Moses basket or baby box, with no pillows, bumpers or toys.",
        "Never fall asleep with your baby on a sofa or in an armchair.",
        "Do not share a bed with your baby if you have been drinking, taking drugs or smoking.",
        "Keep your baby smoke-free, before and after birth.",
        "The Baby Box initiative is being phased in across Merseyside. Your midwife or health visitor can tell you "
        "more.",
        "This leaflet is part of the Child Death Overview Panel's Safe Sleeping Campaign, supported by Knowsley "
        "Safeguarding Children Board.",
    ]
    return [
        (
            "Safer sleep for babies: leaflet for parents",
            "leaflet",
            "A5, folded",
            "parents",
            ("pdf", leaflet * 4),
            {"usage_notes": "Print double-sided on A4 and fold in half.", "sort_order": 10},
        ),
        (
            "Safer sleep poster",
            "poster",
            "A3",
            "professionals",
            ("pdf", leaflet[:5]),
            {"usage_notes": "For clinics, wards and children's centres.", "sort_order": 20},
        ),
        (
            "Safer sleep pull-up banner",
            "banner",
            "Pull-up banner 850 x 2000 mm",
            "professionals",
            ("image", (425, 1000)),
            {"image_alt": "A tall blue banner with the words Safer sleep for babies", "sort_order": 30},
        ),
        (
            "Safer sleep cot card",
            "cot_card",
            "A6",
            "parents",
            ("pdf", leaflet[:3]),
            {"usage_notes": "Print on card and give to parents to keep by the cot.", "sort_order": 40},
        ),
        (
            "The Baby Box initiative: information for families",
            "leaflet",
            "A4",
            "parents",
            ("pdf", leaflet[5:] + leaflet[:2]),
            {"sort_order": 50},
        ),
        (
            "Safer sleep for social media",
            "social_media",
            "1080 x 1080 px",
            "everyone",
            ("image", (1080, 1080)),
            {"image_alt": "A square blue picture with the words Back to sleep", "sort_order": 60},
        ),
    ]


def safe_sleeping_leaflet_polish():
    # Polish diacritics are folded in the PDF body only: the demo PDF writer has Latin-1 fonts.
    return {
        "title": "Bezpieczny sen niemowląt: ulotka dla rodziców",
        "paragraphs": [
            "Kladz dziecko do snu na plecach, w dzien i w nocy.",
            "Dziecko powinno spac na twardym, plaskim materacu we wlasnym lozeczku, bez poduszek i zabawek.",
            "Nigdy nie zasypiaj z dzieckiem na sofie ani w fotelu.",
            "Nie pal przy dziecku.",
        ],
    }


def domestic_abuse():
    return {
        "title": "Domestic abuse awareness",
        "listing_summary": "Help for children living with domestic abuse, the action plan and the schools' drama.",
        "summary": (
            "A multi-agency domestic abuse action plan is being delivered with a clear emphasis on supporting "
            "victims and taking positive action against perpetrators. Here are materials for schools, for parents "
            "and for children and young people."
        ),
        "sensitive": True,
        "start_date": datetime.date(2016, 9, 1),
        "key_messages": [
            (
                "message",
                {
                    "heading": "It is not your fault",
                    "text": "Abuse is never the fault of a child or the adult being hurt.",
                },
            ),
            ("message", {"heading": "Tell someone", "text": "Talk to a teacher, a nurse or another adult you trust."}),
            (
                "message",
                {
                    "heading": "Healthy relationships",
                    "text": "Nobody should control, frighten or hurt the person they are with.",
                },
            ),
            ("message", {"heading": "In danger now", "text": "If you or someone else is in danger now, call 999."}),
        ],
        "body": [
            ("heading", {"text": "What the board has done", "level": "h2"}),
            paragraph_block(
                "The local authority has committed £150k of additional resources to support this priority. "
                "Merseyside Police and Children's Services have developed new ways of helping children who are "
                "living in families where there may be concerns of domestic violence.",
                "1,800 secondary school pupils took part in an anonymised survey. A number of children made "
                "disclosures about their perception of what 'normal' behaviour in relationships is. The board "
                "commissioned, in partnership with Public Health, a drama company to raise awareness of the aspects "
                "of domestic abuse. The production was presented to senior schools in the borough and the College of "
                "further education, and its key themes are now part of the PSHE curriculum for schools in Knowsley.",
            ),
        ],
        "partners": [
            ("partner", {"name": "Knowsley Safeguarding Children Board", "role": "Leads the action plan"}),
            ("partner", {"name": "Merseyside Police and Children's Services", "role": "Help for children"}),
            ("partner", {"name": "Public Health", "role": "Commissioned the drama production with the board"}),
        ],
        "helplines": [
            (
                "helpline",
                contact(name="Emergency", description="If you or someone else is in danger now.", phone="999"),
            ),
            (
                "helpline",
                contact(
                    name="Childline",
                    description="For children and young people.",
                    phone="0800 1111",
                    hours="Any time, day or night",
                ),
            ),
            (
                "helpline",
                contact(name="National Domestic Abuse Helpline", phone="0808 2000 247", hours="Free, 24 hours a day"),
            ),
        ],
    }


def domestic_abuse_assets():
    plan = [
        "A multi-agency domestic abuse action plan has been developed and is being delivered with a clear emphasis "
        "on supporting victims and taking positive action against perpetrators.",
        "The local authority has committed £150k of additional resources to support this priority.",
        "Merseyside Police and Children's Services have developed new ways of helping children who are living in "
        "families where there may be concerns of domestic violence.",
        "The MASH is developing research around multi-agency thresholds, to recognise the longer-term impact on "
        "children of incidents of domestic abuse.",
    ]
    drama = [
        "1,800 secondary school pupils took part in an anonymised survey on issues such as domestic abuse, sexual "
        "exploitation and substance misuse.",
        "A number of children made disclosures concerning their perception of what constituted 'normal' behaviour "
        "in relationships.",
        "The board commissioned, in partnership with Public Health, a drama company to raise awareness of the aspects "
        "of domestic abuse. The production was presented to senior schools in the borough and the College of further "
        "education.",
        "The key themes from this learning have been incorporated into the PSHE curriculum for schools in Knowsley.",
    ]
    children = [
        "If someone at home is hurting someone else, it is not your fault.",
        "You can talk to a teacher, a school nurse or another adult you trust.",
        "You can call Childline, free, any time, on 0800 1111.",
        "If you or someone else is in danger now, call 999.",
    ]
    parents = [
        "Children who live with domestic abuse are affected by it, even when they do not see it.",
        "Merseyside Police and Children's Services have developed new ways of helping children living in families "
        "where there may be concerns of domestic violence.",
        "The National Domestic Abuse Helpline is free and open 24 hours a day: 0808 2000 247.",
        "If you are in danger now, call 999.",
    ]
    return [
        ("Domestic abuse action plan: summary", "leaflet", "A4", "professionals", ("pdf", plan), {"sort_order": 10}),
        (
            "The drama production: information for schools and the college",
            "leaflet",
            "A4",
            "schools",
            ("pdf", drama),
            {"sort_order": 20},
        ),
        (
            "Healthy relationships: PSHE session slides",
            "presentation",
            "16:9 slides",
            "schools",
            ("pdf", drama * 3),
            {"usage_notes": "For PSHE lessons after the drama production.", "sort_order": 30},
        ),
        (
            "Domestic abuse: help for parents and carers",
            "leaflet",
            "A5",
            "parents",
            ("pdf", parents),
            {"usage_notes": "Leave in places where it can be picked up discreetly.", "sort_order": 40},
        ),
        (
            "Living with domestic abuse: help for children and young people",
            "leaflet",
            "A5",
            "young_people",
            ("pdf", children),
            {"sort_order": 50},
        ),
        (
            "Healthy relationships poster for schools",
            "poster",
            "A3",
            "schools",
            ("pdf", children[:2]),
            {"sort_order": 60},
        ),
        (
            "Domestic abuse awareness for social media",
            "social_media",
            "1080 x 1080 px",
            "everyone",
            ("image", (1080, 1080)),
            {"image_alt": "A purple square with the words It is not your fault", "sort_order": 70},
        ),
    ]
