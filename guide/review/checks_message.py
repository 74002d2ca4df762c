"""The checks of the draft review about what the message says: the apology, responsibility, the request
for a new time, canceling or withdrawing plainly, the arrival time, the reason kept honest and brief,
prevention, the times offered and the closing line.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from ..policy import VERY_LATE_MINUTES
from . import phrases, policy, vocabulary
from . import language as language_data
from .matching import FLAGS, patterns
from .folding import fold
from .outcome import Checker, Context, Outcome, matches, quote
from .reading import count_words, leading_name


def apology_first(ctx: Context) -> Outcome:
    p = patterns()
    if not p.apology.search(ctx.draft.content):
        return Outcome(False, "missing")
    counted = 0
    for sentence in ctx.draft.sentences:
        if p.apology.search(sentence):
            if counted < policy.OPENING_SENTENCES:
                return Outcome(True)
            return Outcome(False, "late", {"position": counted + 1})
        if not p.intro.search(sentence):
            counted += 1
    return Outcome(False, "missing")


def take_responsibility(ctx: Context) -> Outcome:
    p, content = patterns(), ctx.draft.content
    if p.responsibility.search(content):
        return Outcome(True)
    apologized = bool(p.apology.search(content))
    # A quick word to say you are late owns it with a plain apology (the arrival time has its own check);
    # the fuller ownership belongs in the letter or the conversation afterwards.
    if ctx.scenario == "late" and ctx.channel != "letter" and apologized:
        return Outcome(True, "late")
    # Illness, an emergency, a summons: nobody's fault, so a sincere apology is ownership enough.
    if apologized and not _preventable(ctx):
        return Outcome(True, "unpreventable")
    return Outcome(False)


def ask_new_time(ctx: Context) -> Outcome:
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
        return Outcome(False, "mixed", {"found": quote(mixed, 1)})
    return Outcome(True)


def cancel_clearly(ctx: Context) -> Outcome:
    return _stepping_back(ctx, patterns().cancel)


def withdraw_clearly(ctx: Context) -> Outcome:
    return _stepping_back(ctx, patterns().withdraw)


def arrival_time(ctx: Context) -> Outcome:
    return Outcome(bool(patterns().arrival.search(ctx.draft.content)))


def _stated_minutes(ctx: Context) -> list[int]:
    p, out = patterns(), []
    for sentence in ctx.draft.sentences:
        if not (p.arrival.search(sentence) or p.late_words.search(sentence)):
            continue
        for m in p.minutes.finditer(sentence):
            word = m.group(1).lower()
            out.append(int(word) if word.isdigit() else phrases.NUMBER_WORDS.get(word, 0))
    return [n for n in out if n > 0]


def _entered_eta(ctx: Context) -> int | None:
    eta = getattr(ctx.situation, "eta_minutes", None)
    return eta if isinstance(eta, int) and not isinstance(eta, bool) and eta > 0 else None


def eta_matches(ctx: Context) -> Outcome | None:
    from ..clock import resolve_now
    from ..formatting import format_time

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
                return Outcome(False, "clock", {"said": _clock_text(ctx, m), "expected": format_time(expected)})
    if not said and not clocks:
        return None
    return Outcome(True)


def _clock_minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a clock time found by ``arrival_clock``: "10:25 AM", or in another
    language "10:25", "las 2 de la tarde". A bare hour ("llegaré en 20 minutos") is not a clock time."""
    groups = m.groupdict()
    hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
    half = patterns().half_of(m.group("half"))
    if half is None and not (groups.get("at") or m.group("minute")):
        return None
    if minute > 59 or not (1 <= hour <= 12 if half else 0 <= hour <= 23):
        return None
    if half is None:
        return hour * 60 + minute  # a 24-hour time
    return (hour % 12 + (12 if half == "pm" else 0)) * 60 + minute


def _clock_text(ctx: Context, m: re.Match[str]) -> str:
    if not ctx.reads_english:
        return " ".join(m.string[m.start("hour") : m.end()].split())  # as the draft writes it
    return f"{m.group('hour')}:{m.group('minute') or '00'} {m.group('half').upper().replace('.', '')}"


def very_late_offer(ctx: Context) -> Outcome | None:
    eta = _entered_eta(ctx)
    if eta is None:
        eta = max(_stated_minutes(ctx), default=0)
    if eta <= VERY_LATE_MINUTES:
        return None
    return Outcome(bool(patterns().ask.search(ctx.draft.content)), values={"eta": eta})


def _found_in_content(pattern_name: str) -> Checker:
    def check(ctx: Context) -> Outcome:
        found = matches(getattr(patterns(), pattern_name), ctx.draft.content)
        return Outcome(not found, values={"found": quote(found)})

    return check


no_blame = _found_in_content("blame")
no_invented_excuse = _found_in_content("excuses")
no_medical_detail = _found_in_content("medical")


def not_over_explained(ctx: Context) -> Outcome:
    """Brief: no chain of linking phrases (English), and in any language no story that fills the message."""
    if ctx.reads_english:
        found = matches(patterns().explanation, ctx.draft.content, 50)
        if len(found) > policy.MAX_EXPLANATION_CUES:
            return Outcome(False, values={"count": len(found), "found": quote(found)})
    p = patterns()
    story = [s for s in ctx.draft.sentences if p.story.search(s) and not p.ahead.search(s)]
    told = sum(count_words(s) for s in story)
    if len(story) >= policy.STORY_SENTENCES and ctx.draft.words and told >= policy.STORY_SHARE * ctx.draft.words:
        return Outcome(False, "story", {"story": told, "words": ctx.draft.words, "found": quote(story, 1)})
    return Outcome(True)


def no_better_job(ctx: Context) -> Outcome:
    p, content = patterns(), ctx.draft.content
    ranked = matches(p.better_job, content)
    if ranked:
        return Outcome(False, "ranks", {"found": quote(ranked)})
    named = []
    for m in p.other_employer.finditer(content):
        name = leading_name(content[m.end() : m.end() + 80])
        if name and name.lower() not in vocabulary.FUNCTION_WORDS:
            named.append(name)
    if named:
        return Outcome(False, "names", {"found": quote(named, 1)})
    return Outcome(True)


def _preventable(ctx: Context) -> bool:
    """Whether the cause is one a concrete step could have prevented: the reason entered in the form, or
    else the draft's own words (an illness or emergency could not have been)."""
    reason = getattr(ctx.situation, "reason", None) if ctx.situation is not None else None
    if isinstance(reason, str) and reason in _known_reasons():
        return reason in policy.preventable_reasons()
    p = patterns()
    return not (p.unpreventable.search(ctx.draft.content) or p.medical.search(ctx.draft.content))


def prevention(ctx: Context) -> Outcome | None:
    if not _preventable(ctx):
        return None  # there is no step that would have prevented it
    return Outcome(bool(patterns().prevention.search(ctx.draft.content)))


def _known_reasons() -> tuple[str, ...]:
    from ..situation import REASONS

    return tuple(REASONS)


def offer_slots(ctx: Context) -> Outcome | None:
    d = ctx.draft
    # After a missed interview, leaving the new time to them ("at your convenience", or simply asking
    # whether they would reschedule) is sound advice too; only times entered in the form are looked for.
    if ctx.scenario == "missed" and ctx.reads_english:
        p = patterns()
        if p.open_time.search(d.content) or (not _entered_slots(ctx) and p.ask.search(d.content)):
            return Outcome(True, "open")
    if ctx.situation is not None:
        slots = tuple(s for s in (getattr(ctx.situation, "proposed_slots", ()) or ()) if isinstance(s, datetime))
        if not slots:
            return None
        found = sum(1 for slot in slots if _mentions_day(ctx, slot))
        wanted = min(policy.MIN_SLOTS, len(slots))
        # "none of the times", not "0 of the 2 times": said as a person would say it
        return Outcome(found >= wanted, "entered" if found else "entered_none", {"found": found, "entered": len(slots)})
    p = patterns()
    for para in d.paragraphs:
        for i, sentence in enumerate(para):
            if p.availability.search(sentence):
                window = " ".join(para[i : i + 4])
                days = {fold(m) for m in matches(p.date_mention, window, 20)}
                times = {fold(m) for m in matches(p.time_mention, window, 20)}
                if len(days) >= policy.MIN_SLOTS or (days and len(times) >= policy.MIN_SLOTS):
                    return Outcome(True)
    return Outcome(False)


def _entered_slots(ctx: Context) -> tuple[datetime, ...]:
    if ctx.situation is None:
        return ()
    return tuple(s for s in (getattr(ctx.situation, "proposed_slots", ()) or ()) if isinstance(s, datetime))


def _mentions_day(ctx: Context, moment: datetime) -> bool:
    content, day = ctx.draft.content, moment.day
    if not ctx.reads_english:
        # Names from CLDR in the draft's language: "martes", "24 de noviembre", "24/11".
        weekday, months = patterns().day_names(moment)
        month = language_data.alternatives(list(months))
        forms = (
            rf"\b0?{day}\.?\s+(?:[^\W\d_]{{1,3}}\s+)?{month}\b",
            rf"\b{month}\.?\s+0?{day}\b",
            rf"\b0?{day}/0?{moment.month}\b",
            rf"\b{moment:%Y-%m-%d}\b",
            rf"\b{language_data.alternatives([weekday])}\b",
        )
        return bool(re.compile("|".join(forms), FLAGS).search(content))
    month = phrases.MONTHS[moment.month - 1]
    forms = (
        rf"\b{month[:3]}[a-z]*\.? 0?{day}(?:st|nd|rd|th)?\b",
        rf"\b0?{day}(?:st|nd|rd|th)? (?:of )?{month[:3]}[a-z]*\b",
        rf"\b0?{moment.month}/0?{day}\b",
        rf"\b0?{day}/0?{moment.month}\b",
        rf"\b{moment:%Y-%m-%d}\b",
        rf"\b{phrases.WEEKDAYS[moment.weekday()]}\b",
    )
    return bool(re.compile("|".join(forms), FLAGS).search(content))


def close_warmly(ctx: Context) -> Outcome:
    p = patterns()
    closing: list[str] = []
    for sentence in reversed(ctx.draft.sentences):  # the last few, not counting contact details
        if len(closing) == policy.CLOSING_SENTENCES:
            break
        if not p.contact_line.search(sentence):
            closing.append(sentence)
    if ctx.draft.signoff:
        closing.append(ctx.draft.signoff)
    return Outcome(any(p.closing.search(s) for s in closing))
