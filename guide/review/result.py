"""What ``review()`` returns: a ``Review`` of the whole draft, made of one ``Finding`` per check."""

from __future__ import annotations

from dataclasses import dataclass

from . import policy


@dataclass(frozen=True)
class Finding:
    """One check's verdict on the draft, worded for the candidate."""

    check: str  # the review check ("apology-first")
    rule_id: str  # the guidance rule it enforces (guide.rules)
    passed: bool
    severity: str  # "must", "should", "style", or "note" (worth a look, never a failure)
    title: str  # what the check is about, as a short heading
    reason: str  # one line: why it passed or failed
    suggestion: str | None  # what to do about it (None when it passed)
    source: str  # a guidance file name, or "hiring practice"
    problem: str  # the failure as a short phrase, for the summary line


@dataclass(frozen=True)
class Review:
    findings: tuple[Finding, ...]  # failures first (must, should, style), then passes
    summary: str  # one line for a counselor: what the draft does well, then what to fix first
    score: int  # 0-100, each check weighted by its severity
    passed: int
    total: int
    scenario: str | None  # what the draft was read as; None when it could not be told
    scenario_guessed: bool  # True when read from the draft rather than taken from the situation
    channel: str
    word_count: int  # words of the message itself (no greeting, sign-off or letterhead)
    note: str | None = None  # a caveat about the review itself (e.g. only general checks ran)
    strengths: tuple[str, ...] = ()  # what the draft does well, as short phrases, most important first
    language: str = "en"  # the language the draft was read in, and the review worded in
    skipped: tuple[str, ...] = ()  # checks that would apply but read English words, left out for this language
    skipped_note: str | None = None  # says which checks were left out, in a sentence (None: none were)
    # Says that only the start of a very long draft (or subject) was read, ``policy.DRAFT_CAP`` characters
    # (None: all of it was).
    capped_note: str | None = None
    # The draft's words are too few in the language it was read in (an English draft read in Spanish):
    # the checks that read words cannot judge it, so the review says so and gives no score.
    unread: bool = False

    @property
    def scored(self) -> bool:
        """Whether the review gives a score: not for a draft its checks cannot read, nor when checks were
        left out for its language (a score out of 100 from part of them would overstate the draft)."""
        return bool(self.total) and not self.unread and not self.skipped

    @property
    def failures(self) -> tuple[Finding, ...]:
        """What to fix, most important first; a note ("worth a look") is not a failure."""
        return tuple(f for f in self.findings if not f.passed and f.severity != policy.NOTE)

    @property
    def worth_a_look(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.passed and f.severity == policy.NOTE)

    @property
    def ready(self) -> bool:
        """Nothing a candidate must or should fix (style touches and notes may remain)."""
        return bool(self.findings) and all(f.passed or f.severity in (policy.STYLE, policy.NOTE) for f in self.findings)

    @property
    def readability_pending(self) -> bool:
        """The message is still too short for the readability measure, which a later, longer draft
        will load (an app can load it ahead, see ``warm_up``)."""
        return self.word_count < policy.READABILITY_MIN_WORDS

    def finding(self, check: str) -> Finding | None:
        return next((f for f in self.findings if f.check == check), None)
