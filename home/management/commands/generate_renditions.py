"""Make every image rendition the templates use, ahead of time, so that no visitor waits for one.

Run after deploys and bulk imports: `manage.py generate_renditions`. Safe to run
again: renditions that exist are found, not made twice.
"""

from django.core.management.base import BaseCommand
from tqdm import tqdm
from wagtail.images import get_image_model

from home.images import TEMPLATE_RENDITION_SPECS


class Command(BaseCommand):
    help = "Pre-generate the image renditions the templates use (with a progress bar)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--spec", action="append", default=[], help="An extra filter spec to make, e.g. width-1200."
        )
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (for logs).")

    def handle(self, *args, spec, no_progress, **options):
        specs = [*TEMPLATE_RENDITION_SPECS, *spec]
        images = get_image_model().objects.order_by("pk").prefetch_renditions(*specs)
        failures = 0
        progress = tqdm(
            images.iterator(chunk_size=200),
            total=images.count(),
            unit="image",
            desc="Renditions",
            file=self.stderr,
            disable=no_progress,
        )
        for image in progress:
            try:
                image.get_renditions(*specs)
            except (OSError, ValueError) as error:
                # A missing or broken original must not stop the rest.
                failures += 1
                self.stderr.write(f"Image {image.pk} ({image.title}): {error}")
        made = images.count() - failures
        self.stdout.write(f"Renditions ready for {made} images ({len(specs)} each); {failures} failed.")
