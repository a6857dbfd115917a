"""The calendar's GET filters (level, audience, format, month), each option with its count of sessions.

Only validated values reach a query: anything else in the address is ignored. The counts are one
query per filter, however many sessions there are.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format

from .models import Audience, Course, Format, Level, Session

MONTH_FORMAT = "%Y-%m"


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Filter:
    name: str
    label: str
    options: list = field(default_factory=list)


def _month(value):
    try:
        return datetime.datetime.strptime(value, MONTH_FORMAT).date()
    except (TypeError, ValueError):
        return None


class SessionCalendar:
    """Upcoming sessions as a visitor filtered them, and the filters to show."""

    FIELDS = {"level": "course__level", "audience": "course__audience", "format": "course__format"}
    CHOICES = {"level": Level, "audience": Audience, "format": Format}

    def __init__(self, query, now=None):
        self.now = now or timezone.now()
        self.selected = {}
        for name, choices in self.CHOICES.items():
            value = query.get(name, "")
            if value in {str(choice) for choice in choices.values}:
                self.selected[name] = int(value) if name == "level" else value
        month = _month(query.get("month", ""))
        if month:
            self.selected["month"] = month

    def upcoming(self):
        return Session.objects.upcoming(self.now)

    def _filtered(self, queryset, leave_out=None):
        for name, value in self.selected.items():
            if name == leave_out:
                continue
            if name == "month":
                start, end = self._month_start(value), self._month_end(value)
                queryset = queryset.filter(starts_at__gte=start, starts_at__lt=end)
            else:
                queryset = queryset.filter(**{self.FIELDS[name]: value})
        return queryset

    @staticmethod
    def _month_start(month):
        return timezone.make_aware(datetime.datetime(month.year, month.month, 1))

    def _month_end(self, month):
        following = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        return self._month_start(following)

    def sessions(self):
        return list(self._filtered(self.upcoming()).select_related("course").with_places().order_by("starts_at"))

    def courses(self):
        """Courses matching level, audience and format (e-learning has no sessions, so no month)."""
        courses = Course.objects.all()
        for name in ("level", "audience", "format"):
            if name in self.selected:
                courses = courses.filter(**{name: self.selected[name]})
        return list(courses)

    @property
    def is_filtered(self):
        return bool(self.selected)

    def filters(self):
        filters = []
        for name, choices in self.CHOICES.items():
            counts = dict(
                self._filtered(self.upcoming(), leave_out=name)
                .values_list(self.FIELDS[name])
                .annotate(count=Count("pk"))
                .values_list(self.FIELDS[name], "count")
            )
            options = [
                Option(str(value), label, counts.get(value, 0), self.selected.get(name) == value)
                for value, label in choices.choices
            ]
            filters.append(Filter(name, name.capitalize(), options))
        filters.append(self._month_filter())
        return filters

    def _month_filter(self):
        rows = (
            self._filtered(self.upcoming(), leave_out="month")
            .annotate(month=TruncMonth("starts_at"))
            .values("month")
            .annotate(count=Count("pk"))
            .order_by("month")
        )
        options = []
        for row in rows:
            month = row["month"]
            month = month.date() if isinstance(month, datetime.datetime) else month
            options.append(
                Option(
                    month.strftime(MONTH_FORMAT),
                    date_format(month, "F Y"),
                    row["count"],
                    self.selected.get("month") == month,
                )
            )
        selected = self.selected.get("month")
        if selected and not any(option.selected for option in options):
            options.append(Option(selected.strftime(MONTH_FORMAT), date_format(selected, "F Y"), 0, True))
        return Filter("month", "Month", options)
