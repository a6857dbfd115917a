"""Email each resource owner the resources they need to review. Run daily from cron:

python manage.py send_review_reminders
"""

from django.conf import settings
from django.core.mail import send_mass_mail
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import timezone

from resources.models import DUE_SOON_DAYS
from resources.reviews import due_by_owner


class Command(BaseCommand):
    help = "Email each content owner their resources that are overdue or due for review soon."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=DUE_SOON_DAYS, help="Include resources due within this many days."
        )

    def handle(self, *args, days, **options):
        today = timezone.localdate()
        messages = [
            (self.subject(pages, today), self.body(owner, pages, today), settings.DEFAULT_FROM_EMAIL, [owner.email])
            for owner, pages in due_by_owner(today, days)
            if owner.email
        ]
        sent = send_mass_mail(messages, fail_silently=False) if messages else 0
        self.stdout.write(f"Sent {sent} review reminder(s).")

    @staticmethod
    def subject(pages, today):
        overdue = sum(1 for page in pages if page.next_review_due < today)
        if overdue:
            return f"{overdue} of your resources {'is' if overdue == 1 else 'are'} overdue for review"
        return f"{len(pages)} of your resources {'is' if len(pages) == 1 else 'are'} due for review soon"

    @staticmethod
    def body(owner, pages, today):
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        lines = [f"Hello {owner.get_full_name() or owner.get_username()},", ""]
        lines.append("These resources in the KSCB resource library need checking that they are still accurate:")
        lines.append("")
        for page in pages:
            when = "overdue since" if page.next_review_due < today else "due"
            lines.append(f"- {page.title} ({when} {page.next_review_due:%d %B %Y})")
            lines.append(f"  {base}{reverse('wagtailadmin_pages:edit', args=[page.pk])}")
        lines += [
            "",
            "When you have checked one, update its 'Last reviewed' and 'Next review due' dates and publish it.",
            f"The full list: {base}{reverse('resources_due_for_review')}",
        ]
        return "\n".join(lines)
