"""Blocks for resource files and links. Shared blocks live in home.blocks."""

from urllib.parse import urlparse

from django.utils.functional import cached_property
from wagtail import blocks

from home.blocks import DocumentDownloadBlock

COMPONENTS = "components/resources/"


class ResourceLinkValue(blocks.StructValue):
    @cached_property
    def host(self):
        return urlparse(self.get("url") or "").hostname or ""


class ResourceLinkBlock(blocks.StructBlock):
    """A resource that lives on another site, e.g. an e-learning course."""

    title = blocks.CharBlock(max_length=200, help_text="What the reader gets, e.g. 'Safer sleep advice'.")
    url = blocks.URLBlock(label="Address", help_text="The full address, starting https://")
    description = blocks.TextBlock(required=False, max_length=300)

    class Meta:
        icon = "link-external"
        group = "Files and links"
        template = COMPONENTS + "resource_link.html"
        description = "A link to a resource on another website"
        value_class = ResourceLinkValue
        preview_value = {
            "title": "Childline: get help and advice",
            "url": "https://www.childline.org.uk/",
            "description": "Free, confidential help for young people, any time. Call 0800 1111.",
        }


class ResourceFilesBlock(blocks.StreamBlock):
    """The files and links that make up a resource: at least one."""

    document = DocumentDownloadBlock(group="Files and links")
    link = ResourceLinkBlock()

    class Meta:
        min_num = 1
        template = COMPONENTS + "resource_files.html"
