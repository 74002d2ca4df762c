"""``review()``: check a message the candidate wrote, rule by rule, and sum the findings up.

This module words the outcomes and sums them up; the work is done by ``reading`` (taking a draft
apart), ``matching`` (the phrase lists, compiled and fast on long texts) and the ``checks_*`` modules
(one function per check, registered in ``outcome.CHECKERS``).
"""

from __future__ import annotations

from dataclasses import replace

from .. import i18n
from ..catalogue import text
from ..domain import CHANNELS, SCENARIO_SPECS, SCENARIOS
from ..situation import Situation
from . import language as language_data
from . import checklist, checks_details, checks_message, checks_style  # noqa: F401  (the checks register themselves)
from .matching import patterns
from .outcome import CHECKERS, Context, Outcome, join
from .reading import guess_scenario, read_draft
from .result import Finding, Review


# --- putting it together -----------------------------------------------------------------------------
def _finding(check: checklist.Check, outcome: Outcome, channel: str) -> Finding:
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
        severity=check.severity_on(channel),
        title=text(f"{base}.title"),
        reason=reason,
        suggestion=suggestion,
        source=rule.source,
        problem=text(f"{base}.problem"),
    )


def _has(key: str) -> bool:
    """Whether the catalogue has ``key`` at all (in English, the source): a variant of a reason, or a
    strength. Looking it up then gives its text in the language in force, or raises if it is missing."""
    from ..catalogue import source_table

    return key in source_table()


def _say(key: str, values: dict[str, object]) -> str:
    return text(key, **values) if values else text(key)


def review(
    draft: str,
    situation: Situation | None = None,
    subject: str | None = None,
    channel: str = "email",
    scenario: str | None = None,
    kind: str | None = None,
    language: str | None = None,
) -> Review:
    """Check ``draft`` against every rule that applies to its scenario and ``channel``.

    ``situation`` (optional) gives the scenario, reason, names, ETA and slots the draft is compared
    with; without it, the scenario is read from the draft and only what can be judged from the text is
    checked. ``subject`` is the email's subject line; when omitted, a first line "Subject: ..." is used.
    ``scenario`` says what the draft is about when there is no situation (the candidate chose it in the
    panel); the situation's scenario wins when both are given. ``kind`` names a later message (a
    confirmation, the follow-up, a thank-you, a reply to a refusal): none of them apologizes or asks for
    a time again, so they are held only to the checks every message meets (register, plain words, the
    subject, names and details). Any string is accepted; nothing in it is ever interpreted.

    The draft is read, and the review worded, in ``language`` if given, else in the situation's
    language, else in the language in force (the page's). In a language other than English, only the
    checks that read no English words run (``Check.languages``); ``Review.skipped`` lists the others and
    ``Review.skipped_note`` says so in a sentence.
    """
    lang = language_data.in_force(language or getattr(situation, "language", None))
    with i18n.speaking(lang):
        return _review(draft, situation, subject, channel, scenario, kind, lang)


def _review(
    draft: object,
    situation: Situation | None,
    subject: str | None,
    channel: str,
    scenario: str | None,
    kind: str | None,
    lang: str,
) -> Review:
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}; expected one of {CHANNELS}")
    raw = draft if isinstance(draft, str) else ("" if draft is None else str(draft))
    subject = subject if isinstance(subject, str) and subject.strip() else None
    if not raw.strip() and subject is None:
        return Review((), text("review.summary.empty"), 0, 0, 0, None, False, channel, 0, language=lang)

    d = read_draft(raw, channel, subject)
    told = getattr(situation, "scenario", None) if situation is not None else None
    scenario = told if told in SCENARIOS else scenario
    guessed = scenario not in SCENARIOS
    if guessed:
        # The scenario cues are English phrases: a draft in another language is not guessed at.
        scenario = guess_scenario(d) if language_data.reads_english(lang) else None
    later = kind in checklist.LATER_MESSAGES
    ctx = Context(d, situation, scenario, channel, kind if later else None, lang)

    findings: list[Finding] = []
    skipped: list[str] = []
    for check in checklist.CHECKS:
        if later and check.where is not None:
            continue  # a scenario's own checks are for its first message
        if not check.applies(scenario, channel):
            continue
        if check.needs_situation and situation is None:
            continue
        if not check.reads(lang, situation is not None):
            skipped.append(check.id)
            continue
        outcome = CHECKERS[check.id](ctx)
        if outcome is not None:
            findings.append(_finding(check, outcome, channel))

    order = {c.id: i for i, c in enumerate(checklist.CHECKS)}
    rank = {s: i for i, s in enumerate(checklist.SEVERITIES)}
    findings.sort(key=lambda f: (f.passed, rank[f.severity], order[f.check]))
    # Without an apology a draft never scores full marks; a language whose apologies cannot be read
    # is given the benefit of the doubt.
    apology_read = checklist.CHECK_BY_ID["apology-first"].reads(lang, situation is not None)
    apologized = bool(patterns().apology.search(d.content)) if apology_read else True
    result = _summarize(tuple(findings), scenario, guessed, channel, d.words, apologized or later, bool(skipped))
    if not skipped:
        return replace(result, language=lang)
    titles = [text(f"review.{check_id}.title") for check_id in skipped]
    note = text("review.english_only", checks=join(titles, "review.list.and"))
    return replace(result, language=lang, skipped=tuple(skipped), skipped_note=note)


def _summarize(
    findings: tuple[Finding, ...],
    scenario: str | None,
    guessed: bool,
    channel: str,
    words: int,
    apologized: bool,
    partial: bool = False,
) -> Review:
    """The summary leads with what the draft already does well, then the one thing to fix first; the
    score comes second (a first draft told only "52 out of 100" learns nothing from it)."""
    passed = sum(f.passed for f in findings)
    total = len(findings)
    weight = sum(checklist.WEIGHTS[f.severity] for f in findings)
    score = round(100 * sum(checklist.WEIGHTS[f.severity] for f in findings if f.passed) / weight) if weight else 0
    if not apologized and scenario in checklist.APOLOGY_EXPECTED:
        score = min(score, checklist.NO_APOLOGY_MOST)
    failures = [f for f in findings if not f.passed and f.severity != checklist.NOTE]
    if any(f.severity == checklist.MUST for f in failures):
        # Many checks find nothing wrong in any short draft; they must not lift one the employer would
        # reject (text-speak, no apology) to a score that reads as nearly there.
        score = min(score, checklist.MUST_FAILED_MOST)
    strengths = tuple(
        text(f"review.{f.check}.good") for f in findings if f.passed and _has(f"review.{f.check}.good")
    )[: checklist.STRENGTHS_SHOWN]
    good = join(list(strengths), "review.list.and")
    if scenario is None and not failures:
        # Only the general checks ran; "ready to send" would promise more than was checked.
        summary = text("review.summary.general", total=total)
    elif partial and not failures:
        # Checks that read English were left out: nor does "ready to send" fit here.
        summary = text("review.summary.partial", total=total)
    elif not failures:
        summary = text("review.summary.ready", good=good) if good else text("review.summary.ready.plain", total=total)
    else:
        first = failures[0]
        key = "review.summary.polish" if first.severity == checklist.STYLE else "review.summary.fix"
        summary = text(key if good else f"{key}.plain", good=good, problem=first.problem)
    if scenario is None:
        note = text("review.note.unknown-scenario")
    elif guessed:
        note = text("review.note.guessed", scenario=text(SCENARIO_SPECS[scenario].label))
    else:
        note = None
    return Review(findings, summary, score, passed, total, scenario, guessed, channel, words, note, strengths)


def warm_up() -> None:
    """Build the patterns and load textstat's dictionary now, so the first live review is instant."""
    patterns()
    try:
        import textstat

        textstat.flesch_kincaid_grade("Warm up.")
    except ImportError:
        pass
