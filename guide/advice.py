"""``advise()``: everything the guide says about one situation, worked out once.

The form changes the situation; ``advise`` turns it into one ``Advice`` (the problems beside the fields,
the facts, the plan and every message), and every view and export reads that one value. So a keystroke
validates once, the messages know the plan (the voicemail knows the email already went), and nothing is
computed twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from .facts import Facts, facts
from .messages import Message, compose_checked, kinds_for
from .situation import Problem, Situation, validate
from .timeline import ActionPlan, plan_checked


@dataclass(frozen=True)
class Advice:
    situation: Situation
    problems: tuple[Problem, ...]  # errors first; warnings inform but don't block
    facts: Facts | None = None  # None while the situation has errors
    plan: ActionPlan | None = None
    messages: Mapping[str, Message] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def ready(self) -> bool:
        """True when nothing blocks the plan and the messages."""
        return not self.errors

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def kinds(self) -> tuple[str, ...]:
        """The messages written for this situation, in the order the page shows them."""
        return tuple(self.messages)

    def problems_for(self, field_name: str) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.field == field_name)


def advise(s: Situation) -> Advice:
    """The problems, facts, plan and messages for ``s``. Never raises for what a person typed: a situation
    with errors gives an ``Advice`` that lists them and holds no plan or messages."""
    problems = tuple(validate(s))
    if any(p.is_error for p in problems):
        return Advice(s, problems)
    known = facts(s)
    steps = plan_checked(s)
    messages = {kind: compose_checked(s, kind, known, steps) for kind in kinds_for(s, known)}
    return Advice(s, problems, known, steps, MappingProxyType(messages))
