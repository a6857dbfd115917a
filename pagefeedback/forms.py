from django import forms
from django.utils.translation import gettext_lazy as _

from .models import COMMENT_MAX_LENGTH


class AnswerForm(forms.Form):
    page = forms.IntegerField(min_value=1)
    useful = forms.ChoiceField(choices=[("yes", "Yes"), ("no", "No")])


class CommentForm(forms.Form):
    answer = forms.CharField(max_length=200, widget=forms.HiddenInput)
    comment = forms.CharField(
        label=_("What could make this page better? (optional)"),
        max_length=COMMENT_MAX_LENGTH,
        required=True,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": COMMENT_MAX_LENGTH}),
        error_messages={
            "required": _("Write a comment, or go back to the page."),
            "max_length": _("Your comment is too long. Make it %(limit_value)s characters or fewer."),
        },
    )
