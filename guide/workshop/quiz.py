""""What would you do?" questions: each has one answer the guidance supports, and the rule that says so.

The wording is ``workshop.quiz.<id>.prompt`` and ``workshop.quiz.<id>.<option>``; the reason shown after
an answer is the rule's own sentence and source, so the quiz can never say something the guide does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogue import text
from ..rules import Rule, rule

OPTIONS = ("a", "b", "c")


@dataclass(frozen=True)
class Question:
    id: str
    rule_id: str
    answer: str  # one of OPTIONS

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


QUESTIONS = (
    Question("overslept_call", "call-first", "b"),
    Question("late_eta", "realistic-eta", "c"),
    Question("very_late", "offer-reschedule-if-very-late", "a"),
    Question("voicemail", "no-answer", "b"),
    Question("excuse", "no-invented-excuses", "a"),
    Question("cancel_wording", "cancel-clearly", "c"),
    Question("other_offer_name", "no-other-employer", "b"),
    Question("move_again", "reschedule-once", "a"),
)

BY_ID = {q.id: q for q in QUESTIONS}


def feedback(question: Question, option: str) -> tuple[bool, str]:
    """Whether ``option`` is right, and the sentence that says so or not (the reason follows it)."""
    right = question.is_right(option)
    return right, text("workshop.quiz.right" if right else "workshop.quiz.wrong",
                       answer=text(f"workshop.quiz.{question.id}.{question.answer}"))
