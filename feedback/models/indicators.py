"""Safeguarding indicators: phrases that mark a submission urgent. Staff edit them in the admin."""

from django.db import models
from wagtail.admin.panels import FieldPanel


class IndicatorCategory(models.TextChoices):
    HARM_AT_HOME = "harm_at_home", "Harm and abuse at home"
    SEXUAL_ABUSE = "sexual_abuse", "Sexual abuse"
    SELF_HARM = "self_harm", "Self-harm and suicide"
    UNSAFE = "unsafe", "Feeling unsafe"
    EXPLOITATION = "exploitation", "Exploitation"
    MISSING = "missing", "Going missing"
    VIOLENCE = "violence", "Violence"


class SafeguardingIndicator(models.Model):
    category = models.CharField(max_length=20, choices=IndicatorCategory.choices)
    phrase = models.CharField(
        max_length=120,
        unique=True,
        help_text=(
            "Words to look for. Case, punctuation and endings such as -s, -ed and -ing are ignored, "
            "so 'hit me' also finds 'Hitting me!'. Add other spellings as separate phrases."
        ),
    )

    panels = [FieldPanel("category"), FieldPanel("phrase")]

    class Meta:
        ordering = ["category", "phrase"]
        verbose_name = "safeguarding indicator"

    def __str__(self):
        return self.phrase
