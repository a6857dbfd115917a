"""Run every minute (cron in production, the loop in `make run`): a site alert whose start or end
time has come shows on, or leaves, every cached page and the CDN within that minute."""

from django.core.management.base import BaseCommand

from sitealerts.publishing import apply_schedule


class Command(BaseCommand):
    help = "Show or hide site alerts whose start or end time has come (run every minute)."

    def handle(self, *args, **options):
        changed = apply_schedule()
        if options["verbosity"] > 1 or (changed and options["verbosity"]):
            self.stdout.write(f"Site alerts that started or ended: {changed}")
