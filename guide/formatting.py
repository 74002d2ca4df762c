"""Dates and times written out in words, independent of the server's locale.

``strftime`` would follow whatever locale the workshop server happens to run in; these functions give
the same text everywhere, and a second language adds a table rather than a locale dependency.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

_NAMES = {
    "en": {
        "weekdays": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "months": (
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December",
        ),
        # Relative days, as people say them; "{time}" and "{day}" are filled in below.
        "today": "today at {time}",
        "tomorrow": "tomorrow at {time}",
        "yesterday": "yesterday at {time}",
        "this_week": "this {day} at {time}",
        "day_at": "{day} at {time}",
        "day_the": "{day} the {nth} at {time}",
        "dated": "{date}, at {time}",
        "on": "on {when}",
        "done_today": "earlier today",
        "done_yesterday": "yesterday",
        "done_on": "on {day}",
        "or": "or",
        "and": "and",
    }
}

# A date this far from today gets its year; nearer ones read better without it ("Friday, January 8").
YEAR_SHOWN_AFTER = timedelta(days=120)


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


def clock_time(moment: datetime, with_zone: bool = False) -> str:
    """The time as said aloud: "10 AM", "2:30 PM" (no ":00" nobody pronounces)."""
    hour = moment.hour % 12 or 12
    suffix = "AM" if moment.hour < 12 else "PM"
    out = f"{hour} {suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d} {suffix}"
    zone = zone_name(moment) if with_zone else ""
    return f"{out} {zone}" if zone else out


def day_and_date(moment: datetime, now: datetime, lang: str = "en") -> str:
    """ "Friday, November 20", with ", 2027" only when the date is months away from ``now``."""
    names = _NAMES[lang]
    out = f"{names['weekdays'][moment.weekday()]}, {names['months'][moment.month - 1]} {moment.day}"
    if abs(_day(moment) - _day(now)) > YEAR_SHOWN_AFTER:
        out += f", {moment.year}"
    return out


def spoken_when(
    moment: datetime, now: datetime, with_zone: bool = False, lang: str = "en", bare: bool = False
) -> str:
    """When, as a person says it on the phone: "today at 1 PM", "this Thursday at 3 PM", never a year
    unless the date is months away. Reads after a noun: "my interview today at 1 PM". ``bare`` leaves out
    the "on" of a named day, for a list of times offered ("I could do Tuesday at 10 AM")."""
    return _relative(moment, now, clock_time(moment, with_zone), lang, bare)


def written_when(moment: datetime, now: datetime, with_zone: bool = False, lang: str = "en") -> str:
    """When, in an email read the day it is sent: "today at 1:00 PM" for today, tomorrow and yesterday;
    the full date otherwise ("on Tuesday, November 24, at 10:00 AM")."""
    names = _NAMES[lang]
    time = format_time(moment, with_zone)
    gap = (_day(moment) - _day(now)).days
    if gap in (-1, 0, 1):
        return _relative(moment, now, time, lang)
    return names["on"].format(when=names["dated"].format(date=day_and_date(moment, now, lang), time=time))


def dated_when(moment: datetime, now: datetime, with_zone: bool = False, lang: str = "en") -> str:
    """When, for a letter that may be read days later: always the date ("on Friday, November 20, at
    10:00 AM"), since "yesterday" in a dated letter points at the wrong day."""
    return _NAMES[lang]["on"].format(when=date_and_time(moment, now, with_zone, lang))


def date_and_time(moment: datetime, now: datetime, with_zone: bool = False, lang: str = "en") -> str:
    """ "Monday, November 23, at 10:00 AM": an offered time in a written list."""
    return _NAMES[lang]["dated"].format(date=day_and_date(moment, now, lang), time=format_time(moment, with_zone))


def letter_date(moment: datetime, lang: str = "en") -> str:
    """A letter's date line, as US business letters write it: "November 20, 2026"."""
    return f"{_NAMES[lang]['months'][moment.month - 1]} {moment.day}, {moment.year}"


def spoken_day(moment: datetime, reference: datetime, lang: str = "en") -> str:
    """The day of something already done, relative to when it is mentioned: "earlier today",
    "yesterday", "on Friday"."""
    names = _NAMES[lang]
    gap = (_day(reference) - _day(moment)).days
    if gap <= 0:
        return names["done_today"]
    if gap == 1:
        return names["done_yesterday"]
    day = names["weekdays"][moment.weekday()] if gap < 7 else day_and_date(moment, reference, lang)
    return names["done_on"].format(day=day)


def joined(items: list[str], word: str = "or", lang: str = "en") -> str:
    """ "A", "A or B", "A, B, or C" (the serial comma, as US style guides use)."""
    conj = _NAMES[lang][word]
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    return f"{', '.join(items[:-1])}, {conj} {items[-1]}"


def _day(moment: datetime) -> date:
    return moment.date()


def _relative(moment: datetime, now: datetime, time: str, lang: str, bare: bool = False) -> str:
    names = _NAMES[lang]
    on = (lambda when: when) if bare else (lambda when: names["on"].format(when=when))
    gap = (_day(moment) - _day(now)).days
    day = names["weekdays"][moment.weekday()]
    if gap == 0:
        return names["today"].format(time=time)
    if gap == 1:
        return names["tomorrow"].format(time=time)
    if gap == -1:
        return names["yesterday"].format(time=time)
    # "This Thursday" within the same week; a day early next week is just "Tuesday", which nobody mishears.
    if 1 < gap < 7 and moment.isocalendar()[:2] == now.isocalendar()[:2]:
        return names["this_week"].format(day=day, time=time)
    if -7 < gap < 7:
        return on(names["day_at"].format(day=day, time=time))
    if 0 < gap < 28 and moment.month in (now.month, now.month % 12 + 1):
        return on(names["day_the"].format(day=day, nth=ordinal(moment.day), time=time))
    return on(names["dated"].format(date=day_and_date(moment, now, lang), time=time))


def spoken_day_name(moment: datetime, now: datetime, lang: str = "en") -> str:
    """Just the day, as said in a list: "tomorrow", "Wednesday", "Friday the 27th", "December 10"."""
    names = _NAMES[lang]
    gap = (_day(moment) - _day(now)).days
    day = names["weekdays"][moment.weekday()]
    if gap == 0:
        return names["today"].split(" ")[0]
    if gap == 1:
        return names["tomorrow"].split(" ")[0]
    if 1 < gap < 7:
        return day
    if 0 < gap < 28 and moment.month in (now.month, now.month % 12 + 1):
        return names["day_the"].split(" at ")[0].format(day=day, nth=ordinal(moment.day))
    return day_and_date(moment, now, lang).split(", ", 1)[1]


def ordinal(n: int) -> str:
    """ "1st", "2nd", "23rd", "27th": how a day of the month is said."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def weekday(moment: datetime, lang: str = "en") -> str:
    return _NAMES[lang]["weekdays"][moment.weekday()]
