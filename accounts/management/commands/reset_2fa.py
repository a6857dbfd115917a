"""Remove a staff member's authenticator app and backup codes (a lost phone), from the command line.

Superusers can do the same from the admin's Users list; this is for when no one can sign in.
"""

import logging

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.two_factor import devices

logger = logging.getLogger("accounts.two_factor")


class Command(BaseCommand):
    help = "Reset two-factor authentication for a user: they set up an authenticator app again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user called {username!r}.")
        was_enrolled = devices.remove_all(user)
        logger.info("two-factor reset for %s from the command line", username)
        if was_enrolled:
            self.stdout.write(f"Removed the authenticator app and backup codes of {username}.")
        else:
            self.stdout.write(f"{username} had no authenticator app; any unfinished set-up was removed.")
