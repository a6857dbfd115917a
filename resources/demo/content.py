"""The words of the demo resource library, from the board's own material.

The board turned what it learned (the survey of 1,800 secondary pupils, serious
case reviews, the drama production on domestic abuse) into PSHE material for
Knowsley's schools and into guidance for professionals. Review dates are
illustrative and set relative to the day the demo is loaded, so that some
resources are always overdue.
"""

from dataclasses import dataclass, field

AUDIENCES = [
    ("parents-and-carers", "Parents and carers"),
    ("professionals", "Professionals"),
    ("children-and-young-people", "Children and young people"),
    ("schools-and-teachers", "Schools and teachers"),
]
TOPICS = [
    ("domestic-abuse", "Domestic abuse"),
    ("healthy-relationships", "Healthy relationships"),
    ("safe-sleeping", "Safe sleeping"),
    ("neglect", "Neglect"),
    ("exploitation", "Exploitation"),
    ("substance-misuse", "Substance misuse"),
    ("online-safety", "Online safety"),
    ("emotional-health", "Emotional health"),
    ("early-help", "Early help"),
    ("think-family", "Think family"),
]
PSHE_THEMES = [
    ("health-and-wellbeing", "Health and wellbeing"),
    ("relationships", "Relationships"),
    ("living-in-the-wider-world", "Living in the wider world"),
]
KEY_STAGES = [
    ("ks1", "KS1 (ages 5 to 7)"),
    ("ks2", "KS2 (ages 7 to 11)"),
    ("ks3", "KS3 (ages 11 to 14)"),
    ("ks4", "KS4 (ages 14 to 16)"),
    ("ks5", "KS5 (ages 16 to 18)"),
]
RESOURCE_TYPES = [
    ("lesson-plan", "Lesson plan"),
    ("slides", "Slides"),
    ("worksheet", "Worksheet"),
    ("guidance", "Guidance"),
    ("leaflet", "Leaflet"),
    ("video", "Video"),
    ("briefing", "Briefing"),
    ("e-learning", "E-learning"),
    ("policy", "Policy"),
]

# Staff roles that own resources. Role accounts, not people: the material names no one.
OWNERS = [
    ("pshe-lead", "pshe-lead@kscb.example"),
    ("practice-lead", "practice-lead@kscb.example"),
]

LIBRARY = {
    "title": "Resources",
    "listing_summary": "PSHE lessons for Knowsley's schools and guidance for professionals and families.",
    "introduction": (
        "Lessons, slides and worksheets for Knowsley's schools, built from what 1,800 secondary pupils told us, "
        "and guidance, leaflets and briefings for professionals, parents and carers. Filter by who it is for, "
        "topic, PSHE theme, Key Stage or type."
    ),
}

SAFEGUARDING_NOTE = (
    "<p>Agree ground rules with the class before you start: no personal stories about named people, "
    "the right to pass, and that you cannot keep a secret if someone is at risk of harm.</p>"
    "<ul><li>Tell pupils where to get help: a trusted adult in school, Childline on 0800 1111 "
    "(free, any time), and 999 if someone is in danger now.</li>"
    "<li>If a pupil discloses abuse, listen, do not promise confidentiality, write down what they said "
    "in their words and tell your Designated Safeguarding Lead the same day.</li></ul>"
)

CHILDREN_HELP = (
    "If you are worried about yourself or a friend, talk to a trusted adult. You can call Childline free on "
    "0800 1111 at any time, day or night. If someone is in danger now, call 999."
)
SURVEY = (
    "1,800 secondary school pupils in Knowsley took part in an anonymised survey on issues such as "
    "domestic abuse, sexual exploitation and substance misuse. A number of children made disclosures about "
    "what they thought was 'normal' behaviour in relationships."
)
DRAMA = (
    "The board commissioned, in partnership with Public Health, a drama company to raise awareness of "
    "domestic abuse. The production was presented to senior schools in the borough and the college of further "
    "education, and its key themes are now part of the PSHE curriculum for schools in Knowsley."
)


@dataclass
class DemoResource:
    slug: str
    title: str
    summary: str
    audiences: list
    topics: list
    types: list
    paragraphs: list
    themes: list = field(default_factory=list)
    key_stages: list = field(default_factory=list)
    outcomes: list = field(default_factory=list)
    duration: str = ""
    link: tuple = ()  # (title, url, description): an external resource instead of a PDF
    owner: str = "practice-lead"
    review: str = "current"  # "current", "due_soon" or "overdue"

    @property
    def is_classroom(self):
        return bool(self.key_stages)


SCHOOLS = ["schools-and-teachers"]
PUPILS = ["schools-and-teachers", "children-and-young-people"]
PROS = ["professionals"]
FAMILIES = ["parents-and-carers"]


def lesson(slug, title, summary, topics, themes, key_stages, types, paragraphs, outcomes, duration, **extra):
    return DemoResource(
        slug,
        title,
        summary,
        extra.pop("audiences", SCHOOLS),
        topics,
        types,
        paragraphs,
        themes=themes,
        key_stages=key_stages,
        outcomes=outcomes,
        duration=duration,
        owner="pshe-lead",
        **extra,
    )


def resources():
    return [
        lesson(
            "ks3-healthy-and-unhealthy-relationships",
            "Healthy and unhealthy relationships: KS3 lesson",
            "A lesson that helps pupils tell healthy relationships from controlling or abusive ones, "
            "built on what Knowsley pupils told the board.",
            ["healthy-relationships", "domestic-abuse"],
            ["relationships"],
            ["ks3"],
            ["lesson-plan"],
            [
                SURVEY,
                "This lesson starts from those answers: pupils sort behaviours into healthy, unhealthy and "
                "abusive, and talk about why.",
                CHILDREN_HELP,
            ],
            [
                "Pupils can describe what a healthy relationship looks like.",
                "Pupils can recognise controlling behaviour.",
                "Pupils know where to get help for themselves or a friend.",
            ],
            "One 50-minute lesson",
        ),
        lesson(
            "ks3-what-is-domestic-abuse",
            "What is domestic abuse? KS3 lesson after the drama production",
            "A follow-up lesson to the board's drama production: what domestic abuse is, how it affects "
            "children, and where to get help.",
            ["domestic-abuse"],
            ["relationships", "health-and-wellbeing"],
            ["ks3"],
            ["lesson-plan"],
            [DRAMA, "The lesson uses scenes from the production to start discussion in small groups.", CHILDREN_HELP],
            [
                "Pupils can explain what domestic abuse is.",
                "Pupils understand that domestic abuse is never the child's fault.",
                "Pupils know how to get help.",
            ],
            "One 60-minute lesson",
            review="overdue",
        ),
        lesson(
            "ks3-domestic-abuse-slides",
            "Domestic abuse: KS3 lesson slides",
            "Slides to teach the KS3 domestic-abuse lesson, with discussion questions and where to get help.",
            ["domestic-abuse"],
            ["relationships"],
            ["ks3"],
            ["slides"],
            [
                DRAMA,
                "Slide notes explain each discussion question and how to keep the conversation safe.",
                CHILDREN_HELP,
            ],
            ["Pupils can explain what domestic abuse is."],
            "One 50-minute lesson",
        ),
        lesson(
            "ks3-where-to-get-help-worksheet",
            "Where to get help: KS3 worksheet on domestic abuse",
            "A worksheet pupils keep: who they can talk to in school and outside it, and what happens next.",
            ["domestic-abuse", "emotional-health"],
            ["relationships", "health-and-wellbeing"],
            ["ks3"],
            ["worksheet"],
            ["Pupils list the trusted adults they could talk to and practise what they might say.", CHILDREN_HELP],
            ["Pupils can name three ways to get help."],
            "20 minutes",
            audiences=PUPILS,
        ),
        lesson(
            "ks4-controlling-behaviour-in-teenage-relationships",
            "Controlling behaviour in teenage relationships: KS4 lesson",
            "Pupils look at jealousy, checking phones and isolation from friends, and why these are warning signs.",
            ["healthy-relationships", "domestic-abuse"],
            ["relationships"],
            ["ks4"],
            ["lesson-plan"],
            [
                SURVEY,
                "The lesson explores what pupils said was 'normal' in relationships and challenges it.",
                CHILDREN_HELP,
            ],
            [
                "Pupils can recognise coercive and controlling behaviour.",
                "Pupils can support a friend who is worried about their relationship.",
            ],
            "One 60-minute lesson",
        ),
        lesson(
            "ks4-consent-and-respect-slides",
            "Consent and respect: KS4 lesson slides",
            "Slides on consent, respect and pressure in relationships, with scenarios for discussion.",
            ["healthy-relationships"],
            ["relationships"],
            ["ks4"],
            ["slides"],
            ["Scenarios help pupils talk about consent without sharing personal stories.", CHILDREN_HELP],
            ["Pupils understand what consent means and when it cannot be given."],
            "One 50-minute lesson",
            review="due_soon",
        ),
        lesson(
            "ks4-drama-follow-up-domestic-abuse",
            "After the performance: KS4 lesson on domestic abuse",
            "A KS4 lesson to follow the board's drama production, on how domestic abuse affects the whole family.",
            ["domestic-abuse", "think-family"],
            ["relationships", "health-and-wellbeing"],
            ["ks4"],
            ["lesson-plan"],
            [DRAMA, CHILDREN_HELP],
            ["Pupils can describe how domestic abuse affects children in a family."],
            "Two 50-minute lessons",
        ),
        lesson(
            "ks5-relationships-and-domestic-abuse-discussion-guide",
            "Relationships and domestic abuse: KS5 and college discussion guide",
            "A discussion guide for sixth forms and the college of further education, where the drama was shown.",
            ["domestic-abuse", "healthy-relationships"],
            ["relationships"],
            ["ks5"],
            ["lesson-plan", "guidance"],
            [DRAMA, "Students discuss the production's themes and how to support friends.", CHILDREN_HELP],
            [
                "Students can recognise the signs of an abusive relationship.",
                "Students know local and national sources of help.",
            ],
            "One 60-minute session",
            review="overdue",
        ),
        lesson(
            "ks2-friendships-and-feeling-safe",
            "Friendships and feeling safe: KS2 lesson",
            "A gentle lesson for younger pupils on kind friendships, feeling safe and telling a trusted adult.",
            ["healthy-relationships", "emotional-health"],
            ["relationships", "health-and-wellbeing"],
            ["ks2"],
            ["lesson-plan"],
            ["Pupils talk about what makes a good friend and what to do if something feels wrong.", CHILDREN_HELP],
            ["Pupils can describe a kind friendship.", "Pupils can name a trusted adult."],
            "One 45-minute lesson",
        ),
        lesson(
            "ks2-keeping-safe-online-worksheet",
            "Keeping safe online: KS2 worksheet",
            "A worksheet about sharing, passwords and telling an adult when something online worries you.",
            ["online-safety"],
            ["health-and-wellbeing", "living-in-the-wider-world"],
            ["ks2"],
            ["worksheet"],
            ["Pupils sort online situations into safe, not sure and tell an adult.", CHILDREN_HELP],
            ["Pupils know what to do if something online worries them."],
            "30 minutes",
            audiences=PUPILS,
        ),
        lesson(
            "ks3-online-safety-and-grooming",
            "Staying safe online: KS3 lesson on grooming",
            "How people who want to exploit children build trust online, and how pupils can protect themselves.",
            ["online-safety", "exploitation"],
            ["relationships", "living-in-the-wider-world"],
            ["ks3"],
            ["lesson-plan"],
            [SURVEY, "The lesson shows how grooming works and how to report it.", CHILDREN_HELP],
            ["Pupils can recognise signs of online grooming.", "Pupils know how to report concerns."],
            "One 50-minute lesson",
        ),
        lesson(
            "ks4-exploitation-and-grooming",
            "Exploitation: KS4 lesson",
            "Sexual and criminal exploitation: what it is, the signs, and how to get help for yourself or a friend.",
            ["exploitation"],
            ["relationships", "living-in-the-wider-world"],
            ["ks4"],
            ["lesson-plan"],
            [SURVEY, CHILDREN_HELP],
            ["Pupils can describe the signs of exploitation.", "Pupils know how to get help."],
            "One 60-minute lesson",
            review="overdue",
        ),
        lesson(
            "ks3-drugs-and-alcohol-informed-choices",
            "Drugs and alcohol, making informed choices: KS3 lesson",
            "Pupils look at the risks of alcohol and drugs and practise saying no under pressure.",
            ["substance-misuse"],
            ["health-and-wellbeing"],
            ["ks3"],
            ["lesson-plan"],
            [SURVEY, "Role plays help pupils practise responses to pressure from friends.", CHILDREN_HELP],
            ["Pupils can describe the risks of alcohol and drug use.", "Pupils can resist pressure."],
            "One 50-minute lesson",
        ),
        lesson(
            "ks4-substance-misuse-slides",
            "Substance misuse: KS4 lesson slides",
            "Slides on substance misuse, its links with exploitation, and where young people can get support.",
            ["substance-misuse", "exploitation"],
            ["health-and-wellbeing", "living-in-the-wider-world"],
            ["ks4"],
            ["slides"],
            [SURVEY, CHILDREN_HELP],
            ["Pupils understand the links between substance misuse and exploitation."],
            "One 50-minute lesson",
        ),
        lesson(
            "ks2-talking-about-worries",
            "Talking about worries: KS2 lesson on emotional health",
            "A lesson to help younger pupils name their feelings and know who to talk to.",
            ["emotional-health"],
            ["health-and-wellbeing"],
            ["ks2"],
            ["lesson-plan"],
            ["Pupils make a 'worry map' of people they can talk to.", CHILDREN_HELP],
            ["Pupils can name their feelings.", "Pupils know who they can talk to."],
            "One 45-minute lesson",
            audiences=PUPILS,
        ),
        lesson(
            "ks4-ks5-looking-after-your-emotional-health",
            "Looking after your emotional health: KS4 and KS5 worksheet",
            "A worksheet for older pupils on stress, low mood and getting support early.",
            ["emotional-health"],
            ["health-and-wellbeing"],
            ["ks4", "ks5"],
            ["worksheet"],
            ["Pupils plan small steps that help when they feel low, and where to get support.", CHILDREN_HELP],
            ["Pupils can make a plan to look after their emotional health."],
            "30 minutes",
            audiences=PUPILS,
            review="due_soon",
        ),
        lesson(
            "pshe-curriculum-overview-ks2-to-ks5",
            "PSHE curriculum overview: safeguarding themes from KS2 to KS5",
            "How the board's learning on domestic abuse, exploitation and substance misuse fits the PSHE curriculum.",
            ["domestic-abuse", "healthy-relationships", "exploitation", "substance-misuse"],
            ["health-and-wellbeing", "relationships", "living-in-the-wider-world"],
            ["ks2", "ks3", "ks4", "ks5"],
            ["guidance", "policy"],
            [SURVEY, DRAMA, "This overview maps each lesson in the library to the PSHE core themes and Key Stages."],
            [],
            "",
        ),
        lesson(
            "thinkuknow-films-for-young-people",
            "Thinkuknow: films and advice on staying safe online",
            "Films and activities from CEOP's Thinkuknow programme, for use in lessons or at home.",
            ["online-safety", "exploitation"],
            ["relationships"],
            ["ks3", "ks4"],
            ["video"],
            ["Use these films alongside the KS3 lesson on online grooming.", CHILDREN_HELP],
            ["Pupils know how to report online concerns."],
            "Films of a few minutes each",
            audiences=PUPILS,
            link=(
                "Thinkuknow (CEOP)",
                "https://www.thinkuknow.co.uk/",
                "Education programme from the National Crime Agency's CEOP command.",
            ),
        ),
        DemoResource(
            "where-to-get-help-card-for-young-people",
            "Where to get help: a card for children and young people",
            "A pocket card for children and young people: who to talk to, Childline and what to do in an emergency.",
            ["children-and-young-people"],
            ["domestic-abuse", "emotional-health", "exploitation"],
            ["leaflet"],
            [CHILDREN_HELP, "You will be listened to. It is never your fault."],
            themes=["health-and-wellbeing"],
            key_stages=["ks2", "ks3", "ks4", "ks5"],
            owner="pshe-lead",
        ),
        DemoResource(
            "pupil-survey-briefing-for-schools",
            "What 1,800 pupils told us: briefing for schools and professionals",
            "The findings of the board's survey of secondary pupils, and how they shaped its priorities.",
            SCHOOLS + PROS,
            ["domestic-abuse", "exploitation", "substance-misuse", "healthy-relationships"],
            ["briefing"],
            [SURVEY, "The findings influenced the work and priorities of the board.", DRAMA],
        ),
        DemoResource(
            "early-help-persistent-non-engagement",
            "Early help guidance: persistent non-engagement with professionals",
            "What to do when a family repeatedly does not engage with professionals: roles and responsibilities.",
            PROS,
            ["early-help", "neglect"],
            ["guidance"],
            [
                "Early help services have developed guidance concerning persistent non-engagement with "
                "professionals. It highlights the roles and responsibilities of professionals who manage this "
                "issue and will support practitioners to be more confident when working with parents."
            ],
            review="overdue",
        ),
        DemoResource(
            "neglect-strategy",
            "Knowsley neglect strategy",
            "The board's strategy for strengthening the strategic and operational response to child neglect.",
            PROS,
            ["neglect"],
            ["policy"],
            [
                "The neglect strategy has been reviewed and a working group established, chaired by a senior "
                "manager within the local authority, to strengthen our strategic and operational response to "
                "child neglect."
            ],
        ),
        DemoResource(
            "think-family-whole-family-approach",
            "Think family: a whole-family approach",
            "Why a whole-family approach matters, especially where parents use adult mental health services.",
            PROS,
            ["think-family", "emotional-health"],
            ["guidance"],
            [
                "The 5 Boroughs Partnership NHS Foundation Trust is improving the 'think family' approach and "
                "parenting within adult mental health services. Think Family is a national initiative that "
                "recognises the importance of a whole-family approach."
            ],
            review="due_soon",
        ),
        DemoResource(
            "written-agreements-with-parents",
            "Written agreements with parents: practice guidance",
            "How to be very clear with parents when children's social care uses a written agreement.",
            PROS,
            ["early-help", "neglect", "think-family"],
            ["guidance"],
            [
                "The Child R serious case review identified the need to be very clear with parents when "
                "children's social care implement written agreements. This guidance sets out how we do this and "
                "how improvements are monitored."
            ],
        ),
        DemoResource(
            "domestic-abuse-impact-on-children-mash-briefing",
            "Domestic abuse and children: MASH briefing on thresholds",
            "Recognising the longer-term impact on children of domestic abuse, and referring at the right time.",
            PROS,
            ["domestic-abuse"],
            ["briefing"],
            [
                "The MASH is developing research around multi-agency thresholds to help recognise the longer "
                "term impact on children following incidents of domestic abuse, and to check that referrals are "
                "made at the appropriate time with the appropriate level of risk."
            ],
        ),
        DemoResource(
            "domestic-abuse-action-plan-summary",
            "Multi-agency domestic abuse action plan: summary",
            "How partners support victims and take positive action against perpetrators.",
            PROS,
            ["domestic-abuse"],
            ["policy"],
            [
                "A multi-agency domestic abuse action plan has been developed and is being delivered with a "
                "clear emphasis on supporting victims and taking positive action against perpetrators. The local "
                "authority has committed £150k of additional resources to support this priority."
            ],
        ),
        DemoResource(
            "safeguarding-e-learning-course-guide",
            "Safeguarding children e-learning: course guide",
            "The board's e-learning for staff in every agency: what it covers and who should take it.",
            PROS,
            ["early-help", "neglect", "domestic-abuse"],
            ["e-learning"],
            [
                "Targeted training is delivered to a wide range of professionals through personal briefings, "
                "e-learning and seminars, focused on the board's priorities and the lessons of serious case "
                "reviews. More than 2,000 places have been filled."
            ],
        ),
        DemoResource(
            "learning-from-serious-case-reviews-briefing",
            "Learning from serious case reviews: practitioner briefing",
            "The lessons of the Child R serious case review for practitioners in every agency.",
            PROS,
            ["neglect", "domestic-abuse", "safe-sleeping"],
            ["briefing"],
            [
                "The findings of serious case reviews are collated by Merseyside Police Public Protection Unit, "
                "who disseminate learning to practitioners across the Merseyside region."
            ],
            review="overdue",
        ),
        DemoResource(
            "safe-sleeping-leaflet-for-parents",
            "Safe sleeping for your baby: leaflet for parents",
            "The Child Death Overview Panel's safe-sleeping leaflet: how to put your baby down to sleep safely.",
            FAMILIES,
            ["safe-sleeping"],
            ["leaflet"],
            [
                "The board supported the Child Death Overview Panel (CDOP) Safe Sleeping Campaign, including "
                "leaflets, posters and banners, and an electronic version for everyone who works with young "
                "children and their families."
            ],
        ),
        DemoResource(
            "safe-sleeping-guidance-for-professionals",
            "Safe sleeping: guidance for professionals who visit families",
            "How to talk with parents about sleeping arrangements for infants, including the risks of co-sleeping.",
            PROS,
            ["safe-sleeping"],
            ["guidance"],
            [
                "The impact of co-sleeping has been considered by the board. The 5 Boroughs Partnership NHS "
                "Foundation Trust commissioned a review of the information health professionals give about "
                "sleeping arrangements for infants."
            ],
        ),
        DemoResource(
            "baby-box-information-for-parents",
            "The Baby Box initiative: information for parents",
            "What the Baby Box is and how it helps babies sleep safely, phased in across Merseyside.",
            FAMILIES,
            ["safe-sleeping"],
            ["leaflet"],
            [
                "The Clinical Commissioning Group and Public Health supported an initiative known as 'Baby Box', "
                "aimed at enhancing safe sleeping. It will be phased in across Merseyside and was developed from "
                "international research into reducing risk to infants."
            ],
        ),
        DemoResource(
            "safer-sleep-advice-lullaby-trust",
            "Safer sleep advice (The Lullaby Trust)",
            "National safer-sleep advice for parents and the professionals who support them.",
            FAMILIES + PROS,
            ["safe-sleeping"],
            ["guidance"],
            ["National advice on safer sleep for babies."],
            link=(
                "Safer sleep advice",
                "https://www.lullabytrust.org.uk/safer-sleep-advice/",
                "From The Lullaby Trust, a national charity.",
            ),
        ),
        DemoResource(
            "safe-sleeping-campaign-poster",
            "Safe sleeping campaign poster",
            "The campaign poster for waiting rooms, nurseries and children's centres.",
            PROS + FAMILIES,
            ["safe-sleeping"],
            ["leaflet"],
            ["Print this poster for places where parents of young babies wait or meet."],
            review="due_soon",
        ),
        DemoResource(
            "online-safety-guide-for-parents",
            "Worried about your child online? A guide for parents and carers",
            "How to talk with your child about what they do online, and the signs that someone may be grooming them.",
            FAMILIES,
            ["online-safety", "exploitation"],
            ["leaflet"],
            [
                "Talk with your child about the apps and games they use, agree rules together, and make sure "
                "they know they can tell you if something worries them.",
                "If you think a child is in immediate danger, call 999.",
            ],
            themes=[],
        ),
        DemoResource(
            "domestic-abuse-help-for-parents",
            "Domestic abuse: help for parents and carers",
            "How domestic abuse affects children, and how Merseyside Police and children's services help families.",
            FAMILIES,
            ["domestic-abuse", "think-family"],
            ["leaflet"],
            [
                "Merseyside Police and Children's Services have developed new ways of helping children who live "
                "in families where there may be concerns of domestic violence.",
                "If you or your children are in danger now, call 999.",
            ],
        ),
    ]
