"""Dates and times written out in words, in the language in force, independent of the server's locale.

``strftime`` would follow whatever locale the workshop server happens to run in. Here the day and month
names come from Babel's CLDR data for the language (``guide.i18n.babel_locale``), in the order and with
the words its catalogue gives (``format.*`` and ``when.*`` keys, see ``catalogue/en_dates.py``), so a
second language changes a catalogue, not this code.

Every function takes ``lang`` (default: the language in force, see ``guide.i18n``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from . import i18n
from .catalogue import text

# A date this far from today gets its year; nearer ones read better without it ("Friday, January 8").
YEAR_SHOWN_AFTER = timedelta(days=120)

# CLDR puts a narrow no-break space before "AM" in some locales; the messages are plain text that people
# read aloud and paste into mail, where an ordinary space is what they type.
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})


def _pattern(moment: datetime, key: str, lang: str) -> str:
    return _formatted(moment.replace(tzinfo=None), moment.tzinfo, moment.utcoffset(), text(key, lang), lang)


@lru_cache(maxsize=2048)
def _formatted(wall: datetime, zone, offset, pattern: str, lang: str) -> str:
    """One moment in one CLDR pattern. The same few times (the interview's, the plan's) are written some
    twenty times per message and again at every keystroke: Babel formats each once (issue 28). The key is
    the wall-clock reading with its zone and offset, not the instant alone: two equal instants in two
    zones read differently."""
    from babel.dates import format_datetime as babel_format  # Babel loads on first use: import guide stays cheap

    moment = wall.replace(tzinfo=zone)
    return babel_format(moment, pattern, locale=i18n.babel_locale(lang)).translate(_SPACES)


def _lang(lang: str | None) -> str:
    return lang or i18n.current()


def zone_name(moment: datetime) -> str:
    """A readable name for the moment's zone ('EST', 'UTC-05:00'), or '' for a naive time."""
    if moment.tzinfo is None:
        return ""
    name = moment.tzname() or ""
    return "UTC" if name in ("UTC+00:00", "UTC") else name


def _zoned(out: str, moment: datetime, with_zone: bool) -> str:
    zone = zone_name(moment) if with_zone else ""
    return f"{out} {zone}" if zone else out


def format_time(moment: datetime, with_zone: bool = False, lang: str | None = None) -> str:
    """A written time: "1:30 PM" (US), "1:30pm" (Britain), "13:30" (Spain)."""
    return _zoned(_pattern(moment, "format.time", _lang(lang)), moment, with_zone)


def format_date(moment: datetime, lang: str | None = None) -> str:
    """ "Tuesday, December 1, 2026": the full date."""
    return _pattern(moment, "format.day_date_year", _lang(lang))


def format_datetime(moment: datetime, with_zone: bool = False, lang: str | None = None) -> str:
    lang = _lang(lang)
    return text("when.dated", lang, date=format_date(moment, lang), at=_at(moment, format_time(moment, with_zone, lang), lang))


def clock_time(moment: datetime, with_zone: bool = False, lang: str | None = None) -> str:
    """The time as said aloud: "10 AM", "2:30 PM" (no ":00" nobody pronounces)."""
    key = "format.time.spoken" if moment.minute == 0 else "format.time.spoken_minutes"
    if (moment.hour, moment.minute) == (12, 0):
        key = "format.time.spoken_noon"
    return _zoned(_pattern(moment, key, _lang(lang)), moment, with_zone)


def day_and_date(moment: datetime, now: datetime, lang: str | None = None) -> str:
    """ "Friday, November 20", with the year only when the date is months away from ``now``."""
    far = abs(_day(moment) - _day(now)) > YEAR_SHOWN_AFTER
    return _pattern(moment, "format.day_date_year" if far else "format.day_date", _lang(lang))


def spoken_when(
    moment: datetime, now: datetime, with_zone: bool = False, lang: str | None = None, bare: bool = False
) -> str:
    """When, as a person says it on the phone: "today at 1 PM", "this Thursday at 3 PM", never a year
    unless the date is months away. Reads after a noun: "my interview today at 1 PM". ``bare`` leaves out
    the "on" of a named day, for a list of times offered ("I could do Tuesday at 10 AM")."""
    lang = _lang(lang)
    return _relative(moment, now, clock_time(moment, with_zone, lang), lang, bare)


def written_when(moment: datetime, now: datetime, with_zone: bool = False, lang: str | None = None) -> str:
    """When, in an email read the day it is sent: "today at 1:00 PM" for today, tomorrow and yesterday;
    the full date otherwise ("on Tuesday, November 24, at 10:00 AM")."""
    lang = _lang(lang)
    time = format_time(moment, with_zone, lang)
    gap = (_day(moment) - _day(now)).days
    if gap in (-1, 0, 1):
        return _relative(moment, now, time, lang)
    return text("when.on", lang, when=date_and_time(moment, now, with_zone, lang))


def dated_when(moment: datetime, now: datetime, with_zone: bool = False, lang: str | None = None) -> str:
    """When, for a letter that may be read days later: always the date ("on Friday, November 20, at
    10:00 AM"), since "yesterday" in a dated letter points at the wrong day."""
    lang = _lang(lang)
    return text("when.on", lang, when=date_and_time(moment, now, with_zone, lang))


def date_and_time(moment: datetime, now: datetime, with_zone: bool = False, lang: str | None = None) -> str:
    """ "Monday, November 23, at 10:00 AM": an offered time in a written list."""
    lang = _lang(lang)
    at = _at(moment, format_time(moment, with_zone, lang), lang)
    return text("when.dated", lang, date=day_and_date(moment, now, lang), at=at)


def letter_date(moment: datetime, lang: str | None = None) -> str:
    """A letter's date line: "November 20, 2026" (US), "20 November 2026" (Britain)."""
    return _pattern(moment, "format.letter_date", _lang(lang))


def spoken_day(moment: datetime, reference: datetime, lang: str | None = None) -> str:
    """The day of something already done, relative to when it is mentioned: "earlier today",
    "yesterday", "on Friday"."""
    lang = _lang(lang)
    gap = (_day(reference) - _day(moment)).days
    if gap <= 0:
        return text("when.done_today", lang)
    if gap == 1:
        return text("when.done_yesterday", lang)
    day = weekday(moment, lang) if gap < 7 else day_and_date(moment, reference, lang)
    return text("when.done_on", lang, day=day)


def joined(items: list[str], word: str = "or", lang: str | None = None) -> str:
    """ "A", "A or B", "A, B, or C" (the serial comma, as US style guides use; the catalogue decides)."""
    lang = _lang(lang)
    conj = text(f"when.{word}", lang)
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return text("when.pair", lang, first=items[0], conj=conj, last=items[1])
    head = text("when.series_join", lang).join(items[:-1])
    return text("when.series", lang, items=head, conj=conj, last=items[-1])


def _day(moment: datetime) -> date:
    return moment.date()


# The hour as written or said is one: "1:30", "1 de la tarde", "1:00 PM", not "13:00" nor "11:00".
_HOUR_ONE = re.compile(r"0?1(?!\d)")


def _at(moment: datetime, time: str, lang: str) -> str:
    """ "at 10 AM"; a language may say an hour of one differently ("a la una" beside "a las dos"). What
    counts is the hour as the time shows it: 13:00 on a 24-hour clock is "a las 13:00", said aloud it is
    "a la 1 de la tarde"."""
    return text("when.at_one" if _HOUR_ONE.match(time) else "when.at", lang, time=time)


def _soon(moment: datetime, now: datetime) -> bool:
    """Within the next four weeks and this month or the next: near enough to say "Friday the 27th"."""
    gap = (_day(moment) - _day(now)).days
    return 0 < gap < 28 and moment.month in (now.month, now.month % 12 + 1)


def _relative(moment: datetime, now: datetime, time: str, lang: str, bare: bool = False) -> str:
    at = _at(moment, time, lang)
    key = "when.bare" if bare else "when.on"
    gap = (_day(moment) - _day(now)).days
    day = weekday(moment, lang)
    if gap == 0:
        return text("when.today", lang, at=at)
    if gap == 1:
        return text("when.tomorrow", lang, at=at)
    if gap == -1:
        return text("when.yesterday", lang, at=at)
    # "This Thursday" within the same week; a day early next week is just "Tuesday", which nobody mishears.
    if 1 < gap < 7 and moment.isocalendar()[:2] == now.isocalendar()[:2]:
        return text("when.this_week", lang, day=day, at=at)
    if -7 < gap < 7:
        return text(key, lang, when=text("when.day_at", lang, day=day, at=at))
    if _soon(moment, now):
        return text(key, lang, when=text("when.day_the", lang, day=day, n=moment.day, nth=ordinal(moment.day), at=at))
    return text(key, lang, when=text("when.dated", lang, date=day_and_date(moment, now, lang), at=at))


def spoken_day_name(moment: datetime, now: datetime, lang: str | None = None) -> str:
    """Just the day, as said in a list: "tomorrow", "Wednesday", "Friday the 27th", "December 10"."""
    lang = _lang(lang)
    gap = (_day(moment) - _day(now)).days
    day = weekday(moment, lang)
    if gap == 0:
        return text("when.today_word", lang)
    if gap == 1:
        return text("when.tomorrow_word", lang)
    if 1 < gap < 7:
        named = day
    elif _soon(moment, now):
        named = text("when.day_the_word", lang, day=day, n=moment.day, nth=ordinal(moment.day))
    else:
        far = abs(_day(moment) - _day(now)) > YEAR_SHOWN_AFTER
        named = _pattern(moment, "format.month_day_year" if far else "format.month_day", lang)
    # A named day in a list, with the article a language puts before it ("el martes, el miércoles 18").
    return text("when.day_word", lang, day=named)


def ordinal(n: int) -> str:
    """ "1st", "2nd", "23rd", "27th": how a day of the month is said in English (``{nth}``; other
    languages' catalogues use the plain number ``{n}``)."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def weekday(moment: datetime, lang: str | None = None) -> str:
    return _pattern(moment, "format.weekday", _lang(lang))
