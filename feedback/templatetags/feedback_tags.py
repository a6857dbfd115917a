"""The feedback form's radios and checkboxes, written out directly.

Django renders each option through its widget templates (input_option.html, input.html,
attrs.html): three templates for each of the form's 19 options, a quarter of the page's
time. This writes the same <input> from the option's own data (type, name, value and
attributes: id, checked, required, aria-invalid), escaped as Django would.
"""

from django import template
from django.forms.utils import flatatt
from django.utils.html import format_html

register = template.Library()


@register.filter
def choice_input(choice):
    """`{{ choice|choice_input }}` for a BoundWidget from iterating over a radio or checkbox field."""
    data = choice.data
    value = "" if data["value"] is None else str(data["value"])
    return format_html(
        '<input type="{}" name="{}" value="{}"{}>', data["type"], data["name"], value, flatatt(data["attrs"])
    )
