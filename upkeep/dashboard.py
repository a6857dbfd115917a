"""The dashboard panel "Your pages due for review": the signed-in person's own pages and their team's."""

from django.db.models import F
from django.urls import reverse
from wagtail.admin.ui.components import Component

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
