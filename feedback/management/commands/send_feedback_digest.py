"""Daily (cron, 08:00): tell reviewers how many messages are waiting. Counts and links, never content."""

from django.core.management.base import BaseCommand

from feedback import alerts


class Command(BaseCommand):
    help = "Queue the children's voice daily digest for reviewers (counts and admin links only)."

    def handle(self, *args, **options):
        if alerts.send_digest():
            self.stdout.write("Daily digest queued for reviewers.")
        else:
            self.stdout.write("No messages waiting: no digest today.")
