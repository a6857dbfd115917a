"""Triage rules: what makes a young person's message urgent. Reviewers read and edit them in the admin."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

RULE_HELP = (
    "One phrase a line. Case, accents, repeated letters and endings such as -s, -ed and -ing are ignored. "
    "End a word with * to match any ending (bij* finds bije, bijesz); put * at both ends to match inside a "
    "word (*ضرب* finds بيضربني). Lines starting with # are notes."
)


class TriageCategory(models.TextChoices):
    SELF_HARM = "self_harm", "Self-harm and suicide"
    PHYSICAL_ABUSE = "physical_abuse", "Physical abuse and violence at home"
    SEXUAL_ABUSE = "sexual_abuse", "Sexual abuse"
    NEGLECT = "neglect", "Neglect"
    EXPLOITATION = "exploitation", "Exploitation and county lines"
    ONLINE_ABUSE = "online_abuse", "Online grooming and sextortion"
    UNSAFE_HOME = "unsafe_home", "Unsafe home and going missing"
    FORCED_MARRIAGE_FGM = "forced_marriage_fgm", "Forced marriage and FGM"
    THREATS_TO_LIFE = "threats_to_life", "Threats to life"
    EMOTIONAL_ABUSE = "emotional_abuse", "Emotional abuse and fear"


# The categories of the earlier safeguarding phrase list, as triage categories.
INDICATOR_CATEGORIES = {
    "harm_at_home": TriageCategory.PHYSICAL_ABUSE,
    "sexual_abuse": TriageCategory.SEXUAL_ABUSE,
    "self_harm": TriageCategory.SELF_HARM,
    "unsafe": TriageCategory.UNSAFE_HOME,
    "exploitation": TriageCategory.EXPLOITATION,
    "missing": TriageCategory.UNSAFE_HOME,
    "violence": TriageCategory.THREATS_TO_LIFE,
}


class TriageLanguage(models.TextChoices):
    ENGLISH = "en", "English"
    POLISH = "pl", "Polish"
    ROMANIAN = "ro", "Romanian"
    ARABIC = "ar", "Arabic"


class TriageRuleKind(models.TextChoices):
    PHRASES = "phrases", "Any of these phrases"
    NEAR = "near", "A person word near a harm word"


class TriageRuleQuerySet(models.QuerySet):
    def for_triage(self, language):
        """Enabled rules, the given language's first (every language is checked: children mix them)."""
        first = Case(When(language=language, then=Value(0)), default=Value(1), output_field=IntegerField())
        return self.filter(enabled=True).order_by(first, "language", "category", "name")


class TriageRule(models.Model):
    name = models.CharField(
        max_length=120, help_text="What this rule looks for, in a few words a reviewer understands."
    )
    language = models.CharField(
        max_length=5, choices=TriageLanguage.choices, help_text="The language it is written in."
    )
    category = models.CharField(max_length=30, choices=TriageCategory.choices)
    kind = models.CharField(max_length=10, choices=TriageRuleKind.choices, default=TriageRuleKind.PHRASES)
    phrases = models.TextField(
        "phrases or harm words", help_text=RULE_HELP + " For a 'near' rule, these are the harm words."
    )
    near_words = models.TextField(
        "person words",
        blank=True,
        help_text="For a 'near' rule only: the people (dad, my uncle, he), one a line, written as above.",
    )
    window = models.PositiveSmallIntegerField(
        "within how many words", default=4, help_text="For a 'near' rule: how many words may come between them."
    )
    unless = models.TextField(
        blank=True,
        help_text=(
            "Phrases that mean it is not about harm when they come close by, e.g. a game (fifa) or a joke (lol). "
            "Use sparingly: a missed disclosure costs far more than a false alarm."
        ),
    )
    enabled = models.BooleanField(default=True)
    notes = models.TextField(blank=True, help_text="Why the rule exists, or examples it should catch.")

    objects = TriageRuleQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("language"), FieldPanel("category"), FieldPanel("kind")]),
        FieldPanel("phrases"),
        MultiFieldPanel([FieldPanel("near_words"), FieldPanel("window")], heading="For a 'near' rule"),
        FieldPanel("unless"),
        FieldPanel("enabled"),
        FieldPanel("notes"),
    ]

    class Meta:
        ordering = ["language", "category", "name"]
        constraints = [models.UniqueConstraint(fields=["language", "name"], name="feedback_triage_rule_unique_name")]
        verbose_name = "triage rule"

    def __str__(self):
        return f"{self.name} ({self.get_language_display()})"

    def clean(self):
        from feedback.triage import compile_rules

        if self.kind == TriageRuleKind.NEAR and not self.near_words.strip():
            raise ValidationError({"near_words": "A 'near' rule needs person words."})
        if self.kind == TriageRuleKind.PHRASES:
            self.near_words = ""
        compiled = compile_rules([self]).rules[0]
        if not compiled.phrases:
            raise ValidationError({"phrases": "Give at least one phrase."})
        # A short word with * alone would match far too much; beside another word, or near a person
        # word, it is specific enough (Arabic attaches pronouns, so two-letter stems with * occur).
        alone = [] if self.kind == TriageRuleKind.NEAR else [phrase for phrase in compiled.phrases if len(phrase) == 1]
        too_short = [w.text for phrase in alone for w in phrase if w.how != "word" and len(w.text) < 3]
        if too_short:
            raise ValidationError(
                {"phrases": f"A word with * on its own needs at least three letters: {', '.join(too_short)}."}
            )
