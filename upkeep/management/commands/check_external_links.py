"""Check every link from a live page to another website; the broken ones go on Reports → Broken links.
Run daily (`make run` does; in production, from cron, e.g. `15 3 * * * manage.py check_external_links`).

Each address is asked once, a few at a time (KSCB_LINK_CHECK_CONCURRENCY), with a timeout
(KSCB_LINK_CHECK_TIMEOUT); private and loopback addresses are never fetched.
"""

from django.core.management.base import BaseCommand

from upkeep.link_check import check_external_links


class Command(BaseCommand):
    help = "Check links to other websites on live pages and record the broken ones for the Broken links report."

    def handle(self, *args, **options):
        checked, broken = check_external_links()
        self.stdout.write(f"Checked {checked} link(s) to other websites: {broken} broken.")
