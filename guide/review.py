"""``review()``: check a message the candidate wrote, rule by rule.

The candidate pastes a draft; each check of ``review_rules.CHECKS`` that applies to the scenario and
channel says whether the draft passes, why, what to change, and which guidance it comes from. The
findings come back most important first, with a one-line summary a counselor can read at a glance.

Whatever is pasted is only data: it is read with bounded regular expressions (no backtracking blow-ups
on 100,000 characters), never rendered or executed, and never written anywhere (the last few texts
stay in small in-memory caches, textstat's included, so a live re-review is quick). The review works on plain text;
HTML pasted into the box is reduced to its text and reported. Reasons quote bits of the draft back as
plain strings, so a user interface must escape them like any other text.

textstat (and the pronunciation dictionary it loads, most of a second the first time) is imported only
when a draft long enough to measure is reviewed, so ``import guide`` stays cheap. Call ``warm_up()`` in
the background when an app starts if the first review should be instant.

This module words the outcomes and sums them up; the work is done by ``review_reading`` (taking a draft
apart), ``review_matching`` (the phrase lists, compiled and fast on long texts) and ``review_checks``
(one function per check).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import review_rules as R
from .catalogue import text
from .review_checks import CHECKERS, Context, Outcome
from .review_matching import patterns
from .review_reading import guess_scenario, read_draft
from .situation import CHANNELS, SCENARIOS, Situation

__all__ = ["Finding", "Review", "review", "warm_up"]


# --- results -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Finding:
    """One check's verdict on the draft, worded for the candidate."""

    check: str  # the review check ("apology-first")
    rule_id: str  # the guidance rule it enforces (guide.rules)
    passed: bool
    severity: str  # "must", "should" or "style"
    title: str  # what the check is about, as a short heading
    reason: str  # one line: why it passed or failed
    suggestion: str | None  # what to do about it (None when it passed)
    source: str  # a guidance file name, or "hiring practice"
    problem: str  # the failure as a short phrase, for the summary line


@dataclass(frozen=True)
class Review:
    findings: tuple[Finding, ...]  # failures first (must, should, style), then passes
    summary: str  # one line for a counselor: how many pass, and what to fix first
    score: int  # 0-100, each check weighted by its severity
    passed: int
    total: int
    scenario: str | None  # what the draft was read as; None when it could not be told
    scenario_guessed: bool  # True when read from the draft rather than taken from the situation
    channel: str
    word_count: int  # words of the message itself (no greeting, sign-off or letterhead)
    note: str | None = None  # a caveat about the review itself (e.g. only general checks ran)

    @property
    def failures(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.passed)

    @property
    def ready(self) -> bool:
        """Nothing a candidate must or should fix (style touches may remain)."""
        return bool(self.findings) and all(f.passed or f.severity == R.STYLE for f in self.findings)

    def finding(self, check: str) -> Finding | None:
        return next((f for f in self.findings if f.check == check), None)


# --- putting it together -----------------------------------------------------------------------------
def _finding(check: R.Check, outcome: Outcome) -> Finding:
    base = f"review.{check.id}"
    suffix = f".{outcome.variant}" if outcome.variant else ""
    values = outcome.values
    if outcome.passed:
        key = f"{base}.pass{suffix}"
        reason = _say(key if _has(key) else f"{base}.pass", values)
        suggestion = None
    else:
        key = f"{base}.fail{suffix}"
        reason = _say(key if _has(key) else f"{base}.fail", values)
        fix = f"{base}.fix{suffix}"
        suggestion = _say(fix if _has(fix) else f"{base}.fix", values)
    rule = check.rule
    return Finding(
        check=check.id,
        rule_id=rule.id,
        passed=outcome.passed,
        severity=check.severity,
        title=text(f"{base}.title"),
        reason=reason,
        suggestion=suggestion,
        source=rule.source,
        problem=text(f"{base}.problem"),
    )


def _has(key: str) -> bool:
    from .catalogue import table

    return key in table()


def _say(key: str, values: dict[str, object]) -> str:
    return text(key, **values) if values else text(key)


def review(
    draft: str,
    situation: Situation | None = None,
    subject: str | None = None,
    channel: str = "email",
) -> Review:
    """Check ``draft`` against every rule that applies to its scenario and ``channel``.

    ``situation`` (optional) gives the scenario, reason, names, ETA and slots the draft is compared
    with; without it, the scenario is read from the draft and only what can be judged from the text is
    checked. ``subject`` is the email's subject line; when omitted, a first line "Subject: ..." is used.
    Any string is accepted; nothing in it is ever interpreted.
    """
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}; expected one of {CHANNELS}")
    raw = draft if isinstance(draft, str) else ("" if draft is None else str(draft))
    subject = subject if isinstance(subject, str) and subject.strip() else None
    if not raw.strip() and subject is None:
        return Review((), text("review.summary.empty"), 0, 0, 0, None, False, channel, 0)

    d = read_draft(raw, channel, subject)
    scenario = getattr(situation, "scenario", None) if situation is not None else None
    guessed = scenario not in SCENARIOS
    if guessed:
        scenario = guess_scenario(d)
    ctx = Context(d, situation, scenario, channel)

    findings: list[Finding] = []
    for check in R.CHECKS:
        if not check.applies(scenario, channel):
            continue
        if check.needs_situation and situation is None:
            continue
        outcome = CHECKERS[check.id](ctx)
        if outcome is not None:
            findings.append(_finding(check, outcome))

    order = {c.id: i for i, c in enumerate(R.CHECKS)}
    rank = {s: i for i, s in enumerate(R.SEVERITIES)}
    findings.sort(key=lambda f: (f.passed, rank[f.severity], order[f.check]))
    return _summarize(tuple(findings), scenario, guessed, channel, d.words)


def _summarize(
    findings: tuple[Finding, ...], scenario: str | None, guessed: bool, channel: str, words: int
) -> Review:
    passed = sum(f.passed for f in findings)
    total = len(findings)
    weight = sum(R.WEIGHTS[f.severity] for f in findings)
    score = round(100 * sum(R.WEIGHTS[f.severity] for f in findings if f.passed) / weight) if weight else 0
    failures = [f for f in findings if not f.passed]
    if scenario is None and not failures:
        # Only the general checks ran; "ready to send" would promise more than was checked.
        summary = text("review.summary.general", total=total)
    elif not failures:
        summary = text("review.summary.ready", total=total)
    else:
        key = "review.summary.polish" if failures[0].severity == R.STYLE else "review.summary.fix"
        summary = text(key, passed=passed, total=total, problem=failures[0].problem)
    if scenario is None:
        note = text("review.note.unknown-scenario")
    elif guessed:
        note = text("review.note.guessed", scenario=text(f"scenario.{scenario}"))
    else:
        note = None
    return Review(findings, summary, score, passed, total, scenario, guessed, channel, words, note)


def warm_up() -> None:
    """Build the patterns and load textstat's dictionary now, so the first live review is instant."""
    patterns()
    try:
        import textstat

        textstat.flesch_kincaid_grade("Warm up.")
    except ImportError:
        pass
