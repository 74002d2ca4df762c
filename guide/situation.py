"""The situation model: one immutable value holding everything the candidate told us, and its validation.

``Situation`` accepts whatever was typed (any length, any characters) so that nothing the user entered is
lost; ``validate`` then says, field by field, what needs attention. Keeping construction lenient and
validation separate is what lets the form show a problem beside a field instead of a traceback.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta

# The fields themselves (where each applies, its limits, whether it is required) are declared once, in
# guide/fields.py; the form, the saved file and validate() all read that table.
from .fields import (
    CHOICES,
    COUNTS,
    FIRST_YEAR,
    LAST_YEAR,
    MAX_COUNT,
    MAX_LENGTH,
    ONLY_FOR,  # noqa: F401  (read from here by tests and older callers)
    REQUIRED_TEXT,
    TIMES,
    applies,
    in_range,
)
from .address import ADDRESS_AS as _ADDRESS_AS
from . import domain
from . import fields as _fields
from .catalogue import text
from .i18n import in_its_language, languages
from .policy import (
    DELAYED_CONTACT,
    LATE_STAGE_INTERVIEWS,
    LATE_WINDOW_AFTER,
    LATE_WINDOW_BEFORE,
    MAX_ETA_MINUTES,
    MAX_SLOTS,
    SLOT_NOTICE,
    TOO_LATE_MINUTES,
    VERY_LATE_MINUTES,
)
from .clock import (
    DEFAULT_COUNTRY,
    HOURS,
    aligned,
    closure_holiday,
    country_of_zone,
    hours_of,
    is_business_hours,
    parse_zone,
    public_holiday,
    resolve_now,
    supported_countries,
)

# Scenarios, reasons and channels are declared in ``guide.domain``; these names are kept for the many
# callers that import them from here (and from ``guide``).
SCENARIOS = domain.SCENARIOS
REASONS = domain.REASONS  # reason -> the scenarios it fits
CHANNELS = domain.CHANNELS
channels_for = domain.channels_for
reasons_for = domain.reasons_for
FORMATS = ("in_person", "phone", "video")
TONES = ("formal", "warm")
EMPLOYER_HOURS = tuple(HOURS)  # "office", "extended" (guide.clock.HOURS)
ADDRESS_AS = _ADDRESS_AS  # "auto", "ms", "mr", "first_name" (guide.address)


# How much of one answer the checks below read. A value over its field's limit is told "too long"
# whatever it holds; reading all of a pasted book (up to 10 MB reach the kernel) held it for seconds.
SCANNED = 10_000
# A tag is matched from its last "<" ("<[^<>]*>"), so a paste of 100,000 "<" is one pass, not 100,000 scans.
_MARKUP = re.compile(r"<[^<>]*>|\{\{|\}\}|\{%|%\}")
# Control characters, line separators, lone surrogates and noncharacters: none belongs in a name, and the
# last two cannot even be written to a .txt or .docx download.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
# Direction embeddings, overrides and isolates: invisible, often pasted along with text, and one left open
# reverses the words after it wherever the message is shown. Right-to-left names need none of them.
_DIRECTION = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# Something@domain.tld. The domain is read as: a first character, then up to its first dot after that,
# then the rest (possessive): the same addresses as "[^@…]+\.[^@…]+" without its backtracking, which took
# minutes on "a@" followed by thousands of dots.
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"][^@\s<>()\[\],;:\".]*+\.[^@\s<>()\[\],;:\"]++$")


def arrival(s: "Situation") -> datetime:
    """When a late candidate expects to get there: now plus the minutes they gave."""
    # Minutes typed as text (or any other non-number) are explained by validate(); here they count as none.
    eta = s.eta_minutes if isinstance(s.eta_minutes, int) and not isinstance(s.eta_minutes, bool) else 0
    return resolve_now(s) + timedelta(minutes=eta)


def minutes_late(s: "Situation") -> int:
    """How far after the start they will arrive. Measured from the interview time, not from now:
    35 minutes away, half an hour before a 10:00 start, is 5 minutes late, not 35."""
    if s.interview_at is None:
        return 0
    start, arrives = aligned(s.interview_at, arrival(s))
    return max(0, int((arrives - start).total_seconds() // 60))


def is_very_late(s: "Situation") -> bool:
    return minutes_late(s) > VERY_LATE_MINUTES


def is_too_late_to_come(s: "Situation") -> bool:
    """More than about an hour late: the advice (and the messages) ask for a new time instead of coming."""
    return minutes_late(s) > TOO_LATE_MINUTES


def is_late_stage(s: "Situation") -> bool:
    """Two or more interviews done: the stakes are higher, a call comes before anything written."""
    count = s.interviews_so_far
    return isinstance(count, int) and not isinstance(count, bool) and count >= LATE_STAGE_INTERVIEWS


def was_moved_before(s: "Situation") -> bool:
    """The interview was already moved once: the guidance says to move an interview only once."""
    moved = s.times_moved
    return applies("times_moved", s.scenario) and isinstance(moved, int) and not isinstance(moved, bool) and moved >= 1


def days_since_missed(s: "Situation") -> int:
    """Days between a missed interview and now as people count them, by the calendar on the interview's
    clock: Thursday to Monday is 4 (0 for other scenarios, or the same day)."""
    if not _after_the_fact(s) or not isinstance(s.interview_at, datetime):
        return 0
    now, at = aligned(resolve_now(s), s.interview_at)
    if now.tzinfo is not None:
        now = now.astimezone(at.tzinfo)
    return max(0, (now.date() - at.date()).days)


def is_delayed_contact(s: "Situation") -> bool:
    """Missed more than two days ago: the messages acknowledge not having been in touch sooner."""
    if not _after_the_fact(s) or not isinstance(s.interview_at, datetime) or s.agreed_at is not None:
        return False
    now, at = aligned(resolve_now(s), s.interview_at)
    return now - at > DELAYED_CONTACT


def _after_the_fact(s: "Situation") -> bool:
    spec = domain.scenario(s.scenario)
    return spec is not None and spec.after_the_fact


def on_the_way(s: "Situation") -> bool:
    """The candidate is on the way now (running late): an arrival time and minutes late mean something."""
    spec = domain.scenario(s.scenario)
    return spec is not None and spec.on_the_way


def plans_voicemail(s: "Situation") -> bool:
    """Whether the plan has a voicemail step (a call that may go unanswered)."""
    spec = domain.scenario(s.scenario)
    return spec is not None and spec.voicemail_until_agreed and s.agreed_at is None


def employer_country(s: "Situation") -> str:
    """The employer's country for public holidays: the field if given, else the interview's zone, else US."""
    if isinstance(s.country, str) and s.country.strip():
        return s.country.strip().upper()
    for moment in (s.interview_at, s.agreed_at, *tuple(s.proposed_slots or ())):
        if isinstance(moment, datetime):
            found = country_of_zone(moment.tzinfo)
            if found:
                return found
    return DEFAULT_COUNTRY


def own_zone(s: "Situation"):
    """The candidate's own clock: ``candidate_zone`` if given, else the zone ``now`` was given in, else None.

    None means the candidate reads the interview's clock; the plan then shows one time per step.
    """
    zone = parse_zone(s.candidate_zone)
    if zone is None and isinstance(s.now, datetime):
        zone = s.now.tzinfo
    return zone


@dataclass(frozen=True)
class Situation:
    """Everything the candidate told us. Immutable: change it with ``situation.replace(field=value)``."""

    scenario: str = "missed"
    reason: str = "other"
    candidate_name: str = ""
    company: str = ""
    role: str = ""
    contact_name: str = ""
    interview_at: datetime | None = None
    now: datetime | None = None
    location: str = ""
    interview_format: str = "in_person"
    tone: str = "formal"
    proposed_slots: tuple[datetime, ...] = field(default_factory=tuple)
    eta_minutes: int | None = None
    candidate_phone: str = ""
    candidate_email: str = ""
    interviews_so_far: int = 0
    agreed_at: datetime | None = None  # the new interview time, once the employer has agreed one
    times_moved: int = 0  # how many times this interview has already been moved
    # When the employer's people work: "office" (Monday to Friday, 9 to 5) or "extended" (evenings and
    # weekends too, as in retail, hospitality and warehouses): calls and offered times follow them.
    employer_hours: str = "office"
    # How to address the contact (guide.address): "auto" as the name was typed, "ms"/"mr" by title and
    # surname, "first_name". A name alone does not say it, and a gender is never guessed from it.
    address_as: str = "auto"
    # The employer's country (ISO code such as "US", "DE") for public holidays; "" reads it from the
    # interview's zone where that is a named zone, else "US".
    country: str = ""
    # The candidate's own clock when it differs from the interview's: an IANA name ("America/Los_Angeles")
    # or a UTC offset ("UTC-08:00"). "" means the zone ``now`` was given in (or the interview's).
    candidate_zone: str = ""
    # The language the guide speaks and writes the messages in: "en" (US), "en-GB" or "es" (guide.i18n).
    language: str = "en"

    def replace(self, **changes: object) -> "Situation":
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, object]:
        """A plain, JSON-friendly dict (times as ISO strings, with their zone's name): what is saved."""
        return _fields.dump(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> "Situation":
        """The reverse of ``to_dict`` (unknown keys are left out; ``ValueError`` on a value of the wrong type)."""
        return cls(**_fields.load(data))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field, worded for the candidate. Warnings inform but do not block."""

    field: str
    message: str
    severity: str = "error"  # "error" blocks composing a message; "warning" is advice only
    rule_id: str = ""  # the rule (rules.py, with its source) a warning applies, if any

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class InvalidSituation(ValueError):
    """Raised by ``compose``/``plan`` when the situation has errors; carries every problem, not just one."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        lines = [text("problem.summary")] + [
            f"- {text('field.' + p.field)}: {p.message}" for p in self.problems
        ]
        super().__init__("\n".join(lines))


@in_its_language
def validate(s: Situation) -> list[Problem]:
    """Every problem with ``s``, errors first, each naming its field. An empty list means ready."""
    problems: list[Problem] = []
    problems += _check_choices(s)
    problems += _check_text_fields(s)
    time_problems = _check_times(s)
    problems += time_problems
    # Times that are not times at all make every later comparison meaningless: stop comparing there.
    times_usable = _times_usable(s)
    if times_usable and applies("eta_minutes", s.scenario):
        problems += _check_eta(s, compare_to_start=not time_problems)
    if times_usable and applies("proposed_slots", s.scenario):
        problems += _check_slots(s)
    for name in COUNTS:
        count = getattr(s, name)
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            problems.append(Problem(name, text("problem.negative_count")))
        elif count > MAX_COUNT:  # the form's box takes any number; nobody means a million interviews
            problems.append(Problem(name, text("problem.count_too_large", limit=_number(MAX_COUNT))))
    problems += _check_zones(s)
    problems += _check_names(s)
    if times_usable and not time_problems:
        problems += _counselor_warnings(s)
    return sorted(problems, key=lambda p: not p.is_error)


def errors(s: Situation) -> list[Problem]:
    return [p for p in validate(s) if p.is_error]


def require_valid(s: Situation) -> None:
    """Raise ``InvalidSituation`` listing every error, or return quietly."""
    found = errors(s)
    if found:
        raise InvalidSituation(found)


def _check_choices(s: Situation) -> list[Problem]:
    out = []
    if s.reason in ("", None):  # a form's "Why?" left unanswered
        out.append(Problem("reason", text("problem.reason_required", other=text("reason.other"))))
    allowed_values = {
        "scenario": domain.SCENARIOS,
        "reason": domain.REASON_IDS,
        "interview_format": FORMATS,
        "tone": TONES,
        "employer_hours": EMPLOYER_HOURS,
        "address_as": ADDRESS_AS,
    }
    for name, allowed in (*((name, allowed_values[name]) for name in CHOICES), ("language", languages())):
        if getattr(s, name) not in allowed and not (name == "reason" and s.reason in ("", None)):
            out.append(Problem(name, text("problem.unknown_choice")))
    scenario, reason = domain.scenario(s.scenario), domain.reason(s.reason)
    if scenario and reason and reason.id not in scenario.reasons:
        out.append(Problem("reason", text("problem.reason_not_for_scenario", scenario=text(scenario.label))))
    if reason and reason.remote_only and s.interview_format == "in_person":
        out.append(Problem("reason", text("problem.technical_in_person")))
    if scenario and reason and scenario.warns_passing_reason and reason.passes_with_time:
        # Rule "weak-reasons": canceling a job one wants can close the door, where moving it need not.
        shown = text(domain.SCENARIO_SPECS[domain.ScenarioId.RESCHEDULE].label)
        out.append(Problem("reason", text("problem.cancel_passing_reason", reschedule=shown), "warning"))
    return out


def _check_text_fields(s: Situation) -> list[Problem]:
    out = []
    for name, limit in MAX_LENGTH.items():
        value = getattr(s, name)
        if value is None:
            value = ""
        elif not isinstance(value, str):
            out.append(Problem(name, text("problem.not_text")))
            continue
        if not value.strip():
            if name in REQUIRED_TEXT:
                out.append(Problem(name, text("problem.required")))
            continue
        if len(value) > limit:
            out.append(Problem(name, text("problem.too_long", length=f"{len(value):,}", limit=limit)))
            value = value[:SCANNED]
        if _CONTROL.search(value):
            out.append(Problem(name, text("problem.one_line")))
        elif _DIRECTION.search(value):
            out.append(Problem(name, text("problem.direction_mark"), "warning"))
        markup = sorted(set(_MARKUP.findall(value)))
        if markup:
            shown = " ".join(m if len(m) <= 12 else m[:11] + "…" for m in markup[:3])
            out.append(Problem(name, text("problem.looks_like_code", chars=shown), "warning"))
    email = s.candidate_email if isinstance(s.candidate_email, str) else ""
    if email.strip() and not _EMAIL.match(email.strip()):
        out.append(Problem("candidate_email", text("problem.email_format")))
    return out


def _check_times(s: Situation) -> list[Problem]:
    for name in TIMES:
        value = getattr(s, name)
        if name != "proposed_slots" and value is not None and not isinstance(value, datetime):
            return [Problem(name, text("problem.not_a_time"))]
    # Every time, in every scenario (one that does not apply may still reach an export): a year out of
    # range is a slip, and comparing or converting it could overflow.
    for name in TIMES:
        value = getattr(s, name)
        for moment in value if isinstance(value, (tuple, list)) else (value,):
            if isinstance(moment, datetime) and not in_range(moment):
                return [Problem(name, text("problem.date_out_of_range", year=moment.year, first=FIRST_YEAR, last=LAST_YEAR))]
    out = []
    if s.agreed_at is not None and applies("agreed_at", s.scenario) and _not_after(s.agreed_at, resolve_now(s)):
        out.append(Problem("agreed_at", text("problem.agreed_in_past")))
    spec = domain.scenario(s.scenario)
    if s.interview_at is None:
        # Withdrawing before any interview is booked is legitimate; every other scenario is about one.
        if spec is None or spec.interview_required:
            out.append(Problem("interview_at", text("problem.interview_required")))
        return out
    if spec is None:
        return out  # an unknown scenario is reported as such; where its interview should be is unknown
    now, at = aligned(resolve_now(s), s.interview_at)
    misplaced = spec.interview_misplaced
    if spec.interview is domain.When.PAST and at > now:
        out.append(Problem("interview_at", text(misplaced or "problem.missed_in_future")))
    elif spec.interview is domain.When.AHEAD and at <= now:
        out.append(Problem("interview_at", text(misplaced or "problem.already_passed")))
    elif spec.interview is domain.When.UNDER_WAY and at < now - LATE_WINDOW_AFTER:
        out.append(Problem("interview_at", text("problem.late_long_ago")))
    elif spec.interview is domain.When.UNDER_WAY and at > now + LATE_WINDOW_BEFORE:
        out.append(Problem("interview_at", text("problem.late_too_early")))
    return out


def _times_usable(s: Situation) -> bool:
    """Every time is a time, in the years a plan can be made for (else comparing them means nothing)."""
    for name in TIMES:
        value = getattr(s, name)
        for moment in value if isinstance(value, (tuple, list)) else (value,):
            if moment is not None and not (isinstance(moment, datetime) and in_range(moment)):
                return False
    return True


def _not_after(moment: datetime, now: datetime) -> bool:
    n, m = aligned(now, moment)
    return m <= n


def _check_eta(s: Situation, compare_to_start: bool = True) -> list[Problem]:
    eta = s.eta_minutes
    if eta is None:
        return [Problem("eta_minutes", text("problem.eta_required"))]
    if not isinstance(eta, int) or isinstance(eta, bool) or eta <= 0:
        return [Problem("eta_minutes", text("problem.eta_positive"))]
    if eta > MAX_ETA_MINUTES:
        return [Problem("eta_minutes", text("problem.eta_too_large", limit=MAX_ETA_MINUTES))]
    if compare_to_start and s.interview_at is not None and minutes_late(s) == 0:
        # A call has no journey: ready early, not "leave now and go straight there".
        remote = s.interview_format in FORMATS and s.interview_format != "in_person"
        return [Problem("eta_minutes", text("problem.not_late-remote" if remote else "problem.not_late"))]
    return []


def _check_slots(s: Situation) -> list[Problem]:
    from .formatting import date_and_time, format_time  # local: formatting is only needed when slots are wrong

    out = []
    slots = tuple(s.proposed_slots or ())
    if not all(isinstance(slot, datetime) for slot in slots):
        return [Problem("proposed_slots", text("problem.not_a_time"))]
    if len(slots) > MAX_SLOTS:
        out.append(Problem("proposed_slots", text("problem.slot_too_many", count=len(slots))))
    now = resolve_now(s)
    country = employer_country(s)
    # The earliest time worth offering: a late candidate can't make anything before they arrive; anyone
    # else needs to leave the employer time to read, answer and arrange it.
    late = on_the_way(s)
    earliest = arrival(s) if late else now + SLOT_NOTICE
    seen: set[datetime] = set()
    for slot in slots:
        n, at = aligned(now, slot)
        shown = date_and_time(slot, now)  # the year only when it is months away
        if at <= n:
            out.append(Problem("proposed_slots", text("problem.slot_in_past", slot=shown)))
        elif at in seen:
            out.append(Problem("proposed_slots", text("problem.slot_duplicate", slot=shown)))
        elif public_holiday(slot, country) and slot.weekday() < 5:
            holiday = public_holiday(slot, country)
            # A day their offices close for is no day to offer; another holiday (Columbus Day) only may be.
            key = "problem.slot_closed_holiday" if closure_holiday(slot, country) else "problem.slot_holiday"
            out.append(_advice("proposed_slots", key, "offer-slots", slot=shown, holiday=holiday))
        elif not is_business_hours(slot, country, hours := hours_of(s.employer_hours, country)):
            opens, closes = (format_time(slot.replace(hour=t.hour, minute=t.minute)) for t in (hours.opens, hours.closes))
            out.append(_advice(
                "proposed_slots", "problem.slot_not_business_hours", "offer-slots", slot=shown, opens=opens, closes=closes,
            ))  # fmt: skip
        elif at < aligned(slot, earliest)[1]:
            key = "problem.slot_before_arrival" if late else "problem.slot_too_soon"
            out.append(_advice("proposed_slots", key, "offer-slots", slot=shown))
        seen.add(at)
    return out


def _advice(field_name: str, key: str, rule_id: str, **values: object) -> Problem:
    """A warning worded from the catalogue and tied to the rule (with its source) it applies."""
    return Problem(field_name, text(key, **values), "warning", rule_id)


def _number(value: int) -> str:
    """``value`` written as the language in force writes numbers ("1,000,000", "1.000.000")."""
    from babel.numbers import format_decimal

    from .i18n import babel_locale, current

    return format_decimal(value, locale=babel_locale(current()))


def _check_zones(s: Situation) -> list[Problem]:
    out = []
    if not isinstance(s.country, str) or (s.country.strip() and s.country.strip().upper() not in supported_countries()):
        out.append(Problem("country", text("problem.country_unknown")))
    if not isinstance(s.candidate_zone, str) or (s.candidate_zone.strip() and parse_zone(s.candidate_zone) is None):
        out.append(Problem("candidate_zone", text("problem.zone_unknown")))
    return out


def _is_latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


def _check_names(s: Situation) -> list[Problem]:
    """Names typed in one case only, or only in a script the recruiter may not be able to look up."""
    out = []
    for name in ("candidate_name", "contact_name"):
        value = getattr(s, name)
        if not isinstance(value, str) or len(value) > MAX_LENGTH[name]:
            continue
        if _MARKUP.search(value) or _CONTROL.search(value):
            continue  # already pointed out: not a name as typed, so its letters say nothing about case
        letters = [ch for ch in value if ch.isalpha()]
        cased = [ch for ch in letters if ch.islower() or ch.isupper()]
        if len(cased) >= 2 and all(ch.islower() for ch in cased):
            out.append(_advice(name, "problem.name_lowercase", "details-right"))
        elif len(cased) >= 2 and all(ch.isupper() for ch in cased):
            out.append(_advice(name, "problem.name_capitals", "details-right"))
        if name == "candidate_name" and letters and not any(_is_latin(ch) for ch in letters):
            out.append(_advice(name, "problem.name_not_latin", "details-right"))
    return out


def _counselor_warnings(s: Situation) -> list[Problem]:
    """What a counselor would point out: none of it blocks the message, all of it changes the advice."""
    out: list[Problem] = []
    spec = domain.scenario(s.scenario)
    if spec is None:  # an unknown scenario is an error already; what it would warn about is unknown
        return out
    phone = s.candidate_phone if isinstance(s.candidate_phone, str) else ""
    if plans_voicemail(s) and not phone.strip():
        out.append(_advice("candidate_phone", "problem.voicemail_no_phone", "no-answer"))
    if is_delayed_contact(s):
        out.append(_advice("interview_at", "problem.missed_days_ago", "same-day", days=days_since_missed(s)))
    if spec.warns_no_slots and s.agreed_at is None and not tuple(s.proposed_slots or ()):
        out.append(_advice("proposed_slots", "problem.no_slots", "offer-slots"))
    if was_moved_before(s) and s.agreed_at is None:
        # Once a new time is agreed there is nothing left to ask (recruiter read #2: the warning about
        # asking again, shown beside a time already agreed); moved more than once, the count is said.
        key = spec.moved_before_problem + ("_more" if s.times_moved > 1 else "")
        out.append(_advice("times_moved", key, "reschedule-once", count=s.times_moved))
    if spec.warns_late_stage and is_late_stage(s):
        out.append(_advice("interviews_so_far", "problem.late_stage", "late-stage-call", count=s.interviews_so_far))
    eta = s.eta_minutes
    eta_usable = isinstance(eta, int) and not isinstance(eta, bool) and 0 < eta <= MAX_ETA_MINUTES
    if spec.on_the_way and eta_usable and is_too_late_to_come(s):
        out.append(_advice("eta_minutes", "problem.too_late_to_come", "offer-reschedule-if-very-late", late=minutes_late(s)))
    return out
