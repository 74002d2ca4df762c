"""The thresholds of the guidance, each once, with where it comes from.

"Very late" is 20 minutes, a day's notice is 24 hours, the one follow-up waits five business days: the
validation, the facts, the plan and the draft review all read these numbers from here, so the guide
never says one thing in the plan and another in a warning. Each constant is annotated with its
``Source``: the same source labels the rules cite (``guide.rules.SOURCES``), and why the number is what
it is. ``sources()`` lists them, and a test checks every constant here has one.

    VERY_LATE_MINUTES: Annotated[int, Source(HIRING_PRACTICE, "...")] = 20

Callers import the plain value (``from .policy import VERY_LATE_MINUTES``); nothing else defines one.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import time, timedelta
from typing import Annotated, get_args, get_origin, get_type_hints

from .rules import APOLOGY_LETTER, HIRING_PRACTICE, PHONE_OR_EMAIL, REBOUND


@dataclass(frozen=True)
class Source:
    source: str  # a label of guide.rules.SOURCES
    why: str


# --- running late ------------------------------------------------------------------------------------
VERY_LATE_MINUTES: Annotated[int, Source(
    HIRING_PRACTICE, "more than about 20 minutes late, offer to come another time instead")] = 20
TOO_LATE_MINUTES: Annotated[int, Source(
    HIRING_PRACTICE, "beyond about an hour, coming at all wastes their day: ask for a new time")] = 60
MAX_ETA_MINUTES: Annotated[int, Source(
    HIRING_PRACTICE, "further away than this is not running late but missing it: a new time, not an arrival")] = 90
# "Running late" is about an interview close to now: one long over, or tomorrow's, is another scenario.
LATE_WINDOW_BEFORE: Annotated[timedelta, Source(
    HIRING_PRACTICE, "an interview more than a day ahead is not one to be late for yet")] = timedelta(days=1)
LATE_WINDOW_AFTER: Annotated[timedelta, Source(
    HIRING_PRACTICE, "an interview over three hours ago was missed, not arrived at late")] = timedelta(hours=3)

# --- notice and timing --------------------------------------------------------------------------------
SHORT_NOTICE: Annotated[timedelta, Source(
    HIRING_PRACTICE, "with less than 24 hours' notice, phone first, then email")] = timedelta(hours=24)
SLOT_NOTICE: Annotated[timedelta, Source(
    HIRING_PRACTICE, "a new time sooner than a day leaves them no time to answer and arrange it")] = timedelta(hours=24)
MIN_SLOTS: Annotated[int, Source(HIRING_PRACTICE, "offer two or three specific times: fewer is no choice")] = 2
MAX_SLOTS: Annotated[int, Source(HIRING_PRACTICE, "offer two or three specific times")] = 3
DELAYED_CONTACT: Annotated[timedelta, Source(
    PHONE_OR_EMAIL, "apologize within a day or two: later, the message says why it comes late")] = timedelta(days=2)
LATE_STAGE_INTERVIEWS: Annotated[int, Source(
    HIRING_PRACTICE, "after several interviews, call first, then write")] = 2
FOLLOW_UP_BUSINESS_DAYS: Annotated[int, Source(
    HIRING_PRACTICE, "no reply? follow up once, after five business days or so")] = 5
NUDGE_BUSINESS_DAYS: Annotated[int, Source(
    HIRING_PRACTICE, "follow up once; with a time offered before the five days are up, the note about it waits "
    "two working days for their answer")] = 2

# --- the plan's margins ---------------------------------------------------------------------------------
CALL_MARGIN: Annotated[timedelta, Source(
    APOLOGY_LETTER, "a call about an interview should reach them before it starts")] = timedelta(minutes=30)
REPLY_WINDOW: Annotated[timedelta, Source(
    APOLOGY_LETTER, "check the message arrived once they could have answered it")] = timedelta(hours=2)
CHECK_LEAD: Annotated[timedelta, Source(
    APOLOGY_LETTER, "...and early enough before the interview that the answer still helps")] = timedelta(hours=1)
MIN_CHECK_GAP: Annotated[timedelta, Source(
    APOLOGY_LETTER, "less time than this between a call and the interview: a check is only a second call")
] = timedelta(hours=1)
POST_BUSINESS_DAYS: Annotated[int, Source(
    REBOUND, "a posted letter takes a few working days; sooner, it goes attached to an email")] = 3
ARRIVE_EARLY: Annotated[timedelta, Source(
    REBOUND, "be prepared: in person, 10 to 15 minutes ahead")] = timedelta(minutes=15)
JOIN_EARLY: Annotated[timedelta, Source(REBOUND, "be prepared: join a call a few minutes ahead")] = timedelta(minutes=5)

# --- office hours, by the employer's country ----------------------------------------------------------
# When a call reaches someone at their desk, Monday to Friday on the employer's clock: 9 to 5 in the US
# and the UK. In Spain and Mexico the working day runs later (lunch is taken later, the day ends at 6 or
# after), so 17:30 is still office time there.
OFFICE_OPENS: Annotated[timedelta, Source(HIRING_PRACTICE, "offices open at 9 on weekdays")] = timedelta(hours=9)
OFFICE_CLOSES: Annotated[timedelta, Source(HIRING_PRACTICE, "...and close at 5 in the US and the UK")] = timedelta(hours=17)
CLOSES_LATER: Annotated[timedelta, Source(
    HIRING_PRACTICE, "in Spain and Mexico an office's day ends an hour later, at 6")] = timedelta(hours=1)
CLOSES_LATER_IN = frozenset({"ES", "MX"})  # the countries of CLOSES_LATER


def office_hours(country: str | None) -> tuple[time, time]:
    """(opens, closes) of an office in ``country`` (an ISO code; None or unknown: 9 to 5)."""
    closes = OFFICE_CLOSES + (CLOSES_LATER if (country or "").upper() in CLOSES_LATER_IN else timedelta(0))
    return _time_of_day(OFFICE_OPENS), _time_of_day(closes)


def _time_of_day(since_midnight: timedelta) -> time:
    minutes = int(since_midnight.total_seconds()) // 60
    return time(minutes // 60, minutes % 60)


def sources() -> dict[str, Source]:
    """Every threshold's source, by constant name."""
    hints = get_type_hints(sys.modules[__name__], include_extras=True)
    return {
        name: next(a for a in get_args(hint)[1:] if isinstance(a, Source))
        for name, hint in hints.items()
        if get_origin(hint) is Annotated and any(isinstance(a, Source) for a in get_args(hint)[1:])
    }
