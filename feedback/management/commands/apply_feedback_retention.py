"""Daily cron: remove contact details of closed cases and delete closed submissions past the retention period."""

from django.core.management.base import BaseCommand

from feedback.models import FeedbackSettings
from feedback.retention import apply_retention


class Command(BaseCommand):
    help = "Apply the children's voice retention periods. Run daily from cron."

    def handle(self, *args, **options):
        retention = FeedbackSettings.load()
        contacts_removed, deleted = apply_retention()
        self.stdout.write(
            f"Removed contact details from {contacts_removed} submission(s) of cases closed more than "
            f"{retention.contact_details_days} days ago."
        )
        self.stdout.write(f"Deleted {deleted} closed submission(s) past {retention.submission_days} days.")
