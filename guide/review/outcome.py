"""What every check of the draft review sees and returns: the ``Context`` (the draft read once, the
situation, a few values computed on demand) and the ``Outcome``; and helpers that quote the draft back.

A check returns None when it does not apply to this draft (for example, an arrival time when no delay
was given). The checks themselves are in ``checks_message``, ``checks_details`` and ``checks_style``,
each named in ``checklist.CHECKS`` (its ``run``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Iterable

from ..catalogue import text
from ..situation import Situation
from . import language as language_data
from . import policy
from .folding import fold, tokens_of
from .reading import Draft


@dataclass(frozen=True)
class Outcome:
    passed: bool
    variant: str = ""  # picks review.<check>.fail.<variant> / .fix.<variant> in the catalogue (Check.key)
    values: dict[str, object] = field(default_factory=dict)


class Context:
    """What every check sees: the draft read once, the situation, and a few values computed on demand."""

    def __init__(
        self,
        draft: Draft,
        situation: Situation | None,
        scenario: str | None,
        channel: str,
        later: str | None = None,
        language: str = "en",
    ):
        self.draft = draft
        self.situation = situation
        self.scenario = scenario
        self.channel = channel
        self.later = later  # a later message's kind ("confirm", "follow_up", ...), or None for a first one
        self.language = language  # the draft's language ("en", "en-GB", "es")

    @property
    def reads_english(self) -> bool:
        """Whether the draft is in English, so checks may look for English words in it."""
        return language_data.reads_english(self.language)

    def entered(self, name: str) -> str:
        value = getattr(self.situation, name, "") if self.situation is not None else ""
        return value.strip() if isinstance(value, str) else ""

    @cached_property
    def named(self) -> str:
        """Where a company or job can be named: the message, its subject and a letter's "Re:" line."""
        d = self.draft
        return "\n".join((d.content, d.subject or "", d.reference or ""))

    @cached_property
    def named_folded(self) -> str:
        return fold(self.named)

    @cached_property
    def named_tokens(self) -> set[str]:
        return tokens_of(self.named)


Checker = Callable[[Context], "Outcome | None"]  # None: does not apply to this draft


def quote(found: Iterable[str], limit: int = 3) -> str:
    """Distinct bits of the draft, each in quotes and shortened, for a reason line."""
    shown: list[str] = []
    seen: set[str] = set()
    for item in found:
        item = " ".join(item.split())
        if not item or fold(item) in seen:
            continue
        seen.add(fold(item))
        if len(item) > policy.QUOTE_MAX:
            item = item[: policy.QUOTE_MAX - 1].rstrip() + "\u2026"
        shown.append(text("review.quote", item=item))  # each language's marks: “this”, «esto»
        if len(shown) == limit:
            break
    return ", ".join(shown)


def matches(pattern: re.Pattern[str], value: str, limit: int = 10) -> list[str]:
    out = []
    for m in pattern.finditer(value):
        out.append(m.group(0))
        if len(out) >= limit:
            break
    return out


def everywhere(ctx: Context, pattern: Any, limit: int = 10) -> list[str]:
    """Matches in the message, then in what surrounds it (subject, letterhead, signature)."""
    d = ctx.draft
    found = matches(pattern, d.content, limit)
    for part in (d.subject, d.outside, d.signoff):
        if part and len(found) < limit:
            found += matches(pattern, part, limit - len(found))
    return found


def join(parts: list[str], key: str = "review.list.join") -> str:
    """Parts as one phrase: "a, b or c" (``review.list.join``), or "a, b and c" with ``review.list.and``."""
    if len(parts) <= 1:
        return "".join(parts)
    return text(key, first=", ".join(parts[:-1]), last=parts[-1])
