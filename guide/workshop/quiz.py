""""What would you do?" questions: each has one answer the guidance supports, and the rule that says so.

The wording is ``workshop.quiz.<id>.prompt`` and ``workshop.quiz.<id>.<option>``; the reason shown after
an answer is the rule's own sentence and source, so the quiz can never say something the guide does not.

Where the app can be asked the same question, a question also carries the situation it describes
(``situation()``): the tests then ask ``advise()`` and check the keyed rule is what the app says (for a
"what first?" question, the plan's first step). A room splits only if the wrong answers are ones people
really choose, so each distractor is a move participants make in real life.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..catalogue import text
from ..rules import Rule, rule
from ..situation import Situation

OPTIONS = ("a", "b", "c")

# A weekday morning, fixed so that "what first?" is the same answer on any day the tests run.
QUIZ_NOW = datetime(2027, 3, 9, 10, 30)  # a Tuesday, 10:30


@dataclass(frozen=True)
class Question:
    id: str
    rule_id: str
    answer: str  # one of OPTIONS
    # The situation the question describes, as ``Situation`` fields (times as minutes from QUIZ_NOW); empty
    # when the app has no field for it (who booked the interview, for instance).
    facts: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    first: bool = False  # the keyed rule is the plan's first step ("what first?")

    @property
    def prompt(self) -> str:
        return text(f"workshop.quiz.{self.id}.prompt")

    @property
    def options(self) -> tuple[tuple[str, str], ...]:
        """(option, wording) pairs, in order."""
        return tuple((o, text(f"workshop.quiz.{self.id}.{o}")) for o in OPTIONS)

    @property
    def rule(self) -> Rule:
        return rule(self.rule_id)

    def is_right(self, option: str) -> bool:
        return option == self.answer

    def situation(self) -> Situation | None:
        """The question as the app would be told it, or None where the app has no field for it."""
        return situation_of(self.facts) if self.facts else None


def situation_of(facts: dict[str, object]) -> Situation:
    """A practice situation from a few facts: ``minutes_to_start`` (from ``now``; None: nothing booked),
    ``now`` (default QUIZ_NOW) and any other ``Situation`` field. The cards, the sorting cases and the quiz
    all describe their cases this way, so a test can ask ``advise()`` about each one."""
    values = dict(facts)
    now = values.pop("now", QUIZ_NOW)
    minutes = values.pop("minutes_to_start", None)
    at = None if minutes is None else now + timedelta(minutes=int(minutes))  # type: ignore[operator,call-overload]
    return Situation(
        candidate_name="Sam Park", company="Northgate Foods", role="Line Cook", contact_name="Dana Cruz",
        candidate_phone="555-0142", candidate_email="sam.park@example.com", now=now, interview_at=at,
        **values,  # type: ignore[arg-type]
    )  # fmt: skip


QUESTIONS = (
    # Chapter 1's first step: look for a message from them before calling.
    Question("overslept_call", "check-messages", "b",
             dict(scenario="missed", reason="overslept", minutes_to_start=-90), first=True),
    # Booked by a job center: the contact there comes first (no field in the app for who booked it).
    Question("agency", "booked-by-agency", "b"),
    # 25 minutes late is more than about 20: the call offers another time.
    Question("late_eta", "offer-reschedule-if-very-late", "b",
             dict(scenario="late", reason="traffic", minutes_to_start=10, eta_minutes=35), first=True),
    # About 10 minutes late: call, and in the right order.
    Question("who_first", "call-order", "b",
             dict(scenario="late", reason="overslept", minutes_to_start=20, eta_minutes=30), first=True),
    Question("voicemail", "no-answer", "b", dict(scenario="missed", reason="forgot", minutes_to_start=-120)),
    Question("excuse", "no-invented-excuses", "a", dict(scenario="missed", reason="forgot", minutes_to_start=-120)),
    Question("cancel_wording", "cancel-clearly", "c",
             dict(scenario="cancel", reason="not_interested", minutes_to_start=3 * 24 * 60)),
    Question("other_offer_name", "no-other-employer", "b",
             dict(scenario="withdraw", reason="accepted_offer", minutes_to_start=5 * 24 * 60, interviews_so_far=2)),
    Question("move_again", "reschedule-once", "a",
             dict(scenario="reschedule", reason="conflict", minutes_to_start=5 * 24 * 60, times_moved=1,
                  proposed_slots=(QUIZ_NOW + timedelta(days=7), QUIZ_NOW + timedelta(days=8)))),
)  # fmt: skip

BY_ID = {q.id: q for q in QUESTIONS}


def feedback(question: Question, option: str) -> tuple[bool, str]:
    """Whether ``option`` is right, and the sentence that says so or not (the reason follows it)."""
    right = question.is_right(option)
    return right, text("workshop.quiz.right" if right else "workshop.quiz.wrong",
                       answer=text(f"workshop.quiz.{question.id}.{question.answer}"))
