"""Temporary: campaigns/models/pages.py still imports `public` until the "facets" branch lands.
The merger deletes this file once nothing imports it; use Wagtail's `.public()` instead."""


def public(pages):
    return pages.public()
