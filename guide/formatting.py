"""Dates and times written out in words, independent of the server's locale.

``strftime`` would follow whatever locale the workshop server happens to run in; these functions give
the same text everywhere, and a second language adds a table rather than a locale dependency.
"""

from __future__ import annotations

from datetime import datetime

_NAMES = {
    "en": {
        "weekdays": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "months": (
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December",
        ),
    }
}


def zone_name(moment: datetime) -> str:
    """A readable name for the moment's zone ('EST', 'UTC-05:00'), or '' for a naive time."""
    if moment.tzinfo is None:
        return ""
    name = moment.tzname() or ""
    return "UTC" if name in ("UTC+00:00", "UTC") else name


def format_time(moment: datetime, with_zone: bool = False) -> str:
    hour = moment.hour % 12 or 12
    suffix = "AM" if moment.hour < 12 else "PM"
    out = f"{hour}:{moment.minute:02d} {suffix}"
    zone = zone_name(moment) if with_zone else ""
    return f"{out} {zone}" if zone else out


def format_date(moment: datetime, lang: str = "en") -> str:
    names = _NAMES[lang]
    return (
        f"{names['weekdays'][moment.weekday()]}, {names['months'][moment.month - 1]} "
        f"{moment.day}, {moment.year}"
    )


def format_datetime(moment: datetime, with_zone: bool = False, lang: str = "en") -> str:
    return f"{format_date(moment, lang)}, at {format_time(moment, with_zone)}"
