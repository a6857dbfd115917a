"""Every minute (cron or `make run`): escalate unopened urgent messages and send alerts that are due.

The worker sends alerts as soon as they are queued; this command is the safety net that
finds any alert still waiting in the outbox (a lost task, a restart) and escalates on time.
"""

from django.core.management.base import BaseCommand

from feedback import alerts


class Command(BaseCommand):
    help = "Escalate urgent children's voice messages nobody has opened, and send alerts that are due."

    def handle(self, *args, **options):
        escalated = alerts.escalate_unopened()
        sent, failed = alerts.send_due()
        self.stdout.write(f"Escalated {escalated} unopened urgent message(s). Sent {sent} alert(s).")
        if failed:
            self.stderr.write(f"{failed} alert(s) could not be sent; they will be retried.")
