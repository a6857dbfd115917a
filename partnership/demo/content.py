"""The demo's words. Facts and figures are quoted from the board's response to the Child R serious
case review (home/demo/seed_child_r_response.txt); what the seed does not say is marked illustrative."""

from home.demo.helpers import paragraph_block

REPORT = {
    "slug": "yearly-report",
    "title": "Yearly report",
    "year": 2016,
    "period": "2016 to 2017 (illustrative)",
    "summary": "What the board and its partners did to keep children in Knowsley safe, chapter by chapter.",
    "introduction": (
        "This report says what Knowsley Safeguarding Children Board and its partners have done to keep children "
        "safe, what we have learned from reviews, and what we will do next."
    ),
    "note": (
        "The facts in this chapter are quoted from the board's published response to the Child R serious case "
        "review. The year of the report and the chapter headings were written for this demonstration site."
    ),
}

CHAPTERS = [
    {
        "slug": "our-priorities",
        "title": "Our priorities",
        "summary": "The priorities and actions in the business plan for 2016/2018.",
        "body": [
            paragraph_block(
                "Learning from the serious case reviews, practice reviews, audits of multi-agency work and "
                "listening to staff working every day with vulnerable children, has improved KSCB's understanding "
                "of the need to focus on specific areas of work.",
                "We have identified a number of priorities and actions, which are reflected in the business plan "
                "for 2016/2018. These include ensuring children in Knowsley are safeguarded and protected from "
                "harm, including abuse, neglect and exploitation.",
            ),
        ],
    },
    {
        "slug": "the-mash",
        "title": "The Multi-Agency Safeguarding Hub",
        "summary": "How concerns about children are received and acted on, and the MASH's threshold research.",
        "body": [
            paragraph_block(
                "Knowsley Multi-Agency Safeguarding Hub (MASH) was established in February 2014 and is working "
                "well. Within this model of working Children's Social Care, Police and Health are co-located which "
                "means when referrals about children who may be at risk of harm are received they are now quickly "
                "identified and receive a timely service from the Partnership.",
                "The MASH is developing research around multi agency thresholds to assist in recognising the longer "
                "term impact on children following incidents of domestic abuse.",
            ),
        ],
    },
    {
        "slug": "neglect-and-domestic-abuse",
        "title": "Neglect and domestic abuse",
        "summary": "The neglect strategy and the multi-agency domestic abuse action plan.",
        "body": [
            paragraph_block(
                "The neglect strategy has been reviewed and a working group has been established, chaired by a "
                "senior manager within the local authority.",
                "A multi-agency domestic abuse action plan has been developed and is being delivered with a clear "
                "emphasis on supporting victims and taking positive action against perpetrators. The local "
                "authority has committed £150k of additional resources to support this priority.",
            ),
        ],
    },
    {
        "slug": "listening-to-children",
        "title": "Listening to children",
        "summary": "The survey of 1,800 secondary school pupils, and what the board did with what they said.",
        "body": [
            paragraph_block(
                "1,800 secondary school pupils took part in an anonymised survey on issues such as domestic abuse, "
                "sexual exploitation and substance misuse.",
                "The Board commissioned in partnership with Public Health a drama company to raise awareness of the "
                "aspects of domestic abuse. The key themes from this learning have been incorporated into the "
                "Personal Social Health Education (PSHE) curriculum for schools in Knowsley.",
                "To reflect the Board's commitment to listen to the voices of children, a focus group has been "
                "commissioned to explore how we can engage and respond to children's concerns.",
            ),
        ],
    },
    {
        "slug": "training-and-learning",
        "title": "Training and learning from reviews",
        "summary": "Over 2,000 training places filled, and how learning from reviews reaches practitioners.",
        "body": [
            paragraph_block(
                "Targeted training has continued to be delivered to a wide range of professionals across the "
                "agencies. In excess of 2,000 allocated places have been filled.",
                "The serious case review identified the need to be very clear with parents that children's social "
                "care implement written agreements. As a result we have strengthened how we do this and will be "
                "monitoring improvements.",
                "The findings of serious case reviews are collated by Merseyside Police Public Protection Unit, who "
                "disseminate learning to practitioners across the Merseyside region.",
            ),
        ],
    },
    {
        "slug": "safe-sleeping",
        "title": "Safe sleeping",
        "summary": "The Safe Sleeping Campaign and the Baby Box initiative.",
        "body": [
            paragraph_block(
                "The impact of co-sleeping has been considered by KSCB, who supported the Child Death Overview "
                "Panel (CDOP) Safe Sleeping Campaign.",
                "Further work has been supported by the Clinical Commissioning Group and Public health in relation "
                "to the introduction of an initiative known as 'Baby Box', aimed at enhancing safe sleeping.",
            ),
        ],
    },
]

EASY_READ = {
    "slug": "yearly-report-easy-read",
    "title": "Yearly report: easy read",
    "summary": "The yearly report in short, simple sentences.",
    "introduction": "This is the yearly report in easy words.",
    "note": (
        "This easy-read summary was written for this demonstration site from the board's response to the Child R "
        "serious case review. A real easy-read version is made with, and checked by, the people who will read it."
    ),
    "paragraphs": [
        "The board helps keep children in Knowsley safe.",
        "Police, health workers and social workers work together in one team. The team is called the MASH.",
        "1,800 young people at secondary school answered questions. They told us what worries them.",
        "More than 2,000 places on training courses were filled.",
    ],
}

ARRANGEMENTS = {
    "slug": "safeguarding-arrangements",
    "title": "Our safeguarding arrangements",
    "summary": "How the local authority, the police and health work together to keep children safe.",
    "introduction": (
        "The safeguarding partners publish how they work together, and with other agencies, to keep children in "
        "Knowsley safe."
    ),
    "partners": (
        "<ul><li>Knowsley Council (the local authority)</li><li>Merseyside Police</li>"
        "<li>Health: the Clinical Commissioning Group</li></ul>"
    ),
    "note": (
        "The headings and framing of this page were written for this demonstration site. The facts are quoted from "
        "the board's published response to the Child R serious case review."
    ),
    "body": [
        ("heading", {"text": "Working together", "level": "h2"}),
        paragraph_block(
            "Knowsley Multi-Agency Safeguarding Hub (MASH) was established in February 2014. Children's Social "
            "Care, Police and Health are co-located, so that referrals about children who may be at risk of harm "
            "are quickly identified and receive a timely service.",
            'The 5 Boroughs Partnership NHS Foundation Trust is improving the "think family" approach and '
            "parenting within adult mental health services.",
        ),
        ("heading", {"text": "Learning from reviews", "level": "h2"}),
        paragraph_block(
            "Learning from serious case reviews, practice reviews and audits of multi-agency work shapes the board's "
            "priorities. The findings of serious case reviews are collated by Merseyside Police Public Protection "
            "Unit, who disseminate learning to practitioners across the Merseyside region.",
        ),
    ],
}

SCRUTINY = {
    "slug": "independent-scrutiny",
    "title": "Independent scrutiny",
    "summary": "Who checks how well the safeguarding partners work together, their reports, how to raise a concern.",
    "introduction": (
        "Someone independent of the safeguarding partners checks how well they work together to keep children "
        "safe. (Illustrative: this page's words were written for the demonstration site.)"
    ),
    "role": (
        "The independent scrutineer looks at how well the local authority, the police and health work together, "
        "talks to children, families and staff, and reports on what is working and what must change. "
        "(Illustrative: staff enter the scrutineer's name and role once confirmed.)"
    ),
    "raise_a_concern": (
        "<p>If a child is in danger now, call 999. If you are worried about a child, use the "
        "'Worried about a child?' page to find who to call.</p>"
        "<p>To raise a concern about how the partners work together, write to the board. (Illustrative: staff add "
        "how to reach the board and the scrutineer here.)</p>"
    ),
}
