"""The levels of need of a threshold guide: one block per level, with its indicators by domain."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import RichTextBlock

# The continuum of need, least to most: the key is the level's anchor on the page (#early-help).
LEVELS = [
    ("universal", "Universal"),
    ("early-help", "Early help"),
    ("targeted", "Targeted"),
    ("specialist", "Specialist / statutory"),
]

# The three domains of the assessment framework, in the order the guide shows them.
DOMAINS = [
    ("child_development", _("The child's development")),
    ("parenting_capacity", _("Parenting capacity")),
    ("family_environment", _("Family and environment")),
]


def indicator_list(label, help_text):
    return blocks.ListBlock(blocks.CharBlock(max_length=300), label=label, help_text=help_text, default=[])


class LevelValue(blocks.StructValue):
    def domains(self):
        """[(heading, indicators)] in the guide's order, leaving out a domain with none."""
        return [(label, self[name]) for name, label in DOMAINS if self[name]]


class LevelBlock(blocks.StructBlock):
    """One level of need: what it looks like in each domain, and what a practitioner does."""

    level = blocks.ChoiceBlock(choices=LEVELS, help_text="Each level appears once in a guide.")
    heading = blocks.CharBlock(max_length=120, help_text="e.g. 'Level 2: early help'.")
    summary = blocks.TextBlock(
        max_length=600, help_text="One or two plain sentences: which children this level is for."
    )
    child_development = indicator_list(
        "Indicators: the child's development", "Health, learning, emotions, behaviour, identity: one per line."
    )
    parenting_capacity = indicator_list(
        "Indicators: parenting capacity", "Basic care, safety, warmth, guidance, stability: one per line."
    )
    family_environment = indicator_list(
        "Indicators: family and environment", "Family history, housing, income, community: one per line."
    )
    what_to_do = RichTextBlock(
        features=["bold", "ul", "ol", "link"],
        label="What to do at this level",
        help_text="Who to talk to, which form, what happens next.",
    )
    routing_page = blocks.PageChooserBlock(
        page_type="worried.WorriedPage",
        required=False,
        label="'Worried about a child?' page",
        help_text="Linked under 'What to do': who to call about a child, now.",
    )

    class Meta:
        icon = "list-ul"
        group = "Threshold guide"
        template = "thresholds/blocks/level.html"
        description = "A level of need with its indicators in each domain and what to do"
        value_class = LevelValue
        preview_value = {
            "level": "early-help",
            "heading": "Early help",
            "summary": "Children whose needs are not met by universal services alone.",
            "child_development": ["Illustrative: missing some health appointments"],
            "parenting_capacity": ["Illustrative: parents find it hard to engage with professionals"],
            "family_environment": ["Illustrative: the family has few people to turn to"],
            "what_to_do": "<p>Talk to the family about early help.</p>",
        }


class LevelsBlock(blocks.StreamBlock):
    level = LevelBlock()

    class Meta:
        block_counts = {"level": {"min_num": 1}}

    def clean(self, value):
        value = super().clean(value)
        seen = [child.value["level"] for child in value]
        repeated = {level for level in seen if seen.count(level) > 1}
        if repeated:
            raise blocks.StreamBlockValidationError(
                non_block_errors=ValidationError(
                    f"Each level may appear once; repeated: {', '.join(sorted(repeated))}."
                )
            )
        return value
