"""Email each page owner one list of their pages that are overdue or due for review soon. Run daily:

python manage.py send_page_review_reminders            # sends now
python manage.py send_page_review_reminders --enqueue  # hands it to the background worker
"""

from django.core.management.base import BaseCommand, CommandError

from upkeep.models import DUE_SOON_DAYS
from upkeep.reminders import send_reminders
from upkeep.tasks import send_page_review_reminders


class Command(BaseCommand):
    help = "Email each page owner (a person, or each member of a team) one list of their pages due for review."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DUE_SOON_DAYS, help="Include pages due within this many days.")
        parser.add_argument("--enqueue", action="store_true", help="Leave the sending to the background worker.")

    def handle(self, *args, days, enqueue, **options):
        if enqueue:
            send_page_review_reminders.enqueue()
            self.stdout.write("Review reminders handed to the worker.")
            return
        sent, failed = send_reminders(days=days)
        self.stdout.write(f"Sent {sent} review reminder(s).")
        if failed:
            raise CommandError(f"{failed} review reminder(s) could not be sent: see the log.")
