"""Set the default Site's host and port from WAGTAILADMIN_BASE_URL (or --address). Safe to run twice."""

from django.conf import settings
from django.core.management.base import BaseCommand

from home.site_address import set_default_site_address


class Command(BaseCommand):
    help = "Point the default Site at the site's address (WAGTAILADMIN_BASE_URL unless --address is given)."

    def add_arguments(self, parser):
        parser.add_argument("--address", default=settings.WAGTAILADMIN_BASE_URL, help="e.g. https://kscb.org.uk")

    def handle(self, *args, address, **options):
        changed = set_default_site_address(address)
        self.stdout.write(f"Site address {'set to' if changed else 'already'} {address}")
