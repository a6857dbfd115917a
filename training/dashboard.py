"""The dashboard panel "Sessions with few bookings", for those who see bookings (the Training
coordinators group and superusers): upcoming sessions in the next few weeks with fewer than half
their places taken, so a coordinator can promote them or cancel in good time.

One query, whatever the number of sessions and bookings (tests/training/test_dashboard.py).
"""

import datetime

from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .models import Session

WEEKS_AHEAD = 6
SHOWN = 10


class SessionsWithFewBookingsPanel(Component):
    name = "training_few_bookings"
    template_name = "training/admin/few_bookings_panel.html"
    order = 70

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        now = timezone.now()
        sessions = list(
            Session.objects.upcoming(now)
            .filter(starts_at__lt=now + datetime.timedelta(weeks=WEEKS_AHEAD))
            .with_places()
            .alias(twice_taken=F("places_taken") * 2)
            .filter(twice_taken__lt=F("capacity"))
            .select_related("course")
            .order_by("starts_at", "pk")[:SHOWN]
        )
        for session in sessions:
            session.register_url = reverse("training_register", args=[session.pk])
        context.update(sessions=sessions, weeks=WEEKS_AHEAD)
        return context
