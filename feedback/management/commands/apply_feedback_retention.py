"""Daily cron: remove contact details and delete submissions older than the retention periods."""

from django.core.management.base import BaseCommand

from feedback.models import FeedbackSettings
from feedback.retention import apply_retention


class Command(BaseCommand):
    help = "Apply the children's voice retention periods. Run daily from cron."

    def handle(self, *args, **options):
        retention = FeedbackSettings.load()
        contacts_removed, deleted = apply_retention()
        self.stdout.write(
            f"Removed contact details from {contacts_removed} submission(s) older than "
            f"{retention.contact_details_days} days."
        )
        self.stdout.write(f"Deleted {deleted} submission(s) older than {retention.submission_days} days.")
