"""Cron, every few minutes: send urgent notifications that could not be sent at once."""

from django.core.management.base import BaseCommand

from feedback.notifications import send_all_pending


class Command(BaseCommand):
    help = "Send pending urgent notifications from the children's voice outbox, retrying failures."

    def handle(self, *args, **options):
        sent, failed = send_all_pending()
        self.stdout.write(f"Sent {sent} urgent notification(s); {failed} still waiting for the mail server.")
        if failed:
            self.stderr.write("Some notifications failed; they will be retried on the next run.")
