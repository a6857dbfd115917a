"""The reviewers' listing and review form, with every view, change and export in the audit log."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import timezone
from django_filters import ChoiceFilter, DateFromToRangeFilter, ModelMultipleChoiceFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.log_actions import log

from feedback.models import FeedbackSettings, FeedbackTopic, Submission, SubmissionNote

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
        context["value"] = retention.deletion_date(instance)
        return context


class SubmissionIndexView(generic.IndexView):
    # Every text cell of a CSV export is defused; XLSX cells are already typed as text by Wagtail.
    custom_value_preprocess = {
        **generic.IndexView.custom_value_preprocess,
        str: {"csv": neutralise_formula},
    }

    def get_base_queryset(self):
        queryset = Submission.objects.for_review()
        if self.is_export:
            queryset = queryset.prefetch_related("topics")
        return queryset

    @property
    def show_export_buttons(self):
        return self.permission_policy.user_has_permission(self.request.user, "export")

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            if not self.show_export_buttons:
                raise PermissionDenied
            log_export(context["object_list"], self.request.user, self.request.GET.urlencode())
        return super().render_to_response(context, **response_kwargs)


class SubmissionReviewForm(WagtailAdminModelForm):
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
        if text:
            SubmissionNote.objects.create(submission=submission, author=user, text=text, created_at=timezone.now())
            log(instance=submission, action="feedback.note", user=user)
        return submission
