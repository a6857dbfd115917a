"""The "Reading age" check in Wagtail's own content checker: the Checks panel beside the page editor
and the Checks item of the user bar on the site.

Built on Wagtail's public extension point for custom content checks: a ContentCheckerItem subclass
put in place by the construct_wagtail_userbar hook, with Axe rules, checks and messages, and the
check's evaluation registered in the browser through `window.wagtail.userbar.registerCheck`.

The server measures the text (upkeep/readability.py stays the only formula): the hook receives the
page being shown (in the editor, the page last saved; tests/browser/test_reading_check.py shows
that case; whether the panel follows unsaved typing is not yet shown). Each check is told in its
options whether it fails; the browser only passes that answer on (upkeep/static/upkeep/js/reading-check.js).

Wagtail's messages are fixed per rule, so there is one rule per age above the target: the one that
fails names the age found and the target ("Reading age: about 14, above the target of 11"). Every
page gets the same rules (Axe refuses a rule the preview's own checker does not know); on pages
that are not for young readers they all pass without measuring anything.
"""

import json

from django.conf import settings
from django.forms import Script
from django.utils.translation import gettext as _
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.models import Page

from .reading_age import found_age, is_measured, too_hard

# Ages target+1 .. target+STEPS-1 one by one, then target+STEPS and over in the last rule.
STEPS = 10
SELECTOR = "main"


def rule_ids():
    return [f"kscb-reading-age-{step}" for step in range(1, STEPS + 1)]


def step_above_target(page, target):
    """Which rule fails for this page (1 = one year above the target), or None when none does."""
    if not isinstance(page, Page) or not is_measured(page):
        return None
    hard = too_hard(page, target)
    if not hard:
        return None
    return min(found_age(hard) - target, STEPS)


class ReadingAgeCheckerItem(ContentCheckerItem):
    """Wagtail's content checker plus the "Reading age" rules."""

    def __init__(self, page=None, in_editor=False):
        super().__init__(in_editor=in_editor)
        self.target = settings.KSCB_READING_AGE_TARGET
        self.failing_step = step_above_target(page, self.target)

    class Media:
        js = [Script("upkeep/js/reading-check.js", **{"data-checks": json.dumps(rule_ids())})]

    def get_axe_run_only(self, request):
        return [*super().get_axe_run_only(request), *rule_ids()]

    def get_axe_custom_rules(self, request):
        rules = [
            {
                "id": rule_id,
                "impact": "moderate",
                "selector": SELECTOR,
                "tags": ["kscb-reading-age"],
                "any": [rule_id],
                "enabled": True,
            }
            for rule_id in rule_ids()
        ]
        return [*super().get_axe_custom_rules(request), *rules]

    def get_axe_custom_checks(self, request):
        checks = [
            {"id": rule_id, "options": {"fails": step == self.failing_step}}
            for step, rule_id in enumerate(rule_ids(), 1)
        ]
        return [*super().get_axe_custom_checks(request), *checks]

    def get_axe_messages(self, request):
        help_text = _(
            "Young people read this page. Shorter sentences and shorter, everyday words bring the reading age down."
        )
        messages = {}
        for step, rule_id in enumerate(rule_ids(), 1):
            values = {"age": self.target + step, "target": self.target}
            if step < STEPS:
                error_name = _("Reading age: about %(age)s, above the target of %(target)s") % values
            else:
                error_name = _("Reading age: %(age)s or over, above the target of %(target)s") % values
            messages[rule_id] = {"error_name": error_name, "help_text": help_text}
        return {**super().get_axe_messages(request), **messages}


def add_reading_age_check(request, items, page):
    """Swap Wagtail's content checker for ours, as Wagtail's docs show for custom checks."""
    items[:] = [
        ReadingAgeCheckerItem(page, in_editor=item.in_editor) if isinstance(item, ContentCheckerItem) else item
        for item in items
    ]
