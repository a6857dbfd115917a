"""Where reviewers find submissions in the admin, and where staff edit the form's lists."""

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from feedback.models import FeedbackArea, FeedbackTopic, SafeguardingIndicator, Submission

from .panels import NotesPanel, SubmissionDetailsPanel
from .views import (
    DeletionDateColumn,
    SubmissionEditView,
    SubmissionFilterSet,
    SubmissionIndexView,
    SubmissionReviewForm,
    UrgencyColumn,
    WaitingColumn,
)


class SubmissionViewSet(ModelViewSet):
    model = Submission
    url_prefix = "childrens-voice/submissions"
    name = "feedback_submission"
    icon = "mail"
    menu_label = "Voice messages"  # the inbox; short enough for the sidebar to show in full
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    index_view_class = SubmissionIndexView
    edit_view_class = SubmissionEditView
    filterset_class = SubmissionFilterSet
    list_display = [
        "reference",
        UrgencyColumn("urgent", label="Urgency", sort_key="urgent"),
        "status",
        "created_at",
        WaitingColumn("waiting", label="Waiting"),
        "age_group",
        "language",
        "assigned_to",
        DeletionDateColumn("deletion_date", label="Will be deleted on"),
    ]
    list_export = [
        "reference",
        "created_at",
        "urgent",
        "status",
        "age_group",
        "area",
        "language",
        "topic_names",
        "message",
    ]
    export_headings = {"topic_names": "Topics", "urgent": "Urgent", "created_at": "Sent"}
    export_filename = "childrens-voice-submissions"
    list_per_page = 50
    edit_handler = ObjectList(
        [
            SubmissionDetailsPanel(heading="What the young person sent"),
            MultiFieldPanel(
                [
                    FieldPanel("status"),
                    FieldPanel("reply_method"),
                    FieldPanel("replied_at"),
                    FieldPanel("assigned_to"),
                    FieldPanel("on_hold"),
                ],
                heading="Review",
            ),
            MultiFieldPanel([FieldPanel("urgent"), FieldPanel("urgency_reason")], heading="Urgency"),
            NotesPanel(heading="Internal notes"),
        ],
        base_form_class=SubmissionReviewForm,
    )


class TopicViewSet(SnippetViewSet):
    model = FeedbackTopic
    icon = "tag"
    menu_label = "Topics"
    list_display = ["name", "sort_order"]


class AreaViewSet(SnippetViewSet):
    model = FeedbackArea
    icon = "site"
    menu_label = "Areas of Knowsley"
    list_display = ["name", "sort_order"]


class IndicatorViewSet(SnippetViewSet):
    model = SafeguardingIndicator
    icon = "warning"
    menu_label = "Safeguarding phrases"
    list_display = ["phrase", "category"]
    list_filter = ["category"]
    search_fields = ["phrase"]


class FeedbackListsGroup(SnippetViewSetGroup):
    items = (TopicViewSet, AreaViewSet, IndicatorViewSet)
    menu_icon = "list-ul"
    menu_label = "Voice form lists"  # the form's topics and areas, and triage's phrases
    menu_name = "childrens-voice-lists"
