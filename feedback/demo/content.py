"""The words of the children's voice pages, from the board's response to the Child R review.

"You said, we did" pairs retell what the response says about the pupil
survey, the drama production, the PSHE curriculum and the focus group.
Nothing here is invented beyond plain-words framing: no statistics, names
or numbers that the material does not give.
"""

from home.demo.helpers import paragraph_block, rich

DEMO_DUTY_EMAIL = "duty-safeguarding@kscb.example"
DEMO_OUT_OF_HOURS_EMAIL = "out-of-hours-safeguarding@kscb.example"

TOPICS = [
    "Home and family",
    "Relationships",
    "Staying safe online",
    "School or college",
    "Drugs and alcohol",
    "Feeling worried or low",
    "Something else",
]

# Towns and villages of the Borough of Knowsley.
AREAS = ["Halewood", "Huyton", "Kirkby", "Knowsley Village", "Prescot", "Stockbridge Village", "Whiston"]

PRIVACY_HEADING = "When you use our 'Have your say' form"


def feedback_page():
    return {
        "title": "Have your say",
        "listing_summary": "Tell the board what matters to you. You do not have to give your name.",
        "introduction": rich(
            "We want to hear from children and young people in Knowsley. Tell us what worries you, what "
            "would make things better, or anything else you think we should know.",
            "You do not have to give your name. People who work for the board to keep children safe "
            "read every message.",
        ),
        "what_happens_next": rich(
            "A member of the board's staff will read what you have written.",
            "If something you tell us makes us worried that you or someone else is in danger, we may need to "
            "share it with people who can keep you safe, like children's social care or the police. We will "
            "only share what they need to know.",
            "If you asked us to get back to you, we will use the way you gave us. If you did not, nobody will "
            "contact you.",
        ),
        "thank_you_heading": "Thank you for telling us",
        "thank_you_text": rich(
            "We have your message. A member of staff will read it.",
            "What young people tell us helps decide what the board works on next.",
        ),
    }


def you_said_we_did_page():
    return {
        "title": "You said, we did",
        "listing_summary": "What young people in Knowsley told us, and what the board did about it.",
        "introduction": (
            "The board knew it had a limited understanding of what matters to children in Knowsley. So we "
            "asked, and here is what we did with what you told us."
        ),
        "body": [
            _pair(
                "What worries young people",
                "1,800 secondary school pupils took part in an anonymous survey about issues such as domestic "
                "abuse, sexual exploitation and drugs and alcohol.",
                "The survey showed us what Knowsley children are concerned about. What you told us has "
                "influenced the work and priorities of the board.",
            ),
            _pair(
                "What is 'normal' in a relationship",
                "Some of you told us what you thought was 'normal' behaviour in relationships, and some of it "
                "was not safe.",
                "With Public Health, the board asked a drama company to make a production about the signs of "
                "domestic abuse. It was shown in senior schools across the borough and at the college of further "
                "education.",
            ),
            _pair(
                "Learning about it at school",
                "You showed us that young people need to learn about healthy and unhealthy relationships.",
                "The key themes from the drama production are now part of the Personal, Social, Health and "
                "Economic (PSHE) education curriculum for schools in Knowsley.",
            ),
            _pair(
                "Being listened to",
                "Young people want to know that when they raise a concern, someone will listen and do something.",
                "The board commissioned a focus group to explore how we can engage with children and respond to "
                "their concerns. This form is one of the ways we listen.",
            ),
        ],
    }


def _pair(heading, you_said, we_did):
    return ("you_said_we_did", {"heading": heading, "you_said": rich(you_said), "we_did": rich(we_did)})


def privacy_notice_blocks(contact_days, submission_days):
    return [
        ("heading", {"text": PRIVACY_HEADING, "level": "h2"}),
        paragraph_block(
            "We keep what you write, the topics, age group and area you choose, and the language of the page. "
            "We do not record your IP address, your browser or any cookie identifier with your message.",
            f"If you ask us to get back to you, we keep your first name or nickname and the one way to reach "
            f"you while we are dealing with your message, and for {contact_days} days after we finish, "
            f"then delete them.",
            f"We delete the whole message, and any notes our staff made about it, {submission_days} days after "
            f"we finish dealing with it, unless we still need it to keep someone safe.",
            "Only staff who review messages can read them. If something you tell us makes us worried that you "
            "or someone else is in danger, we may share it with people who can keep you safe.",
        ),
    ]
