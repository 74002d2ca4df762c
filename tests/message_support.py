"""What the per-scenario message tests share: fixtures, readers of a message body, and the patterns they match.

Kept out of conftest.py on purpose: each test module imports only what it uses, so a reader sees where a
name comes from. Fixtures are handed over as builders (or bound to a module attribute by the test module)
because pytest finds a module's fixtures by its attributes.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from guide import Situation

from .conftest import BASE_FIELDS

# --- patterns ----------------------------------------------------------------------------------------

# Anything of the template itself that could leak into a message: Jinja delimiters, placeholders, empty values.
LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}|\[|\]|\bNone\b|\bundefined\b")
APOLOGY = re.compile(r"\b(sorry|apologi[sz]e|apologies|apology)\b", re.IGNORECASE)
CONTRACTION = re.compile(r"\b(I'm|I'll|I'd|I've|won't|can't|don't|you'd|it's|that's)\b")
SIGNOFFS = ("Sincerely,", "Kind regards,")

# --- clocks ------------------------------------------------------------------------------------------

EST = timezone(timedelta(hours=-5), "EST")

# Naive dates, a named zone (New York, on daylight time from mid-March) and a fixed offset.
ZONES = {
    "naive": None,
    "new_york": ZoneInfo("America/New_York"),
    "fixed_offset": timezone(timedelta(hours=-5)),
}
ZONE_LABEL = {"naive": "", "new_york": "EDT", "fixed_offset": "UTC-05:00"}


@pytest.fixture(params=list(ZONES), name="zone")
def each_zone(request) -> str:
    """The key in ``ZONES`` of the kind of date a test runs with; bind it as ``zone`` in the test module."""
    return request.param


def naive_and_aware_clock(now: datetime, interview: datetime):
    """A ``clock`` fixture: (now, interview_at), the same wall-clock times once naive and once in EST."""

    @pytest.fixture(params=["naive", "aware"], name="clock")
    def clock(request):
        """(now, interview_at): the same wall-clock times, once naive and once in a fixed zone."""
        if request.param == "naive":
            return now, interview
        return now.replace(tzinfo=EST), interview.replace(tzinfo=EST)

    return clock


# --- situations --------------------------------------------------------------------------------------


def situation_maker(scenario: str, clock: tuple[datetime, datetime]):
    """Factory: a valid ``scenario`` situation on ``clock``; keyword arguments replace fields."""
    now, at = clock

    def make(**overrides: object) -> Situation:
        values = {**BASE_FIELDS, "scenario": scenario, "reason": "accepted_offer", "interview_at": at, "now": now}
        values.update(overrides)
        return Situation(**values)  # type: ignore[arg-type]

    return make


# --- reading a message -------------------------------------------------------------------------------


def paragraphs_between_greeting_and_closing(body: str) -> str:
    """The part of an email or letter that the 100-150 word advice measures."""
    start = re.search(r"^(Dear|Hello)\b.*,$", body, re.M)
    end = re.search(r"^(Sincerely|Kind regards),$", body, re.M)
    assert start and end, body
    return body[start.end() : end.start()].strip()


def content(channel: str, body: str) -> str:
    """What the recruiter reads or hears, without letterhead, greeting, sign-off or dialing advice."""
    lines = body.split("\n")
    if channel == "phone":
        start = lines.index("When you are put through:") + 1
        return "\n".join(lines[start:])
    if channel in ("email", "letter"):
        greeting = next(i for i, line in enumerate(lines) if line.startswith(("Dear ", "Hello")) and line.endswith(","))
        end = next(i for i, line in enumerate(lines) if line in SIGNOFFS)
        return "\n".join(lines[greeting + 1 : end]).strip()
    return body


def prose_words(channel: str, body: str) -> int:
    """Words in the paragraphs, leaving out the list of offered times (dates would inflate the count)."""
    kept = [line for line in content(channel, body).split("\n") if not line.startswith("- ")]
    return len(" ".join(kept).split())


def assert_clean(body: str) -> None:
    for leftover in ("{{", "}}", "{%", "%}", "{#", "[", "]", "None", "  ", " .", " ,", "..", "()"):
        assert leftover not in body, f"{leftover!r} left in:\n{body}"
    assert not re.search(r"\b(a|an|the|for|at|by|on) ?[.,]", body), body  # a value that came out empty
