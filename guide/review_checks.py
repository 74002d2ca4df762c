"""The checks of the draft review: one function per check of ``review_rules.CHECKS``, each turning a
read draft (and the situation, if any) into an ``Outcome``. Internal to ``guide.review``, which words
the outcomes as findings.

A check returns None when it does not apply to this draft (for example, an arrival time when no delay
was given). ``CHECKERS`` maps each check id to its function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from typing import Any, Callable, Iterable

from . import review_rules as R
from .catalogue import text
from .review_matching import FLAGS, TOKEN, patterns
from .review_reading import Draft, fold, leading_name, tokens_of
from .situation import Situation

# --- comparing names ---------------------------------------------------------------------------------
def _same_person(written: str, entered: str) -> bool:
    a, b = tokens_of(written, R.TITLES), tokens_of(entered, R.TITLES)
    return not a or not b or bool(a & b)


def _same_company(written: str, entered: str) -> bool:
    a, b = tokens_of(written, R.COMPANY_SUFFIXES), tokens_of(entered, R.COMPANY_SUFFIXES)
    return not a or not b or a <= b or b <= a or bool(a & b)


def _same_role(written: str, entered: str) -> bool:
    a = tokens_of(written, R.GENERIC_ROLE_WORDS | R.FUNCTION_WORDS)
    b = tokens_of(entered, R.GENERIC_ROLE_WORDS | R.FUNCTION_WORDS)
    return not a or not b or bool(a & b)


# --- the checks --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    passed: bool
    variant: str = ""  # picks review.<check>.fail.<variant> / .fix.<variant> in the catalogue
    values: dict[str, object] = field(default_factory=dict)


class Context:
    """What every check sees: the draft read once, the situation, and a few values computed on demand."""

    def __init__(self, draft: Draft, situation: Situation | None, scenario: str | None, channel: str):
        self.draft = draft
        self.situation = situation
        self.scenario = scenario
        self.channel = channel

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
CHECKERS: dict[str, Checker] = {}


def _check(check_id: str) -> Callable[[Checker], Checker]:
    def register(fn: Checker) -> Checker:
        CHECKERS[check_id] = fn
        return fn

    return register


def _quote(found: Iterable[str], limit: int = 3) -> str:
    """Distinct bits of the draft, each in quotes and shortened, for a reason line."""
    shown: list[str] = []
    seen: set[str] = set()
    for item in found:
        item = " ".join(item.split())
        if not item or fold(item) in seen:
            continue
        seen.add(fold(item))
        if len(item) > R.QUOTE_MAX:
            item = item[: R.QUOTE_MAX - 1].rstrip() + "\u2026"
        shown.append(f"\u201c{item}\u201d")
        if len(shown) == limit:
            break
    return ", ".join(shown)


def _matches(pattern: re.Pattern[str], value: str, limit: int = 10) -> list[str]:
    out = []
    for m in pattern.finditer(value):
        out.append(m.group(0))
        if len(out) >= limit:
            break
    return out


def _everywhere(ctx: Context, pattern: Any, limit: int = 10) -> list[str]:
    """Matches in the message, then in what surrounds it (subject, letterhead, signature)."""
    d = ctx.draft
    found = _matches(pattern, d.content, limit)
    for part in (d.subject, d.outside, d.signoff):
        if part and len(found) < limit:
            found += _matches(pattern, part, limit - len(found))
    return found


@_check("no-placeholders")
def _no_placeholders(ctx: Context) -> Outcome:
    entered = " ".join(
        ctx.entered(n) for n in ("candidate_name", "company", "role", "contact_name", "location")
    )
    found = [m for m in _everywhere(ctx, patterns().placeholders, 20) if m not in entered]
    return Outcome(not found, values={"found": _quote(found)})


@_check("details-match")
def _details_match(ctx: Context) -> Outcome | None:
    if ctx.situation is None:
        return None
    d, items = ctx.draft, []
    contact, candidate = ctx.entered("contact_name"), ctx.entered("candidate_name")
    company, role = ctx.entered("company"), ctx.entered("role")
    if contact and d.greeted and tokens_of(d.greeted, R.TITLES) - R.GENERIC_ADDRESSEES:
        if not _same_person(d.greeted, contact):
            items.append(("greeting", d.greeted, contact))
    for written in (d.intro_name, d.signature):
        if candidate and written and not _same_person(written, candidate):
            items.append(("name", written, candidate))
            break
    if company:
        for written in _company_mentions(d.content):
            if not _same_company(written, company):
                items.append(("company", written, company))
                break
    if role:
        for written in _role_mentions(d.content):
            if not _same_role(written, role):
                items.append(("role", written, role))
                break
    if not items:
        return Outcome(True)
    said = " ".join(
        text(f"review.details-match.item.{kind}", found=_quote([found]), expected=expected)
        for kind, found, expected in items[:2]
    )
    return Outcome(False, values={"items": said})


def _company_mentions(content: str) -> list[str]:
    p = patterns()
    other = {m.end() for m in p.other_employer.finditer(content)}  # "accepted a job with X" is not X
    out = []
    for m in p.company_mention.finditer(content):
        if m.end() in other:
            continue
        name = leading_name(content[m.end() : m.end() + 80])
        if name and name.lower() not in R.FUNCTION_WORDS:
            out.append(name)
        if len(out) >= 10:
            break
    return out


def _role_mentions(content: str) -> list[str]:
    out = []
    for m in patterns().role_before.finditer(content):
        words = m.group(1).split()
        # "the chance to apply for this role" is not a job title; a title has no function words.
        if any(w.lower() in R.FUNCTION_WORDS - R.ROLE_CONNECTORS for w in words):
            continue
        if tokens_of(m.group(1), R.GENERIC_ROLE_WORDS):
            out.append(m.group(1).strip())
        if len(out) >= 10:
            break
    return out


@_check("apology-first")
def _apology_first(ctx: Context) -> Outcome:
    p = patterns()
    if not p.apology.search(ctx.draft.content):
        return Outcome(False, "missing")
    counted = 0
    for sentence in ctx.draft.sentences:
        if p.apology.search(sentence):
            if counted < R.OPENING_SENTENCES:
                return Outcome(True)
            return Outcome(False, "late", {"position": counted + 1})
        if not p.intro.search(sentence):
            counted += 1
    return Outcome(False, "missing")


@_check("take-responsibility")
def _take_responsibility(ctx: Context) -> Outcome:
    return Outcome(bool(patterns().responsibility.search(ctx.draft.content)))


@_check("ask-new-time")
def _ask_new_time(ctx: Context) -> Outcome:
    return Outcome(bool(patterns().ask.search(ctx.draft.content)))


def _asks_for_new_time(content: str) -> list[str]:
    """Sentences that ask for another time, leaving out "I am not asking for another date"."""
    p, out = patterns(), []
    for m in p.ask.finditer(content):
        sentence = _sentence_around(content, m.start())
        if not p.negation.search(sentence) and sentence not in out:
            out.append(sentence)
    return out


def _sentence_around(content: str, at: int) -> str:
    """The sentence (or list line) that contains position ``at``: from the previous end mark or line
    break to the next, looking at most 400 characters either way."""
    start = max(content.rfind(mark, max(0, at - 400), at) for mark in (". ", "! ", "? ", "\n"))
    start = max(start + 1, at - 400, 0)
    ends = [i for i in (content.find(mark, at, at + 400) for mark in (". ", "! ", "? ", "\n")) if i >= 0]
    end = min(ends) + 1 if ends else min(len(content), at + 400)
    return content[start:end].strip()


def _stepping_back(ctx: Context, says: re.Pattern[str]) -> Outcome:
    if not says.search(ctx.draft.content):
        return Outcome(False, "missing")
    mixed = _asks_for_new_time(ctx.draft.content)
    if mixed:
        return Outcome(False, "mixed", {"found": _quote(mixed, 1)})
    return Outcome(True)


@_check("cancel-clearly")
def _cancel_clearly(ctx: Context) -> Outcome:
    return _stepping_back(ctx, patterns().cancel)


@_check("withdraw-clearly")
def _withdraw_clearly(ctx: Context) -> Outcome:
    return _stepping_back(ctx, patterns().withdraw)


@_check("arrival-time")
def _arrival_time(ctx: Context) -> Outcome:
    return Outcome(bool(patterns().arrival.search(ctx.draft.content)))


def _stated_minutes(ctx: Context) -> list[int]:
    p, out = patterns(), []
    for sentence in ctx.draft.sentences:
        if not (p.arrival.search(sentence) or p.late_words.search(sentence)):
            continue
        for m in p.minutes.finditer(sentence):
            word = m.group(1).lower()
            out.append(int(word) if word.isdigit() else R.NUMBER_WORDS.get(word, 0))
    return [n for n in out if n > 0]


def _entered_eta(ctx: Context) -> int | None:
    eta = getattr(ctx.situation, "eta_minutes", None)
    return eta if isinstance(eta, int) and not isinstance(eta, bool) and eta > 0 else None


@_check("eta-matches")
def _eta_matches(ctx: Context) -> Outcome | None:
    from .clock import resolve_now
    from .formatting import format_time

    eta = _entered_eta(ctx)
    if eta is None:
        return None
    said = _stated_minutes(ctx)
    too_soon = [n for n in said if n < eta]
    if too_soon:
        return Outcome(False, "minutes", {"said": min(too_soon), "eta": eta})
    try:
        expected = resolve_now(ctx.situation) + timedelta(minutes=eta)
    except (TypeError, ValueError, AttributeError):
        expected = None
    clocks = list(patterns().arrival_clock.finditer(ctx.draft.content))
    if expected is not None and clocks:
        for m in clocks:
            stated = _clock_minutes(m)
            if stated is None:
                continue
            wanted = expected.hour * 60 + expected.minute
            # Compare on the clock face; a difference of more than 12 hours is the other side of noon.
            gap = (wanted - stated) % (24 * 60)
            if 2 < gap < 12 * 60:
                return Outcome(False, "clock", {"said": _clock_text(m), "expected": format_time(expected)})
    if not said and not clocks:
        return None
    return Outcome(True)


def _clock_minutes(m: re.Match[str]) -> int | None:
    hour, minute, half = int(m.group(1)), int(m.group(2) or 0), m.group(3).lower().replace(".", "")
    if not 1 <= hour <= 12 or minute > 59:
        return None
    return (hour % 12 + (12 if half == "pm" else 0)) * 60 + minute


def _clock_text(m: re.Match[str]) -> str:
    return f"{m.group(1)}:{m.group(2) or '00'} {m.group(3).upper().replace('.', '')}"


@_check("very-late-offer")
def _very_late_offer(ctx: Context) -> Outcome | None:
    eta = _entered_eta(ctx)
    if eta is None:
        eta = max(_stated_minutes(ctx), default=0)
    if eta <= R.VERY_LATE_MINUTES:
        return None
    return Outcome(bool(patterns().ask.search(ctx.draft.content)), values={"eta": eta})


@_check("subject-line")
def _subject_line(ctx: Context) -> Outcome:
    subject = (ctx.draft.subject or "").strip()
    if not subject:
        return Outcome(False, "missing")
    p, missing = patterns(), []
    purposes = [p.subject_purpose[ctx.scenario]] if ctx.scenario else list(p.subject_purpose.values())
    if not any(purpose.search(subject) for purpose in purposes):
        missing.append("purpose")
    candidate, role = ctx.entered("candidate_name"), ctx.entered("role")
    if candidate and not (tokens_of(subject) & tokens_of(candidate, R.TITLES)):
        missing.append("name")
    needs_role = ctx.scenario is None or ctx.scenario in R.SUBJECT_NEEDS_ROLE
    if role and needs_role and not _role_among(tokens_of(subject), role):
        missing.append("role")
    if missing:
        parts = [text(f"review.subject-line.part.{m}") for m in missing]
        return Outcome(False, "incomplete", {"missing": _join(parts)})
    return Outcome(True, "checked" if ctx.situation is not None else "")


def _role_among(tokens: set[str], role: str) -> bool:
    """Whether ``tokens`` include a significant word of the job title ("Warehouse", "Associate")."""
    wanted = tokens_of(role, R.GENERIC_ROLE_WORDS | R.FUNCTION_WORDS)
    return not wanted or bool(tokens & wanted)


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return text("review.list.join", first=", ".join(parts[:-1]), last=parts[-1])


def _found_in_content(pattern_name: str) -> Checker:
    def check(ctx: Context) -> Outcome:
        found = _matches(getattr(patterns(), pattern_name), ctx.draft.content)
        return Outcome(not found, values={"found": _quote(found)})

    return check


_check("no-blame")(_found_in_content("blame"))
_check("no-invented-excuse")(_found_in_content("excuses"))
_check("no-medical-detail")(_found_in_content("medical"))


@_check("not-over-explained")
def _not_over_explained(ctx: Context) -> Outcome:
    found = _matches(patterns().explanation, ctx.draft.content, 50)
    return Outcome(len(found) <= R.MAX_EXPLANATION_CUES, values={"count": len(found), "found": _quote(found)})


@_check("no-better-job")
def _no_better_job(ctx: Context) -> Outcome:
    p, content = patterns(), ctx.draft.content
    ranked = _matches(p.better_job, content)
    if ranked:
        return Outcome(False, "ranks", {"found": _quote(ranked)})
    named = []
    for m in p.other_employer.finditer(content):
        name = leading_name(content[m.end() : m.end() + 80])
        if name and name.lower() not in R.FUNCTION_WORDS:
            named.append(name)
    if named:
        return Outcome(False, "names", {"found": _quote(named, 1)})
    return Outcome(True)


@_check("prevention")
def _prevention(ctx: Context) -> Outcome | None:
    reason = getattr(ctx.situation, "reason", None) if ctx.situation is not None else None
    if isinstance(reason, str) and reason in _known_reasons():
        if reason not in R.preventable_reasons():
            return None
    elif patterns().unpreventable.search(ctx.draft.content) or patterns().medical.search(ctx.draft.content):
        return None  # an illness or emergency: there is no step that would have prevented it
    return Outcome(bool(patterns().prevention.search(ctx.draft.content)))


def _known_reasons() -> tuple[str, ...]:
    from .situation import REASONS

    return tuple(REASONS)


@_check("offer-slots")
def _offer_slots(ctx: Context) -> Outcome | None:
    d = ctx.draft
    if ctx.situation is not None:
        slots = tuple(s for s in (getattr(ctx.situation, "proposed_slots", ()) or ()) if isinstance(s, datetime))
        if not slots:
            return None
        found = sum(1 for slot in slots if _mentions_day(d.content, slot))
        wanted = min(R.MIN_SLOTS, len(slots))
        return Outcome(found >= wanted, "entered", {"found": found, "entered": len(slots)})
    p = patterns()
    for para in d.paragraphs:
        for i, sentence in enumerate(para):
            if p.availability.search(sentence):
                window = " ".join(para[i : i + 4])
                days = {fold(m) for m in _matches(p.date_mention, window, 20)}
                times = {fold(m) for m in _matches(p.time_mention, window, 20)}
                if len(days) >= R.MIN_SLOTS or (days and len(times) >= R.MIN_SLOTS):
                    return Outcome(True)
    return Outcome(False)


def _mentions_day(content: str, moment: datetime) -> bool:
    month = R.MONTHS[moment.month - 1]
    day = moment.day
    forms = (
        rf"\b{month[:3]}[a-z]*\.? 0?{day}(?:st|nd|rd|th)?\b",
        rf"\b0?{day}(?:st|nd|rd|th)? (?:of )?{month[:3]}[a-z]*\b",
        rf"\b0?{moment.month}/0?{day}\b",
        rf"\b0?{day}/0?{moment.month}\b",
        rf"\b{moment:%Y-%m-%d}\b",
        rf"\b{R.WEEKDAYS[moment.weekday()]}\b",
    )
    return bool(re.compile("|".join(forms), FLAGS).search(content))


@_check("close-warmly")
def _close_warmly(ctx: Context) -> Outcome:
    p = patterns()
    closing: list[str] = []
    for sentence in reversed(ctx.draft.sentences):  # the last few, not counting contact details
        if len(closing) == R.CLOSING_SENTENCES:
            break
        if not p.contact_line.search(sentence):
            closing.append(sentence)
    if ctx.draft.signoff:
        closing.append(ctx.draft.signoff)
    return Outcome(any(p.closing.search(s) for s in closing))


@_check("details-named")
def _details_named(ctx: Context) -> Outcome | None:
    if ctx.situation is None:
        return None
    company, role = ctx.entered("company"), ctx.entered("role")
    missing = []
    if company:
        core = tokens_of(company, R.COMPANY_SUFFIXES)
        if fold(company) not in ctx.named_folded and not (core and core <= ctx.named_tokens):
            missing.append(text("review.details-named.part.company", company=company))
    if role and not _role_among(ctx.named_tokens, role):
        missing.append(text("review.details-named.part.role", role=role))
    if missing:
        return Outcome(False, values={"missing": _join(missing)})
    return Outcome(True)


@_check("name-the-appointment")
def _name_the_appointment(ctx: Context) -> Outcome:
    p = patterns()
    where = ctx.draft.content + "\n" + (ctx.draft.reference or "")
    missing = []
    if not p.date_mention.search(where):
        missing.append(text("review.name-the-appointment.part.date"))
    if not p.time_mention.search(where):
        missing.append(text("review.name-the-appointment.part.time"))
    if missing:
        return Outcome(False, values={"missing": _join(missing)})
    return Outcome(True)


@_check("length")
def _length(ctx: Context) -> Outcome:
    low, high = R.LENGTH_LIMITS[ctx.channel]
    words = ctx.draft.words
    values = {"words": words, "low": low, "high": high}
    if words > high:
        return Outcome(False, "long", values)
    if words < low:
        return Outcome(False, "short", values)
    return Outcome(True, "", values)


@_check("formal-register")
def _formal_register(ctx: Context) -> Outcome:
    p, d = patterns(), ctx.draft
    found = []
    for part in (d.subject, d.content, d.signoff):
        if part:
            found += _matches(p.slang, part) + _matches(p.emoji, part) + _shouting(ctx, part)
    return Outcome(not found, values={"found": _quote(found, 4)})


# Candidates for shouting: words with no lowercase ASCII letter (capitals, or scripts without case,
# which the loop below drops). Found by one regex, so the Python loop only sees the few candidates.
_CAPITALS = re.compile(r"(?<![^\W\d_])[^\W\d_a-z]{2,}(?![^\W\d_])")


def _shouting(ctx: Context, value: str) -> list[str]:
    """Words in capitals that read as shouting: one long one, or two in a row ("SO SORRY")."""
    entered = {
        t.upper()
        for n in ("candidate_name", "company", "role", "contact_name", "location", "candidate_email")
        for t in TOKEN.findall(ctx.entered(n))
    }
    allowed = R.ALLOWED_CAPITALS | entered
    found: list[str] = []
    run: list[str] = []
    run_end = -1

    def close_run() -> None:
        if len(run) >= 2 or any(len(w) >= R.SHOUT_MIN_LETTERS for w in run):
            found.append(" ".join(run))
        run.clear()

    for m in _CAPITALS.finditer(value):
        word = m.group(0)
        if not word.isupper() or word in allowed:
            continue
        # Two capitalized words belong to one run only when just spaces or commas separate them.
        if run and value[run_end : m.start()].strip(" ,") != "":
            close_run()
        run.append(word)
        run_end = m.end()
        if len(found) >= 10:
            break
    close_run()
    return found


@_check("no-markup")
def _no_markup(ctx: Context) -> Outcome:
    return Outcome(not ctx.draft.had_markup, values={"found": _quote([ctx.draft.markup_sample])})


@_check("readability")
def _readability(ctx: Context) -> Outcome | None:
    if ctx.draft.words < R.READABILITY_MIN_WORDS:
        return None
    try:
        import textstat  # lazy: loads a pronunciation dictionary on first use
    except ImportError:  # the optional "review" extra is not installed
        return None
    # One sentence per line item, so a list of times is not read as one endless sentence.
    prose = " ".join(s if s[-1:] in ".!?" else s + "." for s in ctx.draft.sentences)
    grade = float(textstat.flesch_kincaid_grade(prose))
    values = {"grade": f"{max(grade, 0):.0f}", "limit": f"{R.READABILITY_MAX_GRADE:.0f}"}
    return Outcome(grade <= R.READABILITY_MAX_GRADE, "", values)
