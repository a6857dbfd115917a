"""The words of the demo site, taken from the board's own published material.

Facts come from the board's response to the Child R serious case review. Where
a real site needs something the material does not give (a local phone number),
it is left for staff to fill in through Safeguarding contacts in the admin.
Dates of demo news items and of the publication are illustrative.
"""

import datetime

from .helpers import paragraph_block, rich

BRAND = ("#1d3e6e", "#f3f2f1", "#b10e1e", "#00703c", "#ffdd00")


def home_page():
    return {
        "title": "Knowsley Safeguarding Children Board",
        "listing_summary": "Working together so that children in Knowsley grow up safely.",
        "introduction": rich(
            "Knowsley Safeguarding Children Board (KSCB) brings together the council, Merseyside Police, "
            "health services, schools and other partners to keep children in Knowsley safe. "
            "We want every child in Knowsley to grow up safely, be healthy, feel listened to and have the "
            "right opportunities to achieve their potential."
        ),
    }


def priorities_index():
    return {
        "title": "Our priorities",
        "listing_summary": "The priorities and actions in the board's business plan for 2016 to 2018.",
        "introduction": (
            "Learning from serious case reviews, practice reviews, audits of multi-agency work and listening to "
            "staff working every day with vulnerable children has improved the board's understanding of where "
            "to focus. These priorities are reflected in the business plan for 2016/2018. For each one you can "
            "see what we said we would do, who leads it, and what we have done."
        ),
    }


def _action(action, lead_agency, status, progress="", date=None):
    return (
        "action",
        {
            "action": action,
            "progress": progress,
            "lead_agency": lead_agency,
            "status": status,
            "date": date,
            "evidence": [],
        },
    )


def priorities():
    """(slug, fields, image colours) for each business plan priority."""
    return [
        (
            "protection-from-abuse-neglect-and-exploitation",
            {
                "title": "Protecting children from abuse, neglect and exploitation",
                "listing_summary": "Making sure children in Knowsley are safeguarded and protected from harm.",
                "introduction": (
                    "Ensuring children in Knowsley are safeguarded and protected from harm, including abuse, "
                    "neglect and exploitation."
                ),
                "actions": [
                    _action(
                        "Establish the Knowsley Multi-Agency Safeguarding Hub (MASH)",
                        "Knowsley Council, Merseyside Police and health partners",
                        "done",
                        "Children's Social Care, Police and Health are co-located, so referrals about children who "
                        "may be at risk of harm are quickly identified and receive a timely service.",
                        datetime.date(2014, 2, 1),
                    ),
                    _action(
                        "Be very clear with parents when children's social care use written agreements",
                        "Knowsley Children's Social Care",
                        "in_progress",
                        "We have strengthened how we do this and will be monitoring improvements.",
                    ),
                    _action(
                        "Give practitioners guidance on persistent non-engagement with professionals",
                        "Early help services",
                        "done",
                        "The guidance sets out the roles and responsibilities of professionals who manage this "
                        "issue, so that practitioners are more confident when working with parents.",
                    ),
                    _action(
                        "Share the learning from serious case reviews across Merseyside",
                        "Merseyside Police Public Protection Unit",
                        "done",
                        "Findings of serious case reviews are collated and the learning is disseminated to "
                        "practitioners across the Merseyside region.",
                    ),
                ],
            },
            (BRAND[0], BRAND[4], BRAND[1]),
        ),
        (
            "domestic-abuse",
            {
                "title": "Domestic abuse",
                "listing_summary": (
                    "Supporting victims, taking positive action against perpetrators and helping children."
                ),
                "introduction": (
                    "A multi-agency domestic abuse action plan is being delivered with a clear emphasis on "
                    "supporting victims and taking positive action against perpetrators."
                ),
                "actions": [
                    _action(
                        "Deliver the multi-agency domestic abuse action plan",
                        "Knowsley Council",
                        "in_progress",
                        "The local authority has committed £150k of additional resources to support this priority.",
                    ),
                    _action(
                        "Develop new ways of helping children living in families where there may be domestic violence",
                        "Merseyside Police and Knowsley Children's Services",
                        "done",
                    ),
                    _action(
                        "Raise awareness of domestic abuse with young people through a drama production",
                        "KSCB with Public Health",
                        "done",
                        "The production was presented to senior schools in the borough and the college of further "
                        "education.",
                    ),
                    _action(
                        "Research multi-agency thresholds and the longer-term impact of domestic abuse on children",
                        "Knowsley MASH",
                        "in_progress",
                        "The research will establish whether referrals are made at the right time and identify the "
                        "right levels of risk to children.",
                    ),
                ],
            },
            (BRAND[2], BRAND[1], BRAND[0]),
        ),
        (
            "neglect",
            {
                "title": "Neglect",
                "listing_summary": "Strengthening our strategic and operational response to child neglect.",
                "introduction": (
                    "The neglect strategy has been reviewed. A working group, chaired by a senior manager within "
                    "the local authority, will strengthen our strategic and operational response to child neglect."
                ),
                "actions": [
                    _action("Review the neglect strategy", "KSCB", "done"),
                    _action(
                        "Set up a neglect working group",
                        "Knowsley Council",
                        "done",
                        "Chaired by a senior manager within the local authority.",
                    ),
                    _action(
                        "Support the Child Death Overview Panel's safe sleeping campaign",
                        "Child Death Overview Panel (CDOP)",
                        "done",
                        "Leaflets, posters and banners were distributed, and an electronic version of the literature "
                        "was posted on this website for everyone who works with young children and their families.",
                    ),
                    _action(
                        "Review the information health professionals give about sleeping arrangements for infants",
                        "5 Boroughs Partnership NHS Foundation Trust",
                        "in_progress",
                    ),
                    _action(
                        "Introduce the Baby Box initiative to enhance safe sleeping",
                        "Clinical Commissioning Group and Public Health",
                        "in_progress",
                        "The initiative will be phased in across Merseyside. It was developed as a result of "
                        "international research to reduce risk to infants.",
                    ),
                    _action(
                        "Improve the 'think family' approach and parenting within adult mental health services",
                        "5 Boroughs Partnership NHS Foundation Trust",
                        "in_progress",
                        "Part of the Trust's living life well transformation programme.",
                    ),
                ],
            },
            (BRAND[3], BRAND[1], BRAND[4]),
        ),
        (
            "listening-to-children",
            {
                "title": "Listening to children",
                "listing_summary": "Understanding what matters to children in Knowsley and acting on it.",
                "introduction": (
                    "The board recognised that it had limited understanding of what was important for children in "
                    "Knowsley, and is committed to listening to their voices."
                ),
                "actions": [
                    _action(
                        "Survey secondary school pupils about what concerns them",
                        "KSCB",
                        "done",
                        "1,800 secondary school pupils took part in an anonymised survey on issues such as domestic "
                        "abuse, sexual exploitation and substance misuse. The findings influenced the board's work "
                        "and priorities.",
                    ),
                    _action(
                        "Build the survey's key themes into the PSHE curriculum",
                        "KSCB with Knowsley schools",
                        "done",
                        "The key themes have been incorporated into the Personal Social Health Education (PSHE) "
                        "curriculum for schools in Knowsley.",
                    ),
                    _action(
                        "Commission a focus group on how to engage and respond to children's concerns",
                        "KSCB",
                        "in_progress",
                    ),
                ],
            },
            (BRAND[4], BRAND[0], BRAND[1]),
        ),
        (
            "learning-and-training",
            {
                "title": "Learning and training",
                "listing_summary": (
                    "Training for professionals, focused on the board's priorities and lessons from reviews."
                ),
                "introduction": (
                    "Targeted training is delivered to a wide range of professionals across the agencies. It is "
                    "aimed at the board's priorities and reflects the lessons identified in serious case reviews."
                ),
                "actions": [
                    _action(
                        "Deliver targeted multi-agency training",
                        "KSCB",
                        "done",
                        "In excess of 2,000 allocated places have been filled.",
                    ),
                    _action(
                        "Offer training through briefings, e-learning and seminars",
                        "KSCB",
                        "done",
                    ),
                ],
            },
            (BRAND[1], BRAND[0], BRAND[3]),
        ),
    ]


def publications_index():
    return {
        "title": "Publications",
        "listing_summary": "Serious case reviews and the board's responses.",
        "introduction": (
            "When a child dies or is seriously harmed and abuse or neglect is suspected, the board reviews how "
            "agencies worked together, so that everyone can learn. Here are the reviews and what we have done."
        ),
    }


def child_r(paragraphs, response_pdf):
    # The first two paragraphs are the title lines of the board's response.
    response = [p for p in paragraphs if not p.startswith("**")]
    return {
        "title": "Child R serious case review",
        "listing_summary": "The Child R serious case review and the board's response: what we have done.",
        "publication_type": "serious_case_review",
        "publication_date": datetime.date(2016, 6, 1),
        "summary": (
            "The Child R serious case review covers the period from 2011 to 2015. Knowsley Safeguarding Children "
            "Board accepts the findings of the review and is committed to learn the lessons identified in the report."
        ),
        "learning_points": [
            ("point", "Be very clear with parents when children's social care implement written agreements."),
            ("point", "Understand what is important to children in Knowsley, and listen to their voices."),
            ("point", "Recognise the longer-term impact on children of living with domestic abuse."),
            ("point", "Give clear, consistent advice to families about safe sleeping for infants."),
            ("point", "Support practitioners when parents persistently do not engage with professionals."),
        ],
        "board_response": [paragraph_block(*response)],
        "downloads": [
            (
                "document",
                {
                    "document": response_pdf,
                    "title": "KSCB response – what we have done",
                    "description": "The board's full response to the Child R serious case review.",
                },
            )
        ],
    }


def news_index():
    return {
        "title": "News",
        "listing_summary": "Updates from the board.",
        "introduction": "What the board and its partners have been doing.",
    }


def news_items():
    return [
        (
            "safe-sleeping-literature-online",
            {
                "title": "Safe sleeping campaign literature now online",
                "date": datetime.date(2016, 11, 14),
                "listing_summary": "An electronic version of the safe sleeping literature is now on this website.",
                "body": [
                    paragraph_block(
                        "The board supported the Child Death Overview Panel (CDOP) Safe Sleeping Campaign, which "
                        "included the distribution of leaflets, posters and banners.",
                        "An electronic version of the literature is now on this website to help everyone who works "
                        "with young children and their families.",
                    )
                ],
            },
        ),
        (
            "pupil-survey-findings",
            {
                "title": "1,800 pupils tell us what concerns them",
                "date": datetime.date(2016, 9, 20),
                "listing_summary": "An anonymised survey of secondary pupils is shaping the board's priorities.",
                "body": [
                    paragraph_block(
                        "1,800 secondary school pupils took part in an anonymised survey on issues such as domestic "
                        "abuse, sexual exploitation and substance misuse.",
                        "The survey identified what Knowsley children were concerned about, and its findings have "
                        "influenced the work and priorities of the board.",
                    )
                ],
            },
        ),
        (
            "training-places-filled",
            {
                "title": "Over 2,000 training places filled",
                "date": datetime.date(2016, 7, 5),
                "listing_summary": "Multi-agency training focused on the board's priorities.",
                "body": [
                    paragraph_block(
                        "Targeted training has continued to be delivered to a wide range of professionals across "
                        "the agencies, through personal briefings, e-learning and seminars.",
                        "In excess of 2,000 allocated places have been filled.",
                    )
                ],
            },
        ),
        (
            "baby-box-initiative",
            {
                "title": "Baby Box initiative to be phased in across Merseyside",
                "date": datetime.date(2017, 1, 16),
                "listing_summary": "A new initiative aimed at enhancing safe sleeping for babies.",
                "body": [
                    paragraph_block(
                        "The Clinical Commissioning Group and Public Health have supported the introduction of an "
                        "initiative known as 'Baby Box', aimed at enhancing safe sleeping.",
                        "The initiative will be phased in across Merseyside. It has been developed as a result of "
                        "international research undertaken to reduce this potential area of risk to infants.",
                    )
                ],
            },
        ),
    ]


def standard_pages():
    """(slug, fields) for the general content pages."""
    return [
        (
            "mash",
            {
                "title": "Multi-Agency Safeguarding Hub (MASH)",
                "show_in_menus": True,
                "listing_summary": "Where concerns about a child's safety are received and acted on.",
                "introduction": (
                    "Knowsley Multi-Agency Safeguarding Hub (MASH) was established in February 2014. If you are "
                    "worried about a child, this is where your concern goes."
                ),
                "body": [
                    ("heading", {"text": "How the MASH works", "level": "h2"}),
                    paragraph_block(
                        "Children's Social Care, Police and Health are co-located in the MASH. This means that when "
                        "referrals about children who may be at risk of harm are received, they are quickly "
                        "identified and receive a timely service from the partnership.",
                        "The MASH is developing research around multi-agency thresholds, to help recognise the "
                        "longer-term impact on children of incidents of domestic abuse, and to check that referrals "
                        "are made at the right time and at the right level of risk.",
                    ),
                    (
                        "callout",
                        {
                            "style": "warning",
                            "heading": "If a child is in immediate danger",
                            "text": "<p>Call 999 now.</p>",
                        },
                    ),
                    (
                        "accordion",
                        {
                            "heading": "Questions people ask",
                            "items": [
                                {
                                    "question": "Do I need to be sure before I report a concern?",
                                    "answer": "<p>No. Tell the MASH what you have seen or heard. Professionals will "
                                    "decide what to do next.</p>",
                                },
                                {
                                    "question": "I am a child or young person. Who can I talk to?",
                                    "answer": "<p>You can call Childline free on 0800 1111, at any time. It is "
                                    "private.</p>",
                                },
                            ],
                        },
                    ),
                    (
                        "contact",
                        {
                            "name": "Childline",
                            "description": "Free, private help for children and young people.",
                            "phone": "0800 1111",
                            "email": "",
                            "hours": "Any time, day or night",
                            "address": "",
                        },
                    ),
                ],
            },
        ),
        (
            "neglect-strategy",
            {
                "title": "Neglect strategy",
                "listing_summary": "How the board and its partners respond to child neglect.",
                "introduction": "Neglect is a priority in the board's business plan for 2016/2018.",
                "body": [
                    paragraph_block(
                        "The neglect strategy has been reviewed and a working group has been established, chaired "
                        "by a senior manager within the local authority. The group will strengthen our strategic "
                        "and operational response to dealing with child neglect.",
                        "Early help services have developed guidance concerning persistent non-engagement with "
                        "professionals. The guidance highlights the roles and responsibilities of professionals who "
                        "manage this issue, and will support practitioners to be more confident when working with "
                        "parents.",
                    ),
                    (
                        "quote",
                        {
                            "quote": "KSCB is determined to deliver our strategic priorities and ensure that children "
                            "in Knowsley are able to grow up safely, be healthy, feel listened to and are given the "
                            "right opportunities to achieve their potential.",
                            "attribution": "KSCB response to the Child R serious case review",
                        },
                    ),
                ],
            },
        ),
        (
            "training",
            {
                "title": "Training for professionals",
                "show_in_menus": True,
                "listing_summary": "Multi-agency safeguarding training: briefings, e-learning and seminars.",
                "introduction": (
                    "Targeted training for professionals across the agencies, aimed at the board's priorities and the "
                    "lessons from serious case reviews."
                ),
                "body": [
                    paragraph_block(
                        "The training is delivered through a number of mediums, including personal briefings, "
                        "e-learning and seminars. In excess of 2,000 allocated places have been filled.",
                        "The findings of serious case reviews are collated by Merseyside Police Public Protection "
                        "Unit, who disseminate learning to practitioners across the Merseyside region.",
                    )
                ],
            },
        ),
        (
            "staying-safe-online",
            {
                "title": "Staying safe online",
                "listing_summary": "What the 'Exit this page' button does, and how to browse more privately.",
                "introduction": (
                    "If someone at home might check what you look at, these steps can help you read this site more "
                    "safely."
                ),
                "body": [
                    ("heading", {"text": "The 'Exit this page' button", "level": "h2"}),
                    paragraph_block(
                        "Every page of this site has an 'Exit this page' button at the top. Select it, or press the "
                        "Shift key 3 times, to leave this site straight away for the BBC weather page.",
                        "When you use the button, the page you were reading is replaced, so pressing Back will not "
                        "return to it.",
                    ),
                    (
                        "callout",
                        {
                            "style": "warning",
                            "heading": "What the button does not do",
                            "text": "<p>It does not delete your browsing history. Someone who looks at your history "
                            "can still see that you visited this site.</p>",
                        },
                    ),
                    ("heading", {"text": "How to browse privately", "level": "h2"}),
                    paragraph_block(
                        "Use a private or incognito window. Your browser will not keep a history of the pages you "
                        "visit in that window once you close it.",
                        "If you cannot use a private window, you can delete this site from your browsing history "
                        "afterwards. Only delete the pages you need to: a history that is suddenly empty may be "
                        "noticed.",
                        "If you are worried that your phone, tablet or computer is being watched, use a device "
                        "someone else does not have access to, such as one at a library, school or friend's house.",
                    ),
                    ("heading", {"text": "If you are in danger", "level": "h2"}),
                    paragraph_block(
                        "If you are in danger now, call 999. Children and young people can call Childline free on "
                        "0800 1111, at any time."
                    ),
                ],
            },
        ),
        (
            "accessibility-statement",
            {
                "title": "Accessibility statement",
                "listing_summary": "How accessible this website is and how to tell us about a problem.",
                "introduction": (
                    "This accessibility statement applies to the Knowsley Safeguarding Children Board website."
                ),
                "body": [
                    paragraph_block(
                        "This website is run by Knowsley Safeguarding Children Board. We want as many people as "
                        "possible to be able to use it. For example, you should be able to change colours, contrast "
                        "levels and fonts using your browser or device settings; zoom in up to 400% without the "
                        "text spilling off the screen; navigate the whole website using just a keyboard; use the "
                        "website without JavaScript; and listen to it using a screen reader."
                    ),
                    ("heading", {"text": "How accessible this website is", "level": "h2"}),
                    paragraph_block(
                        "We test every page type against the Web Content Accessibility Guidelines (WCAG) 2.2 at "
                        "level AA, with automated checks and by using it with a keyboard only.",
                        "Some documents, particularly older PDF files, may not be fully accessible to screen reader "
                        "software.",
                    ),
                    ("heading", {"text": "Feedback and contact information", "level": "h2"}),
                    paragraph_block(
                        "If you need information on this website in a different format, such as an accessible PDF, "
                        "large print, easy read, audio recording or braille, contact the board's business unit. We "
                        "will consider your request and get back to you."
                    ),
                    ("heading", {"text": "Reporting accessibility problems with this website", "level": "h2"}),
                    paragraph_block(
                        "We are always looking to improve the accessibility of this website. If you find any "
                        "problems not listed on this page, or think we are not meeting accessibility requirements, "
                        "contact the board's business unit."
                    ),
                    ("heading", {"text": "Enforcement procedure", "level": "h2"}),
                    paragraph_block(
                        "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public "
                        "Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 "
                        "(the 'accessibility regulations'). If you are not happy with how we respond to your "
                        "complaint, contact the Equality Advisory and Support Service (EASS)."
                    ),
                    ("heading", {"text": "Technical information about this website's accessibility", "level": "h2"}),
                    paragraph_block(
                        "Knowsley Safeguarding Children Board is committed to making its website accessible, in "
                        "accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) "
                        "Accessibility Regulations 2018.",
                        "Compliance status: this website is fully compliant with the Web Content Accessibility "
                        "Guidelines version 2.2 AA standard, except for the non-accessible content listed below.",
                    ),
                    ("heading", {"text": "Non-accessible content", "level": "h2"}),
                    paragraph_block(
                        "Some PDF documents published before this website was launched are not fully accessible. "
                        "Under the regulations we do not have to fix PDFs published before 23 September 2018 if "
                        "they are not essential to providing our services. Any new PDF we publish will meet "
                        "accessibility standards."
                    ),
                    ("heading", {"text": "Preparation of this accessibility statement", "level": "h2"}),
                    paragraph_block(
                        "This statement is reviewed whenever the website changes. The website is tested "
                        "automatically with axe-core in Chromium on every change, on every page type, at narrow "
                        "and wide screen sizes."
                    ),
                ],
            },
        ),
        (
            "privacy-notice",
            {
                "title": "Privacy notice",
                "listing_summary": "What information this website collects, and why.",
                "introduction": "We collect as little information about you as we can.",
                "body": [
                    ("heading", {"text": "Reading this website", "level": "h2"}),
                    paragraph_block(
                        "This website does not use analytics, advertising or tracking of any kind, and it loads "
                        "nothing from other websites. Reading pages sets no cookies.",
                        "A cookie is set only when you fill in a form, to protect the form from misuse. It contains "
                        "no information about you and expires when you close your browser.",
                        "We do not record what you search for.",
                    ),
                    ("heading", {"text": "Who we are", "level": "h2"}),
                    paragraph_block(
                        "Knowsley Safeguarding Children Board is the data controller for information collected "
                        "through this website."
                    ),
                    ("heading", {"text": "Your rights", "level": "h2"}),
                    paragraph_block(
                        "You have the right to ask for a copy of information we hold about you, to ask us to correct "
                        "or delete it, and to complain to the Information Commissioner's Office (ICO)."
                    ),
                ],
            },
        ),
    ]
