"""Time arithmetic for the plan: business hours, public holidays, and comparing times typed in different ways.

Business hours are Monday to Friday, 9:00 to 17:00 (18:00 in Spain and Mexico: ``policy.office_hours``), on
the interview's clock, and not on the days the employer's office is closed for a public holiday (``CLOSURES``
below). An employer whose people work evenings and weekends (retail, hospitality, warehouses:
``HOURS["extended"]``) is reached every day until the evening instead. The holidays come from the
``holidays`` package (a maintained calendar that ships its data, so it works offline); it is imported on
first use, not with the guide. A public holiday that is not a closure day (Columbus Day in the US) is a
working day: the plan notes that their office may be closed, it does not lose the day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from pathlib import Path

from .policy import office_hours

OPENS, CLOSES = office_hours(None)  # the default row; a country's own are asked of office_hours(country)
WORKDAYS = range(0, 5)  # Monday..Friday


@dataclass(frozen=True)
class Hours:
    """When someone at the employer can be reached: the days of the week (0 is Monday) and the hours."""

    days: range
    opens: time
    closes: time


OFFICE = Hours(WORKDAYS, OPENS, CLOSES)
# Shops, restaurants, hotels and warehouses hire for evening and weekend shifts, and their managers work
# them: a call on Saturday morning or at 7 pm is normal there. Not after 8 pm (closing, the dinner rush),
# and not before 9. Their closure days are the same as an office's (a store open on Labor Day still has
# its hiring manager off on Christmas Day): the plan would rather wait a day than call an empty office.
EXTENDED = Hours(range(0, 7), OPENS, time(20, 0))
# The choices of the form's "Their working hours" (Situation.employer_hours), by name.
HOURS: dict[str, Hours] = {"office": OFFICE, "extended": EXTENDED}


def hours_of(name: object, country: str | None = None) -> Hours:
    """The hours a situation's ``employer_hours`` names, in ``country``: an office's day ends later in
    Spain and Mexico (``policy.office_hours``); office hours for anything unknown."""
    if isinstance(name, str) and name in HOURS and HOURS[name] is not OFFICE:
        return HOURS[name]
    opens, closes = office_hours(country)
    return OFFICE if (opens, closes) == (OFFICE.opens, OFFICE.closes) else Hours(WORKDAYS, opens, closes)


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


DEFAULT_COUNTRY = "US"


# The days the employer's office is closed, by country: which of the package's public holidays (with
# their observed days: "Independence Day (observed)" on a Friday) most employers close for.
#   US: only federal employees are given the eleven federal holidays. Most private employers close on
#       six: New Year's Day, Memorial Day, Independence Day, Labor Day, Thanksgiving and Christmas (the
#       U.S. Bureau of Labor Statistics' National Compensation Survey, paid holidays in private industry;
#       SHRM's yearly holiday surveys). Martin Luther King Jr. Day, Washington's Birthday, Juneteenth,
#       Columbus Day and Veterans Day: most private offices are open, so they are a note, not a lost day.
#   GB: every bank holiday closes the office. With no part of the UK given, those of England and Wales,
#       where most of the UK works (gov.uk/bank-holidays); the package's "GB" alone leaves out Easter
#       Monday and the summer bank holiday, which Scotland does not share.
#   Anywhere else: every public holiday in the package's "public" category. In most countries these are
#       statutory days off for everyone, not only for government offices; a country where that is not so
#       gets a row here.
CLOSURES: dict[str, tuple[str, ...] | None] = {  # None: every public holiday of the calendar below
    "US": ("New Year's Day", "Memorial Day", "Independence Day", "Labor Day", "Thanksgiving Day", "Christmas Day"),
}
# The calendar read for a country where the package's country-wide one is not what offices keep.
SUBDIVISION = {"GB": "ENG"}
_OBSERVED = " (observed)"


@lru_cache(maxsize=64)
def _holiday_calendar(country: str, year: int, language: str | None = None):
    """The country's holidays in ``year``, named in ``language`` where the calendar has it, else in
    English (en_US, the package's own names, which the closure table above names its days by)."""
    import holidays  # local: its country tables are only needed once a plan or a slot is checked

    subdiv = SUBDIVISION.get(country)
    try:
        found = holidays.country_holidays(country, subdiv=subdiv, years=year)
    except NotImplementedError:  # a country the calendar does not know: no holidays rather than a crash
        return {}
    supported = getattr(found, "supported_languages", ()) or ()
    wanted = language if language in supported else "en_US" if "en_US" in supported else None
    return holidays.country_holidays(country, subdiv=subdiv, years=year, language=wanted) if wanted else found


def _day_of(day: date | datetime) -> date:
    return day.date() if isinstance(day, datetime) else day


def public_holiday(day: date | datetime, country: str | None = DEFAULT_COUNTRY) -> str | None:
    """The name of the public holiday on ``day`` in ``country`` (an ISO code), in the language in force
    where one is known ("Fiesta Nacional de España"), or None."""
    if not country:
        return None
    from . import i18n

    when = _day_of(day)
    language = i18n.current().split("-")[0]
    name = _holiday_calendar(country.upper(), when.year, language).get(when)
    if name and language == "es":
        from . import spanish  # the US calendar has no Spanish names of its own

        return spanish.holiday(name)
    return name


def closure_holiday(day: date | datetime, country: str | None = DEFAULT_COUNTRY) -> str | None:
    """The public holiday on ``day`` if most employers in ``country`` close for it (``CLOSURES``), or None."""
    if not country:
        return None
    when = _day_of(day)
    english = _holiday_calendar(country.upper(), when.year).get(when)
    if english is None:
        return None
    closed = CLOSURES.get(country.upper())
    if closed is not None:
        # One date may carry two names ("Christmas Day; ..."): any closure among them closes the office.
        names = {part.strip().removesuffix(_OBSERVED) for part in english.split(";")}
        if not names & set(closed):
            return None
    return public_holiday(day, country)


def open_holiday(day: date | datetime, country: str | None = DEFAULT_COUNTRY) -> str | None:
    """A public holiday on a working day when most offices stay open (Columbus Day): its name, or None.

    The plan keeps such a day and says that their office may be closed.
    """
    if not isinstance(day, (date, datetime)) or day.weekday() not in WORKDAYS:
        return None
    name = public_holiday(day, country)
    return name if name is not None and closure_holiday(day, country) is None else None


# Working days when many offices close early or run with few people in, by country: the day after
# Thanksgiving in the US (a paid day off at many private employers, though not at most: BLS National
# Compensation Survey; SHRM holiday surveys), its eve (many close early for the long weekend), and Christmas Eve and New Year's Eve in the US and the UK
# (not public holidays, but many offices shut at midday). A call then may reach nobody: the plan keeps
# the day and says so, as for Columbus Day. Each is a catalogue key naming the day.
QUIET_DAYS: dict[str, tuple[str, ...]] = {
    "US": ("plan.quiet.thanksgiving-eve", "plan.quiet.day-after-thanksgiving", "plan.quiet.christmas-eve",
           "plan.quiet.new-years-eve"),
    "GB": ("plan.quiet.christmas-eve", "plan.quiet.new-years-eve"),
}


def quiet_day(day: date | datetime, country: str | None = DEFAULT_COUNTRY) -> str | None:
    """The catalogue key naming ``day`` if it is one of ``country``'s quiet working days, else None."""
    if not country or not isinstance(day, (date, datetime)) or not is_business_day(day, country):
        return None
    when = _day_of(day)
    found = {
        "plan.quiet.christmas-eve": (when.month, when.day) == (12, 24),
        "plan.quiet.new-years-eve": (when.month, when.day) == (12, 31),
        # The afternoon before Thanksgiving, many offices empty early for the long weekend's travel.
        "plan.quiet.thanksgiving-eve": "Thanksgiving" in (
            _holiday_calendar(country.upper(), when.year).get(when + timedelta(days=1)) or ""
        ),
        "plan.quiet.day-after-thanksgiving": "Thanksgiving" in (
            _holiday_calendar(country.upper(), when.year).get(when - timedelta(days=1)) or ""
        ),
    }
    return next((key for key in QUIET_DAYS.get(country.upper(), ()) if found[key]), None)


def supported_countries() -> frozenset[str]:
    import holidays  # local, as above

    return frozenset(holidays.list_supported_countries())


def is_business_day(day: date | datetime, country: str | None = DEFAULT_COUNTRY, hours: Hours = OFFICE) -> bool:
    return day.weekday() in hours.days and closure_holiday(day, country) is None


def is_business_hours(moment: datetime, country: str | None = DEFAULT_COUNTRY, hours: Hours | None = None) -> bool:
    hours = hours or hours_of("office", country)
    return is_business_day(moment, country, hours) and hours.opens <= moment.time() < hours.closes


def next_business_moment(moment: datetime, country: str | None = DEFAULT_COUNTRY, hours: Hours | None = None) -> datetime:
    """``moment`` itself if they are at work then, else the next opening (9:00 on a business day)."""
    if is_business_hours(moment, country, hours):
        return moment
    hours = hours or hours_of("office", country)
    day = moment if moment.time() < hours.opens else moment + timedelta(days=1)
    day = day.replace(hour=hours.opens.hour, minute=hours.opens.minute, second=0, microsecond=0)
    while not is_business_day(day, country, hours):
        day += timedelta(days=1)
    return day


def add_business_days(
    moment: datetime, days: int, country: str | None = DEFAULT_COUNTRY, hours: Hours = OFFICE
) -> datetime:
    """The opening of the business day ``days`` working days after ``moment``'s day (holidays skipped)."""
    day = moment.replace(hour=hours.opens.hour, minute=hours.opens.minute, second=0, microsecond=0)
    added = 0
    while added < days:
        day += timedelta(days=1)
        if is_business_day(day, country, hours):
            added += 1
    return day


# --- zones: which country a zone is in, and the candidate's own clock ---------------------------------
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$")


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """Zone name -> ISO country code, from the time zone database's own ``zone.tab``."""
    candidates = []
    try:
        import tzdata  # the pip package, where there is no system database (Windows)

        candidates.append(Path(tzdata.__file__).parent / "zoneinfo" / "zone.tab")
    except ImportError:
        pass
    import zoneinfo  # local, like every zone lookup here: most plans never need the database

    candidates += [Path(root) / "zone.tab" for root in zoneinfo.TZPATH]
    for path in candidates:
        if path.is_file():
            table = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    cols = line.split("\t")
                    if len(cols) >= 3:
                        table[cols[2]] = cols[0]
            return table
    return {}


def interview_zone_names() -> tuple[str, ...]:
    """The zones a person can pick for an employer: one per place in ``zone.tab``, sorted by name."""
    return tuple(sorted(_zone_countries()))


def country_of_zone(zone: tzinfo | None) -> str | None:
    """The country an IANA zone ("America/New_York") belongs to, or None for an offset or unknown zone."""
    key = getattr(zone, "key", None)
    return _zone_countries().get(key) if key else None


def parse_zone(name: str | None) -> tzinfo | None:
    """A zone from its IANA name ("America/Los_Angeles") or a UTC offset ("UTC-08:00"); None if neither."""
    if not isinstance(name, str) or not name.strip():
        return None
    name = name.strip()
    found = _OFFSET.match(name)
    if found:
        sign, hours, minutes = found.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
        if delta > timedelta(hours=14):
            return None
        return timezone(-delta if sign == "-" else delta)
    if name.upper() in ("UTC", "GMT", "Z"):
        return timezone.utc
    if name not in _known_zones():  # never a path or a file name: only the database's own names
        return None
    import zoneinfo  # local, as above

    return zoneinfo.ZoneInfo(name)


@lru_cache(maxsize=1)
def _known_zones() -> frozenset[str]:
    import zoneinfo  # local, as above

    return frozenset(zoneinfo.available_timezones())


def offset_name(offset: timedelta) -> str:
    """A UTC offset as the form stores it in ``candidate_zone``: "UTC-08:00"."""
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_place(zone: tzinfo, moment: datetime) -> str:
    """How a clock is named to a reader: the city of an IANA zone ("New York", "Nueva York"), else its
    abbreviation."""
    key = getattr(zone, "key", None)
    if key and "/" in key:
        # The city in the language in force, from Babel's CLDR data ("Nueva York", "Ciudad de México").
        from babel.dates import get_timezone_location  # local: Babel's zone data loads on first use

        from . import i18n

        try:
            return get_timezone_location(key, locale=i18n.babel_locale(i18n.current()), return_city=True)
        except (LookupError, ValueError):
            return key.rsplit("/", 1)[1].replace("_", " ")
    name = moment.astimezone(zone).tzname() or ""
    return "UTC" if name in ("UTC+00:00", "UTC") else name


def same_clock(a: tzinfo | None, b: tzinfo | None, moment: datetime) -> bool:
    """Whether two zones read ``moment`` the same way (None means "the interview's own clock")."""
    if a is None or b is None:
        return True
    return moment.astimezone(a).utcoffset() == moment.astimezone(b).utcoffset()
