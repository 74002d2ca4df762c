"""Every field of a ``Situation``, declared once: its kind, where it applies, its limits, how the form shows
it and how the saved-answers file writes and reads it.

The form's rows, its ``read()`` and ``fill()``, the saved file and ``validate()``'s field names are all
driven by ``FIELDS``, so the two directions (controls to situation, file to controls) cannot drift apart:
a field added here is saved, loaded, shown and filled back, or a test names what it still lacks.

A kind says how a value is written to the saved file and read back from it (``dump``/``load``). Loading
checks the type only (a value of the wrong type means the file was damaged, ``ValueError``); what a value
*says* is left to ``validate()``, which explains it beside its field as if it had been typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Callable

from .policy import MAX_SLOTS  # a threshold of the guidance, declared there with its source

# Whole numbers beyond this are not something anyone means: validate() says so beside the field. The
# form's count boxes still take them, so a saved file holds them and loads them back.
MAX_COUNT = 10**6
# The years a plan can be made for. Far inside what datetime can hold, so no date arithmetic (a time
# zone, an hour added for a calendar event) ever overflows; a date outside them is a typing slip.
FIRST_YEAR, LAST_YEAR = 1900, 2199


# --- kinds: how a value is saved and read back -----------------------------------------------------------
def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# A time is saved as ISO 8601 with its offset, and the name of its zone in brackets where it has one
# (RFC 9557, as java.time and Temporal write it): "2027-05-17T10:00:00+02:00[Europe/Berlin]". The offset
# alone would lose the zone, and with it the employer's country and public holidays.
_ZONED = re.compile(r"^(?P<moment>[^\[\]]+)(?:\[(?P<zone>[A-Za-z0-9_+\-/]{1,64})\])?$")


def dump_moment(value: datetime | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, datetime):  # not a time at all: kept as given, validate() explains it
        return value  # type: ignore[return-value]
    key = getattr(value.tzinfo, "key", None)
    return value.isoformat() + (f"[{key}]" if key else "")


def load_moment(value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("not a time")
    found = _ZONED.match(value)
    if not found:
        raise ValueError("not a time")
    moment = datetime.fromisoformat(found["moment"])
    if found["zone"]:
        import zoneinfo

        from .clock import parse_zone  # local: most situations never name a zone

        # parse_zone reads "UTC" and "GMT" as the fixed offset, which has no name to write back; a time
        # saved on the database's own zone of that name comes back on it.
        zone = zoneinfo.ZoneInfo(found["zone"]) if found["zone"] in ("UTC", "GMT") else parse_zone(found["zone"])
        if moment.tzinfo is None or getattr(zone, "key", None) != found["zone"]:
            raise ValueError("not a zone")
        moment = in_zone(moment, zone)
    return moment


def in_zone(moment: datetime, zone: tzinfo) -> datetime:
    """The same instant on ``zone``'s clock (a date too close to the calendar's ends stays as it is)."""
    try:
        return moment.astimezone(zone)
    except (OverflowError, ValueError):
        return moment


# Half of a UTF-16 pair: valid in a JSON string ("\ud800"), but no character. A page cannot show or send
# one (the kernel fails to encode it), so a file holding one loads with the replacement character there.
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return _LONE_SURROGATE.sub("\ufffd", value)


def _count(value: object) -> int:
    # Any whole number the form's count box holds, however large (validate() explains one too large).
    if not _is_int(value):
        raise ValueError("not a count")
    return value  # type: ignore[return-value]


def _minutes(value: object) -> int | str | None:
    # A whole number of up to six digits (what the minutes box reads as one), or what was typed when it
    # was not one (validate() explains it).
    if value is None or isinstance(value, str):
        return _text(value) if value is not None else None
    if not (_is_int(value) and abs(value) <= MAX_COUNT):  # type: ignore[arg-type]
        raise ValueError("not minutes")
    return value  # type: ignore[return-value]


def _moments(value: object) -> tuple[datetime, ...]:
    if not isinstance(value, list) or len(value) > MAX_SLOTS or None in value:
        raise ValueError("not a list of times")
    return tuple(load_moment(v) for v in value)  # type: ignore[misc]


def _dump_moments(value: object) -> object:
    return [dump_moment(v) for v in value] if isinstance(value, tuple) else value


def _same(value: object) -> object:
    return value


@dataclass(frozen=True)
class Kind:
    name: str
    dump: Callable[[object], object]  # the value as JSON
    load: Callable[[object], object]  # JSON back to the value; ValueError if it cannot be one


TEXT = Kind("text", _same, _text)
CHOICE = Kind("choice", _same, _same)  # checked against the field's own choices (Field.load)
COUNT = Kind("count", _same, _count)
MINUTES = Kind("minutes", _same, _minutes)
MOMENT = Kind("moment", dump_moment, load_moment)  # type: ignore[arg-type]
MOMENTS = Kind("moments", _dump_moments, _moments)


# --- the table ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Field:
    """One field of ``Situation``.

    ``widget`` is how the form shows it (None: not a control; the clock or the page gives it), ``control``
    the form's name for that control and its row (its label is ``field.<control>``), ``help`` the catalogue
    key of the line under it, ``group`` the heading that starts before it. ``per_scenario`` (the scenarios that
    use it list it in ``guide.domain``, so a new scenario is declared in one place) and ``formats`` say
    where it means anything: the form hides it elsewhere (and reads its default), validate() checks it
    only where it applies."""

    name: str
    kind: Kind
    widget: str | None = None
    per_scenario: bool = False  # False: every scenario; True: those whose spec lists it in ``fields``
    formats: tuple[str, ...] | None = None  # None: every interview format
    max_length: int | None = None
    required: bool = False
    options: str | None = None  # a choice's catalogue prefix: "scenario" -> "scenario.missed"
    control_name: str | None = None
    help: str | None = None
    group: str | None = None
    group_help: str | None = None
    saved: bool = True

    @property
    def control(self) -> str:
        return self.control_name or self.name

    @property
    def label(self) -> str:
        return f"field.{self.control}"

    @property
    def scenarios(self) -> tuple[str, ...] | None:
        """The scenarios it means something in (None: every one), read from ``guide.domain``."""
        if not self.per_scenario:
            return None
        from .domain import SCENARIO_SPECS  # local: the registry is read when asked, not at import

        return tuple(str(sc) for sc, spec in SCENARIO_SPECS.items() if self.name in spec.fields)

    def applies(self, scenario: str, interview_format: str | None = None) -> bool:
        in_scenario = self.scenarios is None or scenario in self.scenarios
        return in_scenario and (self.formats is None or interview_format is None or interview_format in self.formats)

    def choices(self) -> tuple[object, ...]:
        """The values a choice may take in a saved file."""
        from . import situation  # local: situation reads this table

        if self.name == "reason":  # "Why?" may be left unanswered
            return (*situation.REASONS, None, "")
        return {
            "scenario": situation.SCENARIOS,
            "interview_format": situation.FORMATS,
            "tone": situation.TONES,
            "employer_hours": situation.EMPLOYER_HOURS,
            "address_as": situation.ADDRESS_AS,
        }[self.name]

    def dump(self, value: object) -> object:
        return self.kind.dump(value)

    def load(self, value: object) -> object:
        if self.kind is CHOICE:
            if value not in self.choices():
                raise ValueError(self.name)
            return value
        return self.kind.load(value)


# In the order the form shows them; the fields no control sets come last.
FIELDS: tuple[Field, ...] = (
    Field("scenario", CHOICE, "choice", options="scenario", group="ui.group.interview"),
    Field("reason", CHOICE, "choice", options="reason", help="rule.honest-brief"),
    Field("interview_at", MOMENT, "time", help="ui.help.interview_at"),
    # The employer's country is chosen as the interview's zone: the form's times are then read on the
    # employer's clock, and the zone's country gives the public holidays.
    Field("country", TEXT, "zone", control_name="interview_zone", help="ui.help.interview_zone"),
    Field("interview_format", CHOICE, "choice", options="format"),
    Field("location", TEXT, "text", formats=("in_person",), max_length=200, help="ui.help.location"),
    Field("eta_minutes", MINUTES, "minutes", per_scenario=True, help="rule.realistic-eta"),
    Field("interviews_so_far", COUNT, "count", help="ui.help.interviews_so_far"),
    Field("times_moved", COUNT, "count", per_scenario=True, help="rule.reschedule-once"),
    Field("company", TEXT, "text", max_length=120, required=True, group="ui.group.employer"),
    Field("role", TEXT, "text", max_length=120, required=True),
    Field("contact_name", TEXT, "text", max_length=100, help="ui.help.contact_name"),
    # How to greet them: right under their name. A file saved before this field loads as "auto".
    Field("address_as", CHOICE, "choice", options="address", help="ui.help.address_as"),
    # Evening and weekend times are normal where the employer works them: no "outside office hours".
    Field("employer_hours", CHOICE, "choice", options="hours", help="ui.help.employer_hours"),
    Field(
        "candidate_name", TEXT, "text", max_length=100, required=True,
        group="ui.group.you", group_help="ui.help.about_you",
    ),  # fmt: skip
    # Checked once typing is done (on leaving the field): an address half-typed is not yet a problem.
    Field("candidate_phone", TEXT, "text_on_leave", max_length=40),
    Field("candidate_email", TEXT, "text_on_leave", max_length=254),
    Field("proposed_slots", MOMENTS, "times", per_scenario=True, help="ui.help.proposed_slots", group="ui.group.message"),
    Field("agreed_at", MOMENT, "time", per_scenario=True, help="ui.take.help.agreed_at"),
    Field("tone", CHOICE, "choice", options="tone", help="ui.help.tone"),
    # Not saved: "now" is when the answers are used, not when they were saved; the clock, and the
    # participant's own zone, come from the browser that loads the file, not the one that saved it.
    Field("now", MOMENT, saved=False),
    Field("candidate_zone", TEXT, saved=False),
    # The page's language; a file saved in another keeps it, and the form says which it kept.
    Field("language", TEXT),
)

BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
FORM_FIELDS = tuple(f for f in FIELDS if f.widget)
SAVED = tuple(f for f in FIELDS if f.saved)
NOT_SAVED = tuple(f.name for f in FIELDS if not f.saved)
TIMES = tuple(f.name for f in FIELDS if f.kind in (MOMENT, MOMENTS))

# Fields that only some scenarios use (every other field applies to all).
ONLY_FOR: dict[str, tuple[str, ...]] = {f.name: f.scenarios for f in FIELDS if f.scenarios is not None}
# Limits generous enough for any real name or address, small enough to keep a letter a letter.
MAX_LENGTH: dict[str, int] = {f.name: f.max_length for f in FIELDS if f.max_length is not None}
REQUIRED_TEXT = tuple(f.name for f in FIELDS if f.required)
COUNTS = tuple(f.name for f in FIELDS if f.kind is COUNT)
CHOICES = tuple(f.name for f in FIELDS if f.kind is CHOICE)


def applies(field_name: str, scenario: str) -> bool:
    """Whether ``field_name`` means anything for ``scenario``."""
    field = BY_NAME.get(field_name)
    return field is None or field.applies(scenario)


def in_range(moment: object) -> bool:
    """Whether a time lies in the years a plan can be made for (see FIRST_YEAR, LAST_YEAR)."""
    return isinstance(moment, datetime) and FIRST_YEAR <= moment.year <= LAST_YEAR


def dump(s) -> dict[str, object]:
    """Every field of ``s``, JSON-ready (times as ISO strings with their zone)."""
    return {f.name: f.dump(getattr(s, f.name)) for f in FIELDS}


def load(data: dict[str, object]) -> dict[str, object]:
    """Known fields of ``data`` read back as values (unknown keys left out); ValueError on a wrong type."""
    return {name: BY_NAME[name].load(value) for name, value in data.items() if name in BY_NAME}
