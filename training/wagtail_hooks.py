"""Courses, sessions, partner agencies and bookings in the admin, with Wagtail's own snippet views.

Bookings are people's names and work emails: the menu item shows only to those with the booking
permissions (the Training coordinators group and superusers).
"""

import django_filters
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from feedback.admin.export import neutralise_formula

from . import admin_views, reports, retention
from .dashboard import SessionsWithFewBookingsPanel
from .models import Booking, Course, PartnerAgency, Session


class CourseViewSet(SnippetViewSet):
    model = Course
    icon = "doc-full"
    menu_label = "Courses"
    list_display = ["title", "level", "audience", "format"]
    list_filter = ["level", "audience", "format"]
    search_fields = ["title"]


class SessionViewSet(SnippetViewSet):
    model = Session
    icon = "date"
    menu_label = "Sessions"
    list_display = ["course", "starts_at", "capacity", "booking_deadline", "cancelled"]
    list_filter = ["course", "cancelled", "online"]

    def get_queryset(self, request):
        # Each row names its course: one query for the page, not one per session.
        return Session.objects.select_related("course")


class PartnerAgencyViewSet(SnippetViewSet):
    model = PartnerAgency
    icon = "group"
    menu_label = "Partner agencies"
    list_display = ["name", "sort_order"]


class BookingIndexView(IndexView):
    # Names and roles are typed by the public: a CSV cell never runs as a formula (XLSX cells are text already).
    custom_value_preprocess = {**IndexView.custom_value_preprocess, str: {"csv": neutralise_formula}}


class BookingFilterSet(WagtailFilterSet):
    # The session filter names every session by its course: fetched with the sessions, not one by one.
    session = django_filters.ModelChoiceFilter(queryset=Session.objects.select_related("course"))

    class Meta:
        model = Booking
        fields = ["status", "session"]


class BookingViewSet(SnippetViewSet):
    model = Booking
    index_view_class = BookingIndexView
    icon = "user"
    menu_label = "Bookings"
    list_display = ["name", "session", "status", "organisation_name", "queued_at"]
    filterset_class = BookingFilterSet
    search_fields = ["name", "email"]
    list_export = ["name", "email", "organisation_name", "role", "session", "status", "queued_at"]
    export_filename = "training-bookings"

    def get_queryset(self, request):
        # Each row names its session, course and organisation: one query for the page, not three per row.
        return Booking.objects.select_related("session__course", "organisation")


class TrainingViewSetGroup(SnippetViewSetGroup):
    menu_label = "Training"
    menu_icon = "calendar"
    menu_order = 250
    items = (CourseViewSet, SessionViewSet, BookingViewSet, PartnerAgencyViewSet)


register_snippet(TrainingViewSetGroup)


@hooks.register("register_admin_urls")
def register_training_urls():
    return [
        path("training/sessions/<int:pk>/register/", admin_views.register, name="training_register"),
        path("training/sessions/<int:pk>/cancel/", admin_views.cancel_session, name="training_cancel_session"),
        path("training/bookings/<int:pk>/certificate/", admin_views.certificate, name="training_staff_certificate"),
        path("reports/training/", reports.report, name="training_report"),
    ]


class CoordinatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("training.view_booking")


@hooks.register("register_reports_menu_item")
def register_training_report_menu_item():
    return CoordinatorsMenuItem(
        "Training", reverse("training_report"), name="training-report", icon_name="calendar", order=670
    )


@hooks.register("construct_homepage_panels")
def add_training_panel(request, panels):
    if request.user.has_perm("training.view_booking"):
        panels.append(SessionsWithFewBookingsPanel())


@hooks.register("register_snippet_listing_buttons")
def session_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Session) and user.has_perm("training.view_booking"):
        yield ListingButton("Register", url=reverse("training_register", args=[snippet.pk]), icon_name="list-ul")
        if not snippet.cancelled and user.has_perm("training.change_session"):
            yield ListingButton(
                "Cancel session", url=reverse("training_cancel_session", args=[snippet.pk]), icon_name="warning"
            )


@hooks.register("register_log_actions")
def register_training_log_actions(actions):
    retention.register(actions)
