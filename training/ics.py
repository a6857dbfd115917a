"""iCalendar (RFC 5545) files: one per session ("add to calendar"), and the feed of every upcoming session.

Times are written in UTC (with Z), which every calendar shows in its reader's own time zone.
"""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

PRODUCT_ID = "-//Knowsley Safeguarding Children Board//Training calendar//EN"


def _escape(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line):
    """Lines longer than 75 octets continue on the next line after a space, never splitting a character."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode()
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode())
            current = b""
        current += piece
    parts.append(current.decode())
    return "\r\n ".join(parts)


def _stamp(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def event_lines(session, now, joining_instructions=False):
    course = session.course
    description = course.summary
    if joining_instructions and session.joining_instructions:
        description += "\n\n" + session.joining_instructions
    lines = [
        "BEGIN:VEVENT",
        f"UID:training-session-{session.pk}@{settings.WAGTAILADMIN_BASE_URL.split('//')[-1].split('/')[0]}",
        f"DTSTAMP:{_stamp(now)}",
        f"DTSTART:{_stamp(session.starts_at)}",
        f"DTEND:{_stamp(session.ends_at)}",
        f"SUMMARY:{_escape(course.title)}",
        f"DESCRIPTION:{_escape(description)}",
        f"LOCATION:{_escape(session.where())}",
        f"URL:{absolute(reverse('training_session', args=[session.pk]))}",
    ]
    if session.cancelled:
        lines.append("STATUS:CANCELLED")
    lines.append("END:VEVENT")
    return lines


def calendar(sessions, name="Knowsley Safeguarding Children Board training", joining_instructions=False):
    now = timezone.now()
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT_ID}", "METHOD:PUBLISH", "CALSCALE:GREGORIAN"]
    lines.append(f"X-WR-CALNAME:{_escape(name)}")
    for session in sessions:
        lines += event_lines(session, now, joining_instructions=joining_instructions)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
