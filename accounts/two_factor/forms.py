"""The one field staff fill in: a code, checked against their device as the form is cleaned."""

from django import forms

from . import verification


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=32,
        help_text="The 6-digit code your authenticator app shows now, or one of your backup codes.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false"}),
    )

    def __init__(self, user, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = device

    def clean_code(self):
        code = self.cleaned_data["code"]
        self.device = verification.check(self.user, code, device=self.device)
        return code


class EnrolmentForm(CodeForm):
    """Confirming a new app: only its 6-digit code will do, so the field asks for digits."""

    def __init__(self, user, device, *args, **kwargs):
        super().__init__(user, *args, device=device, **kwargs)
        field = self.fields["code"]
        field.label = "6-digit code from the app"
        field.help_text = "After adding the account, type the code the app shows for it."
        field.widget.attrs["inputmode"] = "numeric"
