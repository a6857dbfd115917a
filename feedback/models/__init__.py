from .choices import AgeGroup, ContactMethod, Status
from .indicators import SafeguardingIndicator
from .notifications import Alert, AlertKind
from .pages import FeedbackPage, YouSaidWeDidPage
from .retention import FeedbackSettings
from .start_tokens import UsedStartToken
from .submissions import Submission, SubmissionNote
from .taxonomy import FeedbackArea, FeedbackTopic
from .triage import TriageCategory, TriageRule

__all__ = [
    "AgeGroup",
    "Alert",
    "AlertKind",
    "ContactMethod",
    "FeedbackArea",
    "FeedbackPage",
    "FeedbackSettings",
    "FeedbackTopic",
    "SafeguardingIndicator",
    "Status",
    "Submission",
    "SubmissionNote",
    "TriageCategory",
    "TriageRule",
    "UsedStartToken",
    "YouSaidWeDidPage",
]
