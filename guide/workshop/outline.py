"""The session's timed outline: segments, minutes, and what each one does, for a 60, 75 or 90-minute session.

Every minute of the session is in a segment, including what eats time in a real room: sign-in and
introductions, moving chairs into trios and back. The role play is counted round by round (read the
cards, the call, the observer's feedback), so its minutes are what its rounds take; a test adds it all up.
Each segment also says what changes when the session runs from the print pack alone (no device in the
room). Wording: ``workshop.outline.<segment>.title`` / ``.do`` / ``.say`` / ``.paper``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogue import text

LENGTHS = (60, 75, 90)
DEFAULT_LENGTH = 75
ROUND_PARTS = ("read", "call", "feedback")  # one role-play round, in order
# Words a minute a slow reader, or one reading in a second language, gets through: the minutes to read the
# cards in a round must cover the longest candidate's card at this pace (a test checks it).
READING_WPM = 120
# The debrief's discussion prompts (``workshop.debrief.prompt.<id>``), in the order to ask them: the printed
# outline lists them under the debrief, and the facilitator page's debrief shows the same list.
DEBRIEF_PROMPTS = ("hardest", "heard", "one_sentence", "move_or_cancel", "next_time")


def debrief_prompts() -> tuple[str, ...]:
    return tuple(text(f"workshop.debrief.prompt.{p}") for p in DEBRIEF_PROMPTS)


@dataclass(frozen=True)
class Segment:
    id: str
    minutes: int
    rounds: int = 0  # role play: how many rounds (one per person in a trio)
    round_minutes: tuple[int, ...] = ()  # role play: minutes to read, to call, for feedback
    questions: int = 0  # warm-up: how many quiz questions fit
    variant: str = ""  # a second wording of "do" for this length (".with_break": the session has a break)

    @property
    def title(self) -> str:
        return text(f"workshop.outline.{self.id}.title")

    def _values(self, people: int | None = None) -> dict[str, object]:
        from .cards import grouping_line, grouping_rule

        parts = dict(zip(ROUND_PARTS, self.round_minutes, strict=False))  # none outside the role play
        # How the room splits: the one rule, and for a known room its own trios (``cards.grouping_line``).
        group = grouping_rule() if people is None else f"{grouping_rule()} {grouping_line(people)}"
        return dict(rounds=self.rounds, round=sum(self.round_minutes), questions=self.questions, grouping=group, **parts)

    @property
    def do(self) -> str:
        return self.doing()

    def doing(self, people: int | None = None) -> str:
        """What to do, for a room of ``people`` when it is known (the printed outline knows it)."""
        return text(f"workshop.outline.{self.id}.do{self.variant}", **self._values(people))

    @property
    def lines(self) -> tuple[str, ...]:
        """What the segment lists below its steps: the debrief's discussion prompts."""
        if self.id != "debrief":
            return ()
        return (text("workshop.debrief.prompts"), *(f"- {p}" for p in debrief_prompts()))

    @property
    def say(self) -> str:
        return text(f"workshop.outline.{self.id}.say")

    @property
    def paper(self) -> str:
        """What changes with no device in the room (the print pack alone)."""
        return text(f"workshop.outline.{self.id}.paper", **self._values())


def _plan(*segments: Segment) -> tuple[Segment, ...]:
    return segments


OUTLINES: dict[int, tuple[Segment, ...]] = {
    # Two minutes to read the cards in every length: a candidate's card runs to about 200 words.
    60: _plan(
        Segment("welcome", 5), Segment("warmup", 5, questions=4), Segment("sorting", 7), Segment("model", 3),
        Segment("setup", 3), Segment("roleplay", 21, 3, (2, 3, 2)), Segment("regroup", 2),
        Segment("email", 5), Segment("debrief", 5), Segment("exit", 4),
    ),
    75: _plan(
        Segment("welcome", 6), Segment("warmup", 8, questions=6), Segment("sorting", 10), Segment("model", 3),
        Segment("setup", 4), Segment("roleplay", 24, 3, (2, 3, 3)), Segment("regroup", 2),
        Segment("email", 8), Segment("debrief", 5), Segment("exit", 5),
    ),
    # Ninety minutes is too long without a pause: a short break near the middle, before the role play.
    90: _plan(
        Segment("welcome", 7, variant=".with_break"), Segment("warmup", 9, questions=9), Segment("sorting", 10), Segment("model", 4),
        Segment("break", 6), Segment("setup", 4), Segment("roleplay", 24, 3, (2, 3, 3)), Segment("regroup", 2),
        Segment("email", 7), Segment("write", 5), Segment("debrief", 7), Segment("exit", 5),
    ),
}  # fmt: skip
OUTLINE = OUTLINES[DEFAULT_LENGTH]


def outline(length: int = DEFAULT_LENGTH) -> tuple[Segment, ...]:
    """The plan for a session of ``length`` minutes (one of LENGTHS)."""
    if length not in OUTLINES:
        raise ValueError(f"the session lasts one of {LENGTHS} minutes")
    return OUTLINES[length]


def total_minutes(length: int = DEFAULT_LENGTH) -> int:
    return sum(s.minutes for s in outline(length))


def schedule(length: int = DEFAULT_LENGTH) -> tuple[tuple[int, Segment], ...]:
    """Each segment with the minute it starts at, counted from the start of the session."""
    start, rows = 0, []
    for segment in outline(length):
        rows.append((start, segment))
        start += segment.minutes
    return tuple(rows)
