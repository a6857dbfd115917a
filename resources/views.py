"""Reports → Resources due for review: the site-wide "Overdue and due soon" report (upkeep), filtered to
the resource library. Resources have no review dates of their own: their page review record is it."""

from django.shortcuts import redirect
from django.urls import reverse

from upkeep.sections import sections

from .models import ResourceLibraryPage


def resources_due_for_review(request):
    """The report filtered to the library's section; the whole report if the library is not a section."""
    url = reverse("upkeep_due_for_review")
    library = sections().type(ResourceLibraryPage).first()
    return redirect(f"{url}?section={library.pk}" if library else url)
