"""Daily: delete training bookings KSCB_TRAINING_BOOKING_DAYS after their session, recorded in the audit log."""

from django.conf import settings
from django.core.management.base import BaseCommand

from training.retention import apply_retention


class Command(BaseCommand):
    help = "Delete training bookings past the retention period (KSCB_TRAINING_BOOKING_DAYS). Run daily."

    def handle(self, *args, **options):
        deleted = apply_retention()
        days = settings.KSCB_TRAINING_BOOKING_DAYS
        self.stdout.write(f"Deleted {deleted} training booking(s) of sessions that ended over {days} days ago.")
