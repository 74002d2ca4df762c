"""``review()``: check a message the candidate wrote, rule by rule, and sum the findings up.

This module words the outcomes and sums them up; the work is done by ``reading`` (taking a draft
apart), ``matching`` (the phrase lists, compiled and fast on long texts) and the ``checks_*`` modules
(one function per check, each named in ``checklist.CHECKS``). Only the first ``policy.DRAFT_CAP``
characters of a draft are read, and the review says so when there were more.
"""

from __future__ import annotations

from dataclasses import replace

from .. import i18n
from ..catalogue import text
from .. import domain
from ..domain import CHANNELS, SCENARIO_SPECS, SCENARIOS
from ..situation import Situation
from . import checklist, checks_details, policy
from . import language as language_data
from .matching import patterns
from .outcome import Context, Outcome, join
from .reading import guess_scenario, read_draft
from .result import Finding, Review


# --- putting it together -----------------------------------------------------------------------------
def _finding(check: checklist.Check, outcome: Outcome, channel: str) -> Finding:
    values = outcome.values
    if outcome.passed:
        reason = _say(_variant(check, "pass", outcome.variant), values)
        suggestion = None
    else:
        reason = _say(_variant(check, "fail", outcome.variant), values)
        suggestion = _say(_variant(check, "fix", outcome.variant), values)
    rule = check.rule
    return Finding(
        check=check.id,
        rule_id=rule.id,
        passed=outcome.passed,
        severity=check.severity_on(channel),
        title=text(check.key("title")),
        reason=reason,
        suggestion=suggestion,
        source=rule.source,
        problem=text(check.key("problem")),
    )


# Praise that holds only for an otherwise sound draft: "short, and it still says everything it needs to"
# is untrue beside a must-fix problem, so there the pass is worded as "fine once the rest is fixed".
_ONLY_IF_SOUND = {"short": "short-unsound"}


def _beside_must(outcome: Outcome) -> Outcome:
    """``outcome`` as it reads in a draft with a must-fix problem elsewhere."""
    if outcome.passed and outcome.variant in _ONLY_IF_SOUND:
        return replace(outcome, variant=_ONLY_IF_SOUND[outcome.variant])
    return outcome


def _variant(check: checklist.Check, part: str, variant: str) -> str:
    """``review.<check>.<part>.<variant>`` when the catalogue has that variant, else the plain part."""
    key = check.key(part, variant)
    return key if variant and _has(key) else check.key(part)


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
    raw, subject, capped_note = _capped(raw, subject, lang)
    result = _checked(raw, situation, subject, channel, scenario, kind, lang)
    return replace(result, capped_note=capped_note) if capped_note else result


def _capped(raw: str, subject: str | None, lang: str) -> tuple[str, str | None, str | None]:
    """The draft and subject cut to what the review reads, and the sentence that says so (None when
    nothing was cut). Whatever the draft holds, the review then takes about as long as a letter's."""
    from babel.numbers import format_decimal

    notes = []
    if len(raw) > policy.DRAFT_CAP:
        raw = raw[: policy.DRAFT_CAP]
        limit = format_decimal(policy.DRAFT_CAP, locale=i18n.babel_locale(lang))
        notes.append(text("review.capped.draft", limit=limit))
    if subject is not None and len(subject) > policy.SUBJECT_CAP:
        subject = subject[: policy.SUBJECT_CAP]
        limit = format_decimal(policy.SUBJECT_CAP, locale=i18n.babel_locale(lang))
        notes.append(text("review.capped.subject", limit=limit))
    return raw, subject, " ".join(notes) or None


def _checked(
    raw: str,
    situation: Situation | None,
    subject: str | None,
    channel: str,
    scenario: str | None,
    kind: str | None,
    lang: str,
) -> Review:
    d = read_draft(raw, channel, subject, spoken=channel in checklist.SPOKEN)
    told = getattr(situation, "scenario", None) if situation is not None else None
    scenario = told if told in SCENARIOS else scenario
    guessed = scenario not in SCENARIOS
    if guessed:
        # The scenario cues are English phrases: a draft in another language is not guessed at.
        scenario = guess_scenario(d) if language_data.reads_english(lang) else None
    later = kind in policy.LATER_MESSAGES
    ctx = Context(d, situation, scenario, channel, kind if later else None, lang)

    outcomes: list[tuple[checklist.Check, Outcome]] = []
    skipped: list[str] = []
    for check in checklist.CHECKS:
        if later and check.where is not None:
            continue  # a scenario's own checks are for its first message
        if kind and domain.kind(kind).answers_them and check.run is checks_details.subject_line:
            continue  # a reply answers in the employer's thread, under their subject line
        if not check.applies(scenario, channel):
            continue
        if check.needs_situation and situation is None:
            continue
        if not check.reads(lang, situation is not None):
            skipped.append(check.id)
            continue
        outcome = check.run(ctx)
        if outcome is not None:
            outcomes.append((check, outcome))
    unsound = any(not o.passed and c.severity_on(channel) == policy.MUST for c, o in outcomes)
    findings = [_finding(c, _beside_must(o) if unsound else o, channel) for c, o in outcomes]

    order = {c.id: i for i, c in enumerate(checklist.CHECKS)}
    rank = {s: i for i, s in enumerate(policy.SEVERITIES)}
    findings.sort(key=lambda f: (f.passed, rank[f.severity], order[f.check]))
    # Without an apology a draft never scores full marks; a language whose apologies cannot be read
    # (the apology phrases are English) is given the benefit of the doubt.
    apology_read = language_data.reads_english(lang)
    apologized = bool(patterns().apology.search(d.content)) if apology_read else True
    result = _summarize(tuple(findings), scenario, guessed, channel, d.words, apologized or later, bool(skipped))
    if not language_data.reads_english(lang) and not language_data.knows_enough(d.content, lang):
        # Its checks would pass an English draft for want of anything to find: no score, said plainly.
        result = replace(result, summary=text("review.summary.unread"), unread=True)
    if not skipped:
        return replace(result, language=lang)
    titles = [text(checklist.CHECK_BY_ID[check_id].key("title")) for check_id in skipped]
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
    weight = sum(policy.WEIGHTS[f.severity] for f in findings)
    score = round(100 * sum(policy.WEIGHTS[f.severity] for f in findings if f.passed) / weight) if weight else 0
    if not apologized and scenario in policy.APOLOGY_EXPECTED:
        score = min(score, policy.NO_APOLOGY_MOST)
    failures = [f for f in findings if not f.passed and f.severity != policy.NOTE]
    must_fix = any(f.severity == policy.MUST for f in failures)
    if must_fix:
        # Many checks find nothing wrong in any short draft; they must not lift one the employer would
        # reject (text-speak, no apology) to a score that reads as nearly there. Scaled, not cut off: the
        # score stays in the not-ready band (0 to MUST_FAILED_MOST) and still rises with each fix.
        score = round(score * policy.MUST_FAILED_MOST / 100)
    good_keys = (checklist.CHECK_BY_ID[f.check].key("good") for f in findings if f.passed)
    strengths = tuple(text(key) for key in good_keys if _has(key))[: policy.STRENGTHS_SHOWN]
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
        if must_fix:  # not ready, said first, then what to fix; what works comes after
            key = "review.summary.must" if good else "review.summary.must.plain"
        elif first.severity == policy.STYLE:
            key = "review.summary.polish" if good else "review.summary.polish.plain"
        else:
            key = "review.summary.fix" if good else "review.summary.fix.plain"
        summary = text(key, good=good, problem=first.problem)
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
