"""A stand-in CDN for the purge tests: records the URLs it is asked to purge (the real ones call Cloudflare or AWS)."""

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

purged = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        purged.append(url)
