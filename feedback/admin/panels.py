"""Read-only panels of the review form: what was sent, and the notes so far."""

from wagtail.admin.panels import Panel

from feedback.models import FeedbackSettings, TriageCategory
from feedback.triage import MODEL_CATEGORY, highlight


class SubmissionDetailsPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "feedback/admin/submission_details_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            submission = self.instance
            # A flag from the statistical model has no rule category: say plainly where it came from.
            labels = {**dict(TriageCategory.choices), MODEL_CATEGORY: "Statistical model (no rule matched)"}
            context.update(
                submission=submission,
                highlighted_message=highlight(submission.message, submission.triage_matches),
                triage_matches=[
                    {
                        "category": labels.get(match.get("category"), match.get("category")),
                        "rule": match.get("rule", ""),
                        "words": " … ".join(word["text"] for word in match.get("words", [])),
                    }
                    for match in submission.triage_matches or []
                ],
                topics=[topic.name for topic in submission.topics.all()],
                deletion_date=FeedbackSettings.load(request_or_site=self.request).deletion_date(submission),
            )
            return context


class NotesPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "feedback/admin/notes_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["notes"] = self.instance.notes.select_related("author")
            context["field"] = self.form["new_note"]
            return context
