"""The form a young person fills in. Messages are in plain words and keep what they wrote."""

import re
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import validate_email
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from kscb_site.page_cache import cached_until_next_generation

from .models import AgeGroup, ContactMethod, FeedbackArea, FeedbackTopic
from .models.choices import SafeToContact
from .models.submissions import MESSAGE_MAX_LENGTH

STARTED_SALT = "feedback.started"
STARTED_MAX_AGE = 60 * 60 * 24
PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()-]{8,18}[0-9]$")
YES, NO = "yes", "no"


def _refuse_non_ids(values, error):
    # A number too big for the database must be a wrong answer, not a server error.
    for value in values:
        if not (isinstance(value, str | int) and str(value).isdigit() and len(str(value)) <= 18):
            raise forms.ValidationError(error, code="invalid_choice")


class TopicsField(forms.ModelMultipleChoiceField):
    def clean(self, value):
        if isinstance(value, list | tuple):
            _refuse_non_ids(value, self.error_messages["invalid_choice"])
        return super().clean(value)


class AreaField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values:
            _refuse_non_ids([value], self.error_messages["invalid_choice"])
        return super().to_python(value)


def started_token():
    """A signed time the form was shown, with a nonce so a token can be used to send only once."""
    return signing.dumps({"t": time.time(), "n": secrets.token_urlsafe(12)}, salt=STARTED_SALT)


def read_started(token):
    """(time shown, nonce) from a start token, or None if it is missing, forged or too old."""
    try:
        value = signing.loads(token or "", salt=STARTED_SALT, max_age=STARTED_MAX_AGE)
        return float(value["t"]), str(value["n"])
    except (signing.BadSignature, TypeError, ValueError, KeyError):
        return None


class FeedbackForm(forms.Form):
    message = forms.CharField(
        label=_("What do you want to tell us?"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Write what you want to tell us."),
            "max_length": _("Your message is too long. Make it %(limit_value)s characters or fewer."),
        },
    )
    topics = TopicsField(
        label=_("What is it about?"),
        queryset=FeedbackTopic.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("Choose topics from the list."),
            "invalid_pk_value": _("Choose topics from the list."),
            "invalid_list": _("Choose topics from the list."),
        },
    )
    age_group = forms.ChoiceField(
        label=_("How old are you?"),
        choices=AgeGroup.choices,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose an age group from the list.")},
    )
    area = AreaField(
        label=_("Which area of Knowsley do you live in?"),
        queryset=FeedbackArea.objects.none(),
        required=False,
        empty_label=_("I'd rather not say"),
        error_messages={"invalid_choice": _("Choose an area from the list.")},
    )
    wants_reply = forms.ChoiceField(
        label=_("Do you want someone to get back to you?"),
        choices=[(NO, _("No")), (YES, _("Yes"))],
        initial=NO,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no."), "invalid_choice": _("Choose yes or no.")},
    )
    contact_name = forms.CharField(label=_("Your first name or a nickname"), max_length=60, required=False)
    contact_method = forms.ChoiceField(
        label=_("How should we reach you?"),
        choices=ContactMethod.choices,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose email or phone.")},
    )
    contact_detail = forms.CharField(label=_("Your email address or phone number"), max_length=254, required=False)
    safe_to_contact = forms.ChoiceField(
        label=_("Is it safe for us to contact you this way?"),
        choices=SafeToContact.choices,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose an answer from the list.")},
    )
    good_time = forms.CharField(
        label=_("When is a good time?"),
        max_length=100,
        required=False,
    )
    # Spam guards: a field people never see, and when the form was shown.
    website = forms.CharField(required=False, label=_("Leave this empty"))
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.offers_topics = _offer(self.fields["topics"], FeedbackTopic, validating=self.is_bound)
        self.offers_areas = _offer(self.fields["area"], FeedbackArea, validating=self.is_bound)
        if not self.is_bound:
            self.initial["started"] = started_token()
        message = self.fields["message"].widget.attrs
        message["aria-describedby"] = f"{self['message'].auto_id}-hint {self['message'].auto_id}-count"
        # A shared family device should not offer these back to someone else.
        for name in ("contact_name", "contact_detail", "message", "good_time"):
            self.fields[name].widget.attrs["autocomplete"] = "off"
        self.fields["website"].widget.attrs.update(tabindex="-1", autocomplete="off")
        self.fields["good_time"].widget.attrs["aria-describedby"] = f"{self['good_time'].auto_id}-hint"

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields and not _is_group(self.fields[name]):
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                error_id = f"{self[name].auto_id}-error"
                attrs["aria-describedby"] = " ".join(filter(None, [error_id, attrs.get("aria-describedby")]))

    @property
    def is_spam_trap(self):
        return bool(self.data.get("website"))

    def spam_signs(self):
        """Why this looks sent by a machine: a filled honeypot, a missing, forged or expired start
        token, or sent faster than a person types. The message is stored all the same, marked."""
        signs = []
        if self.is_spam_trap:
            signs.append("honeypot filled")
        started = read_started(self.data.get("started"))
        if started is None:
            signs.append("start token missing, forged or expired")
        elif time.time() - started[0] < settings.KSCB_FEEDBACK_MIN_SECONDS:
            signs.append("sent faster than a person types")
        return signs

    def start_nonce(self):
        started = read_started(self.data.get("started"))
        return started[1] if started else None

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("wants_reply") != YES:
            # Anonymous: keep nothing that could identify them.
            cleaned.update(contact_name="", contact_method="", contact_detail="", safe_to_contact="", good_time="")
            return cleaned
        if not cleaned.get("contact_name", "").strip():
            self.add_error("contact_name", _("Tell us a first name or nickname, so we know who we are talking to."))
        method = cleaned.get("contact_method")
        detail = cleaned.get("contact_detail", "").strip()
        if not method:
            self.add_error("contact_method", _("Choose email or phone."))
        elif not detail:
            self.add_error("contact_detail", _("Tell us your email address or phone number."))
        elif method == ContactMethod.EMAIL:
            try:
                validate_email(detail)
            except forms.ValidationError:
                self.add_error("contact_detail", _("Enter an email address like name@example.com."))
        elif not PHONE_PATTERN.match(detail):
            self.add_error("contact_detail", _("Enter a phone number like 07700 900 982."))
        cleaned["contact_detail"] = detail
        cleaned["good_time"] = cleaned.get("good_time", "").strip()
        return cleaned

    def error_links(self):
        """(anchor, message) for the error summary, in the order of the form."""
        links = [("#feedback-form", error) for error in self.non_field_errors()]
        for name, field in self.fields.items():
            for error in self.errors.get(name, []):
                auto_id = self[name].auto_id
                anchor = (
                    field.widget.id_for_label(auto_id, 0) if _is_group(field) else field.widget.id_for_label(auto_id)
                )
                if isinstance(field.widget, forms.HiddenInput):
                    anchor = "feedback-send"
                links.append(("#" + anchor, error))
        return links


def _is_group(field):
    return isinstance(field.widget, (forms.RadioSelect, forms.CheckboxSelectMultiple))


def _offer(field, model, validating):
    """Offer `model`'s choices in the language being read. A form sent back validates against the
    database's choices now, so a choice removed since is refused; a blank form only shows them, and
    their labels stay in Django's cache until the next save of any choice (a new generation)."""

    def labelled(queryset):
        return [(option.pk, field.label_from_instance(option)) for option in queryset]

    if validating:
        field.queryset = model.objects.for_active_locale()
        choices = labelled(field.queryset)
    else:
        parts = ("feedback-choices", model._meta.label, get_language())
        choices = list(cached_until_next_generation(parts, lambda: labelled(model.objects.for_active_locale())))
    offered = bool(choices)
    if getattr(field, "empty_label", None) is not None:
        choices.insert(0, ("", field.empty_label))
    field.choices = choices
    return offered
