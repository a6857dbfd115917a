"""The form's radios and checkboxes, written out by feedback_tags.choice_input, are the inputs
Django's own widget templates would give: same attributes, checked state and escaping."""

from django.test.html import parse_html

from feedback.forms import FeedbackForm
from feedback.models import FeedbackTopic
from feedback.templatetags.feedback_tags import choice_input

GROUPS = ("topics", "age_group", "wants_reply", "contact_method", "safe_to_contact")


def assert_same_inputs(form):
    compared = 0
    for name in GROUPS:
        for choice in form[name]:
            assert parse_html(choice_input(choice)) == parse_html(choice.tag())
            compared += 1
    assert compared >= 10


def test_a_new_form_gives_the_inputs_django_would(db):
    form = FeedbackForm()
    assert_same_inputs(form)
    anonymous = choice_input(next(iter(form["wants_reply"])))
    assert 'value="no"' in anonymous and "checked" in anonymous


def test_a_form_sent_back_with_errors_keeps_every_choice_and_marks_it(db):
    topics = [str(pk) for pk in FeedbackTopic.objects.for_active_locale().values_list("pk", flat=True)[:2]]
    form = FeedbackForm(data={"message": "", "topics": topics, "age_group": "11-13", "wants_reply": "yes"})
    assert not form.is_valid()
    assert_same_inputs(form)
    chosen = [choice_input(choice) for choice in form["topics"] if "checked" in choice_input(choice)]
    assert len(chosen) == 2
