"""``advise()``: everything the guide says about one situation, worked out once.

The form changes the situation; ``advise`` turns it into one ``Advice`` (the problems beside the fields,
the facts, the plan and every message), and every view and export reads that one value. So a keystroke
validates once, the messages know the plan (the voicemail knows the email already went), and nothing is
computed twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from .facts import Facts, facts
from .i18n import in_its_language, normalize, speaking
from .messages import Message, UnsupportedChannel, compose_checked, kinds_for
from .situation import InvalidSituation, Problem, Situation, validate
from .timeline import ActionPlan, plan_checked


@dataclass(frozen=True)
class Advice:
    situation: Situation
    problems: tuple[Problem, ...]  # errors first; warnings inform but don't block
    facts: Facts | None = None  # None while the situation has errors
    plan: ActionPlan | None = None
    kinds: tuple[str, ...] = ()  # the messages written for it, in the order the page shows them
    # Each message is written the first time it is asked for, then kept: the plan view never pays for
    # the letter, and a template fault stays in the one tab that shows it.
    _written: dict[str, Message] = field(default_factory=dict, repr=False, compare=False)

    def message(self, kind: str) -> Message:
        """The ``kind`` message. Raises ``InvalidSituation`` while there are errors and
        ``UnsupportedChannel`` for a kind this situation doesn't need."""
        with speaking(self.situation.language):  # the error's wording too
            if not self.ready:
                raise InvalidSituation(list(self.errors))
            if kind not in self.kinds:
                raise UnsupportedChannel(f"{kind!r} is not written for this situation")
            if kind not in self._written:
                self._written[kind] = compose_checked(self.situation, kind, self.facts, self.plan)  # type: ignore[arg-type]
        return self._written[kind]

    @property
    def messages(self) -> Mapping[str, Message]:
        """Every message of the situation, by kind (written on first use)."""
        return MappingProxyType({kind: self.message(kind) for kind in self.kinds})

    @property
    def ready(self) -> bool:
        """True when nothing blocks the plan and the messages."""
        return not self.errors

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    def problems_for(self, field_name: str) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.field == field_name)


def advise(s: Situation) -> Advice:
    """The problems, facts, plan and messages for ``s``. Never raises for what a person typed: a situation
    with errors gives an ``Advice`` that lists them and holds no plan or messages.

    The form, the plan view, the message tabs and the downloads all ask for the advice of the same
    situation value after a change; it is worked out for the first and handed to the others. A situation
    without a fixed ``now`` (the current time) is never reused: its answer changes as the clock moves.
    """
    # An answer is kept only for a fixed clock and a language the guide speaks: for any other, the
    # problems are worded in the page's language, which may change between two calls.
    if s.now is None or normalize(s.language) != s.language:
        return _advise(s)
    try:
        return _advise_once(s)
    except TypeError:  # a value that can't be a cache key (a list passed from code): just work it out
        return _advise(s)


@lru_cache(maxsize=16)
def _advise_once(s: Situation) -> Advice:
    return _advise(s)


advise.cache_clear = _advise_once.cache_clear  # type: ignore[attr-defined]  # for tests that patch the core


@in_its_language
def _advise(s: Situation) -> Advice:
    problems = tuple(validate(s))
    if any(p.is_error for p in problems):
        return Advice(s, problems)
    known = facts(s)
    return Advice(s, problems, known, plan_checked(s), kinds_for(s, known))
