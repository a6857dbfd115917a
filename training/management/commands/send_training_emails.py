"""Every minute: ask attenders about impact three months on, lapse offers not taken up in time (the place
goes to the next person), and send any booking email still in the outbox (the worker's safety net)."""

from django.core.management.base import BaseCommand

from training import booking, emails


class Command(BaseCommand):
    help = "Expire waiting-list offers past their time and send unsent training emails. Run every minute."

    def handle(self, *args, **options):
        lapsed = booking.expire_offers()
        follow_ups = booking.send_impact_follow_ups()
        sent = emails.send_due()
        self.stdout.write(f"Offers lapsed: {lapsed}. Impact follow-ups: {follow_ups}. Training emails sent: {sent}.")
