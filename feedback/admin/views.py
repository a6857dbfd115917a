"""The reviewers' listing and review form, with every view, change and export in the audit log."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import BooleanField, Case, F, Q, Value, When
from django.utils import timezone
from django.utils.timesince import timesince
from django_filters import ChoiceFilter, DateFromToRangeFilter, ModelMultipleChoiceFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.log_actions import log

from feedback.models import FeedbackSettings, FeedbackTopic, Status, Submission, SubmissionNote

from .audit import log_export
from .export import neutralise_formula

REVIEWERS_GROUP = "Children's voice reviewers"


class SubmissionFilterSet(WagtailFilterSet):
    created_at = DateFromToRangeFilter(label="Sent", widget=DateRangePickerWidget)
    # Submissions record the English topic whatever language the form was in.
    topics = ModelMultipleChoiceFilter(
        label="Topic",
        queryset=FeedbackTopic.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        widget=forms.CheckboxSelectMultiple,
    )
    language = ChoiceFilter(label="Language", choices=settings.LANGUAGES)

    class Meta:
        model = Submission
        fields = [
            "status",
            "urgent",
            "possible_flood",
            "possible_spam",
            "created_at",
            "topics",
            "age_group",
            "language",
        ]


class UrgencyColumn(Column):
    def get_value(self, instance):
        return "Urgent" if instance.urgent else ""


class DeletionDateColumn(Column):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        # Loaded once per request: the setting is cached on it.
        retention = FeedbackSettings.load(request_or_site=parent_context["request"])
        context["value"] = retention.deletion_date(instance) or "Kept while open"
        return context


class WaitingColumn(Column):
    """How long a message nobody has reviewed yet has waited."""

    def get_value(self, instance):
        if instance.status != Status.NEW:
            return ""
        return timesince(instance.created_at, timezone.now())


class SubmissionIndexView(generic.IndexView):
    # Every text cell of a CSV export is defused; XLSX cells are already typed as text by Wagtail.
    custom_value_preprocess = {
        **generic.IndexView.custom_value_preprocess,
        str: {"csv": neutralise_formula},
    }

    def get_base_queryset(self):
        # Unread urgent messages first, oldest first; then other unread ones, oldest first; then the rest.
        unread = Q(status=Status.NEW)
        queryset = (
            Submission.objects.for_review()
            .annotate(
                unread_urgent=Case(When(unread & Q(urgent=True), then=Value(True)), default=Value(False)),
                unread=Case(When(unread, then=Value(True)), default=Value(False), output_field=BooleanField()),
            )
            .order_by(
                F("unread_urgent").desc(),
                F("unread").desc(),
                Case(When(unread, then=F("created_at"))).asc(nulls_last=True),
                F("created_at").desc(),
                "-pk",
            )
        )
        if self.is_export:
            queryset = queryset.prefetch_related("topics")
        return queryset

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        # Text that looks like a formula stays text (an inline string), whatever a later Wagtail does.
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format):
            if cell.data_type == "f":
                cell.data_type = "s"
            yield cell

    @property
    def show_export_buttons(self):
        return self.permission_policy.user_has_permission(self.request.user, "export")

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            if not self.show_export_buttons:
                raise PermissionDenied
            log_export(context["object_list"], self.request.user, self.request.GET.urlencode())
        return super().render_to_response(context, **response_kwargs)


REPLY_METHODS = [
    ("", "---------"),
    ("phone", "Phone call"),
    ("text", "Text message"),
    ("email", "Email"),
    ("in_person", "In person"),
    ("letter", "Letter"),
    ("other", "Other"),
]


class SubmissionReviewForm(WagtailAdminModelForm):
    reply_method = forms.ChoiceField(
        label="How the reply was made",
        choices=REPLY_METHODS,
        required=False,
        help_text="Needed when you set the status to Responded.",
    )
    replied_at = forms.DateTimeField(
        label="When the reply was made",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text="Needed when you set the status to Responded.",
    )
    new_note = forms.CharField(
        label="Add a note",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Internal only: never shown to the young person. Your name and the time are recorded.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "assigned_to" in self.fields:
            User = get_user_model()
            self.fields["assigned_to"].queryset = User.objects.filter(
                Q(groups__name=REVIEWERS_GROUP) | Q(is_superuser=True), is_active=True
            ).distinct()

    def clean(self):
        cleaned = super().clean()
        if "urgent" in self.changed_data and "urgency_reason" not in self.changed_data:
            self.add_error("urgency_reason", "Say why you changed the urgency.")
        if "status" in self.changed_data and cleaned.get("status") == Status.RESPONDED:
            if not cleaned.get("reply_method"):
                self.add_error("reply_method", "Say how the reply was made.")
            if not cleaned.get("replied_at"):
                self.add_error("replied_at", "Say when the reply was made.")
            elif cleaned["replied_at"] > timezone.now():
                self.add_error("replied_at", "The reply cannot be in the future.")
            if not (cleaned.get("new_note") or "").strip():
                self.add_error("new_note", "Add a note of the reply: what was said, and anything to follow up.")
        return cleaned


class SubmissionEditView(generic.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log(instance=self.object, action="feedback.view", user=request.user)
        return response

    def save_instance(self):
        previous = Submission.objects.values("status", "urgent").get(pk=self.object.pk)
        submission = super().save_instance()
        user = self.request.user
        if previous["status"] != submission.status:
            # Contact details and the retention clock run from when the case closed.
            closed_at = timezone.now() if submission.status == Status.CLOSED else None
            Submission.objects.filter(pk=submission.pk).update(closed_at=closed_at)
            submission.closed_at = closed_at
            log(
                instance=submission,
                action="feedback.status_change",
                user=user,
                data={"from": previous["status"], "to": submission.status},
            )
        if previous["urgent"] != submission.urgent:
            log(
                instance=submission,
                action="feedback.urgency_change",
                user=user,
                data={"urgent": submission.urgent},
            )
        text = self.form.cleaned_data.get("new_note", "").strip()
        if previous["status"] != submission.status and submission.status == Status.RESPONDED:
            method = dict(REPLY_METHODS)[self.form.cleaned_data["reply_method"]]
            replied_at = self.form.cleaned_data["replied_at"]
            text = f"Reply made: {method}, {timezone.localtime(replied_at):%d %b %Y %H:%M}.\n{text}"
            log(
                instance=submission,
                action="feedback.responded",
                user=user,
                data={"method": self.form.cleaned_data["reply_method"], "replied_at": replied_at.isoformat()},
            )
        if text:
            SubmissionNote.objects.create(submission=submission, author=user, text=text, created_at=timezone.now())
            log(instance=submission, action="feedback.note", user=user)
        return submission
