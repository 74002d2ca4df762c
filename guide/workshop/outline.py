"""The session's timed outline: segments, minutes, and what each one does.

Minutes follow the issue's starting outline (75 minutes in all). The quiz is the warm-up: participants
open the app on their phones, which also checks that everyone can reach the room's server before the
role play needs it. Wording: ``workshop.outline.<segment>.title`` / ``.do`` / ``.say``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogue import text


@dataclass(frozen=True)
class Segment:
    id: str
    minutes: int

    @property
    def title(self) -> str:
        return text(f"workshop.outline.{self.id}.title")

    @property
    def do(self) -> str:
        return text(f"workshop.outline.{self.id}.do")

    @property
    def say(self) -> str:
        return text(f"workshop.outline.{self.id}.say")


OUTLINE = (
    Segment("warmup", 10),
    Segment("sorting", 10),
    Segment("roleplay", 25),
    Segment("email", 15),
    Segment("debrief", 10),
    Segment("exit", 5),
)


def total_minutes() -> int:
    return sum(s.minutes for s in OUTLINE)


def schedule() -> tuple[tuple[int, Segment], ...]:
    """Each segment with the minute it starts at, counted from the start of the session."""
    start, rows = 0, []
    for segment in OUTLINE:
        rows.append((start, segment))
        start += segment.minutes
    return tuple(rows)
