"""The site's sections: the pages just under each language's home page, named on the report."""

from wagtail.models import Page

from .models import default_language_code

# Root (depth 1), the home page (2), then the sections (3). Page paths take four characters a level.
SECTION_DEPTH = 3
SECTION_PATH_LENGTH = SECTION_DEPTH * Page.steplen


def sections():
    """The default language's sections, in menu order: one query."""
    return Page.objects.filter(depth=SECTION_DEPTH, locale__language_code=default_language_code()).order_by("path")


def section_titles():
    """{section path: title}, to name each page's section without a query per page."""
    return dict(sections().values_list("path", "title"))


def section_of(page_path, titles):
    if len(page_path) < SECTION_PATH_LENGTH:
        return "Home"
    return titles.get(page_path[:SECTION_PATH_LENGTH], "")
