from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import PartnerAgency

OTHER = "other"


class BookingForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(
        label=_("Your work email"),
        max_length=254,
        help_text=_("We send a link to this address: your place is held once you open it."),
    )
    organisation = forms.ChoiceField(label=_("Your organisation"))
    other_organisation = forms.CharField(
        label=_("If other, the name of your organisation"), max_length=120, required=False
    )
    role = forms.CharField(
        label=_("Your role"), max_length=120, help_text=_("For example, class teacher or health visitor.")
    )
    access_needs = forms.CharField(
        label=_("Access needs (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Anything we should know so that you can take part, for example a hearing loop or step-free access."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        agencies = [(str(pk), name) for pk, name in PartnerAgency.objects.values_list("pk", "name")]
        self.fields["organisation"].choices = [("", _("Choose your organisation")), *agencies, (OTHER, _("Other"))]

    def clean(self):
        cleaned = super().clean()
        choice = cleaned.get("organisation")
        if choice == OTHER:
            cleaned["organisation"] = None
            if not cleaned.get("other_organisation", "").strip():
                self.add_error("other_organisation", _("Enter the name of your organisation."))
        elif choice:
            cleaned["organisation"] = PartnerAgency.objects.filter(pk=choice).first()
            if cleaned["organisation"] is None:
                raise ValidationError(_("Choose your organisation again: the list has changed."))
            cleaned["other_organisation"] = ""
        return cleaned


class EvaluationForm(forms.Form):
    usefulness = forms.TypedChoiceField(
        label=_("How useful was the session for your work?"),
        choices=[(str(n), str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("1 is not useful, 5 is very useful."),
    )
    comment = forms.CharField(
        label=_("Anything you would change? (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ImpactForm(forms.Form):
    answer = forms.CharField(
        label=_("What have you changed in your practice since the session?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
