"""Time arithmetic for the plan: business hours, and comparing times typed in different ways.

Business hours are Monday to Friday, 9:00 to 17:00, in the candidate's own zone (the zone of the times
they entered). Public holidays are not known here; the plan's wording says "next business morning"
rather than pretending to know the employer's calendar.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

OPENS = time(9, 0)
CLOSES = time(17, 0)
WORKDAYS = range(0, 5)  # Monday..Friday


def resolve_now(s: object) -> datetime:
    """The situation's ``now`` (or the current time), read on the interview's clock.

    Business hours, "today" and arrival times are all read on one clock: the interview's, since that is
    where the employer's office is. A zone-aware ``now`` in another zone is converted (same instant).
    """
    at = getattr(s, "interview_at", None)
    zone = at.tzinfo if at is not None else None
    now = getattr(s, "now", None)
    if now is None:
        return datetime.now(zone)
    if zone is not None and now.tzinfo is not None and now.utcoffset() != at.utcoffset():
        return now.astimezone(zone)
    return now


def aligned(a: datetime, b: datetime) -> tuple[datetime, datetime]:
    """Make two datetimes comparable: a naive one is read in the other's zone.

    The form may hand us a zone-aware ``now`` from the browser while a test or a chapter passes naive
    dates; both mean the candidate's local time, so attaching the zone is the honest reading.
    """
    if (a.tzinfo is None) != (b.tzinfo is None):
        if a.tzinfo is None:
            a = a.replace(tzinfo=b.tzinfo)
        else:
            b = b.replace(tzinfo=a.tzinfo)
    return a, b


def is_business_hours(moment: datetime) -> bool:
    return moment.weekday() in WORKDAYS and OPENS <= moment.time() < CLOSES


def next_business_moment(moment: datetime) -> datetime:
    """``moment`` itself if offices are open then, else the next opening (9:00 on a weekday)."""
    if is_business_hours(moment):
        return moment
    day = moment if moment.time() < OPENS else moment + timedelta(days=1)
    day = day.replace(hour=OPENS.hour, minute=OPENS.minute, second=0, microsecond=0)
    while day.weekday() not in WORKDAYS:
        day += timedelta(days=1)
    return day


def add_business_days(moment: datetime, days: int) -> datetime:
    """The opening of the business day ``days`` working days after ``moment``'s day."""
    day = moment.replace(hour=OPENS.hour, minute=OPENS.minute, second=0, microsecond=0)
    added = 0
    while added < days:
        day += timedelta(days=1)
        if day.weekday() in WORKDAYS:
            added += 1
    return day
