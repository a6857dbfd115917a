"""Build the demo site from the board's own material. Safe to run twice.

The core content comes from home.demo; every other installed app of ours may
add its own by providing a `demo` module with a `load(stdout)` function.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from home.site_address import set_default_site_address

OUR_APPS_FIRST = ["home"]


class Command(BaseCommand):
    help = "Load the demo content (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--address",
            default=settings.WAGTAILADMIN_BASE_URL,
            help="Where the demo is served (the Site record's host and port); `make run` passes its HOST and PORT.",
        )

    def handle(self, *args, address, **options):
        with transaction.atomic():
            for app_name in self.demo_apps():
                import_module(f"{app_name}.demo").load(self.stdout)
                self.stdout.write(f"Demo content ready: {app_name}")
            set_default_site_address(address)
            self.stdout.write(f"Demo site address: {address}")

    @staticmethod
    def demo_apps():
        ours = [config for config in apps.get_app_configs() if config.path.startswith(str(settings.BASE_DIR))]
        names = [config.name for config in ours]
        names = OUR_APPS_FIRST + [name for name in names if name not in OUR_APPS_FIRST]
        return [name for name in names if find_spec(f"{name}.demo") is not None]
