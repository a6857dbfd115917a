"""Email each resource owner the resources they need to review. The site-wide reminder
(`manage.py send_page_review_reminders`, upkeep) already includes resources: run one or the other.

python manage.py send_review_reminders
"""

from django.core.management.base import BaseCommand, CommandError

from resources.models import DUE_SOON_DAYS, ResourcePage
from upkeep.models import PageReview
from upkeep.reminders import send_reminders


class Command(BaseCommand):
    help = "Email each content owner their resources that are overdue or due for review soon."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=DUE_SOON_DAYS, help="Include resources due within this many days."
        )

    def handle(self, *args, days, **options):
        # The resources' review records (kept in step with their own fields), grouped one email per owner.
        resources = PageReview.objects.filter(page__in=ResourcePage.objects.values("pk"))
        sent, failed = send_reminders(days=days, reviews=resources, what="resources in the KSCB resource library")
        self.stdout.write(f"Sent {sent} review reminder(s).")
        if failed:
            raise CommandError(f"{failed} review reminder(s) could not be sent: see the log.")
