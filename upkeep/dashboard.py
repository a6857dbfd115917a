"""The dashboard panels "Your pages due for review" and "Broken links on your pages": the signed-in
person's own pages and their team's."""

from django.db.models import F
from django.urls import reverse
from wagtail.admin.ui.components import Component

from .links import broken_links
from .models import PageReview

SHOWN = 10


class YourPagesDuePanel(Component):
    name = "upkeep_your_pages_due"
    template_name = "upkeep/admin/your_pages_due_panel.html"
    order = 60

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        due = PageReview.objects.due().owned_by(self.user)
        # Two queries, whatever the size of the site: the first few pages, and how many in all.
        reviews = list(due.annotate(page_title=F("page__title")).order_by("review_by", "pk")[:SHOWN])
        total = len(reviews) if len(reviews) < SHOWN else due.count()
        for review in reviews:
            review.edit_url = reverse("wagtailadmin_pages:edit", args=[review.page_id])
        context.update(
            reviews=reviews,
            total=total,
            report_url=reverse("upkeep_due_for_review") + "?mine=true",
        )
        return context


class BrokenLinksOnYourPagesPanel(Component):
    """The dashboard panel "Broken links on your pages": shown only when there are some. The same
    handful of queries as Reports → Broken links (upkeep.links), whatever the size of the site."""

    name = "upkeep_broken_links_on_your_pages"
    template_name = "upkeep/admin/broken_links_panel.html"
    order = 61

    def __init__(self, user):
        self.user = user

    def render_html(self, parent_context=None):
        self.links = broken_links(self.user)
        return super().render_html(parent_context) if self.links else ""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(
            links=self.links[:SHOWN],
            total=len(self.links),
            report_url=reverse("upkeep_broken_links") + "?mine=true",
        )
        return context
