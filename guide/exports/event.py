"""The agreed new interview as a calendar event (.ics) with two reminders, made with ``icalendar``.

The reminders are the prevention step the guidance asks for ("put it in your calendar with a reminder
the day before and two hours before"): one on the evening before, when there is still time to get
everything ready, and one two hours before, when it is time to leave or to set up the call.

Time zones: a naive ``agreed_at`` is written as *floating* time (no zone, RFC 5545 §3.3.5), which every
calendar shows at that clock time wherever the candidate is; that is what a naive time typed into the
form means. A time in a named zone (``zoneinfo.ZoneInfo``) keeps its zone and the file carries the
matching VTIMEZONE. Any other aware time (a fixed UTC offset has no zone name a calendar could look up)
is written in UTC, which names the same instant without guessing a zone.
"""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta, timezone

from ..i18n import in_its_language
from ..catalogue import text
from ..formatting import format_time
from ..situation import Situation, require_valid
from .base import Export, NoAgreedTime, filename
from .handout import prevention_advice

ICS_MIME = "text/calendar; charset=utf-8"
INTERVIEW_LENGTH = timedelta(hours=1)  # the guide is never told the length; an hour blocks enough time
EVENING_BEFORE = time(19, 0)  # the first reminder: 7 PM the day before
SOON_BEFORE = timedelta(hours=2)  # the second reminder
PRODUCT_ID = "-//Rebound//Interview guide//EN"
_UID_NAMESPACE = uuid.UUID("4f6b2a0e-3c51-4d8e-9a57-2b1f0c9e7d31")


@in_its_language
def to_ics(s: Situation) -> Export:
    """A calendar file with one event at ``s.agreed_at`` and two reminders.

    Raises ``NoAgreedTime`` (an ``ExportError``, itself a ``ValueError``) when no new time has been
    agreed yet, so the caller can show its message instead of a download; ``InvalidSituation`` when
    ``s`` has errors.
    """
    if s.agreed_at is None:
        raise NoAgreedTime()
    require_valid(s)
    from icalendar import Alarm, Calendar, Event

    start = _calendar_time(s.agreed_at)
    company, role = s.company.strip(), s.role.strip()
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    # The same interview always gets the same UID, so downloading the file twice updates the event
    # instead of putting the interview in the calendar twice.
    event.add("uid", f"{uuid.uuid5(_UID_NAMESPACE, '|'.join((company, role, start.isoformat())))}@rebound")
    event.add("dtstamp", datetime.now(timezone.utc).replace(microsecond=0))
    event.add("dtstart", start)
    event.add("dtend", start + INTERVIEW_LENGTH)
    event.add("summary", text("export.ics.summary", role=role, company=company))
    event.add("location", _place(s))
    event.add("description", _description(s))
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    at = format_time(s.agreed_at)
    for before, wording in (
        (_evening_before(s.agreed_at), text("export.ics.alarm.evening", time=at, company=company, prevention=_prevention(s))),
        (SOON_BEFORE, text("export.ics.alarm.soon", company=company, arrive=text("step.arrive-early"))),
    ):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", -before)  # relative to the start, so it works for floating and zoned times alike
        alarm.add("description", wording)
        event.add_component(alarm)
    calendar.add_component(event)
    calendar.add_missing_timezones()  # the VTIMEZONE for a named zone; nothing for floating or UTC times
    return Export(filename(s, "event", "ics"), ICS_MIME, calendar.to_ical())


def _calendar_time(moment: datetime) -> datetime:
    """``moment`` as the calendar should store it (see the module docstring for why)."""
    from zoneinfo import ZoneInfo

    if moment.tzinfo is None or isinstance(moment.tzinfo, ZoneInfo):
        return moment.replace(microsecond=0)
    return moment.astimezone(timezone.utc).replace(microsecond=0)


def _evening_before(start: datetime) -> timedelta:
    """How long before ``start`` 7 PM on the previous day is (a wall-clock difference)."""
    evening = datetime.combine(start.date() - timedelta(days=1), EVENING_BEFORE)
    return start.replace(tzinfo=None) - evening


def _place(s: Situation) -> str:
    return " ".join(s.location.split()) or text(f"format.{s.interview_format}")


def _prevention(s: Situation) -> str:
    return prevention_advice(s) or text("step.prevention-generic")


def _description(s: Situation) -> str:
    lines = [
        text("export.ics.company", company=s.company.strip()),
        text("export.ics.role", role=s.role.strip()),
    ]
    if s.contact_name.strip():
        lines.append(text("export.ics.contact", contact=s.contact_name.strip()))
    lines.append(text("export.ics.place", place=_place(s)))
    lines += ["", _prevention(s), text("step.arrive-early")]
    return "\n".join(lines)
