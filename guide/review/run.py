"""``review()``: check a message the candidate wrote, rule by rule, and sum the findings up.

This module words the outcomes and sums them up; the work is done by ``reading`` (taking a draft
apart), ``matching`` (the phrase lists, compiled and fast on long texts) and the ``checks_*`` modules
(one function per check, registered in ``outcome.CHECKERS``).
"""

from __future__ import annotations

from ..catalogue import text
from ..situation import CHANNELS, SCENARIOS, Situation
from . import checklist, checks_details, checks_message, checks_style  # noqa: F401  (the checks register themselves)
from .matching import patterns
from .outcome import CHECKERS, Context, Outcome
from .reading import guess_scenario, read_draft
from .result import Finding, Review


# --- putting it together -----------------------------------------------------------------------------
def _finding(check: checklist.Check, outcome: Outcome) -> Finding:
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
    from ..catalogue import table

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
    for check in checklist.CHECKS:
        if not check.applies(scenario, channel):
            continue
        if check.needs_situation and situation is None:
            continue
        outcome = CHECKERS[check.id](ctx)
        if outcome is not None:
            findings.append(_finding(check, outcome))

    order = {c.id: i for i, c in enumerate(checklist.CHECKS)}
    rank = {s: i for i, s in enumerate(checklist.SEVERITIES)}
    findings.sort(key=lambda f: (f.passed, rank[f.severity], order[f.check]))
    return _summarize(tuple(findings), scenario, guessed, channel, d.words)


def _summarize(
    findings: tuple[Finding, ...], scenario: str | None, guessed: bool, channel: str, words: int
) -> Review:
    passed = sum(f.passed for f in findings)
    total = len(findings)
    weight = sum(checklist.WEIGHTS[f.severity] for f in findings)
    score = round(100 * sum(checklist.WEIGHTS[f.severity] for f in findings if f.passed) / weight) if weight else 0
    failures = [f for f in findings if not f.passed]
    if scenario is None and not failures:
        # Only the general checks ran; "ready to send" would promise more than was checked.
        summary = text("review.summary.general", total=total)
    elif not failures:
        summary = text("review.summary.ready", total=total)
    else:
        key = "review.summary.polish" if failures[0].severity == checklist.STYLE else "review.summary.fix"
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
