"""The checks of the draft review about form: length, register (slang, emoji, shouting), markup and
readability.
"""

from __future__ import annotations

import re

from ..catalogue import text
from . import policy, vocabulary
from .folding import TOKEN
from .matching import patterns
from .outcome import Context, Outcome, join, matches, quote


def length(ctx: Context) -> Outcome:
    """Too long: over the channel's budget, in words or (a text) in sentences. Too short is not a word
    count: a short message fails only when it leaves out something it needs (purpose, reason, request,
    thanks), and then the finding says what."""
    budget = policy.BUDGETS[ctx.channel]
    words = ctx.draft.words
    values: dict[str, object] = {"words": words, "low": budget.aim_low, "high": budget.aim_high}
    if words > budget.most:
        return Outcome(False, "long", values)
    sentences = _said_sentences(ctx)
    if budget.most_sentences is not None and sentences > budget.most_sentences:
        return Outcome(False, "sentences", {**values, "sentences": sentences, "most": budget.most_sentences})
    if words < budget.aim_low:
        missing = _missing_parts(ctx)
        if missing:
            parts = [text(key) for key in missing]
            return Outcome(False, "short", {**values, "missing": join(parts, "review.list.and")})
        # In another language, what a short message leaves out cannot be read: it is not praised either.
        return Outcome(True, "short" if ctx.reads_english else "brief", values)
    return Outcome(True, "", values)


def _said_sentences(ctx: Context) -> int:
    """Sentences of the message that say something: a greeting or "this is Ana" is not counted."""
    intro = patterns().intro
    return sum(1 for s in ctx.draft.sentences if not intro.search(s))


def _missing_parts(ctx: Context) -> list[str]:
    """The catalogue keys of what a short message leaves out that no other check already asks for: the reason after a missed
    interview or when asking to move one, and, when what the message is about can't be told, its
    purpose and thanks. (The apology, the request, the cancellation and the closing have checks of
    their own.) Read generously: any wording counts."""
    p, content, scenario = patterns(), ctx.draft.content, ctx.scenario
    missing: list[str] = []
    if ctx.later or not ctx.reads_english:
        # A confirmation or a thank-you owes no reason: the first message gave it. What a message
        # says is read from English words; in another language a short message is not faulted.
        return missing
    if scenario is None:
        if not any(q.search(content) for q in (p.apology, p.ask, p.cancel, p.withdraw)):
            missing.append("review.length.part.purpose")
        if not p.closing.search(content + "\n" + (ctx.draft.signoff or "")):
            missing.append("review.length.part.thanks")
    if scenario in ("missed", "reschedule") and not any(
        q.search(content) for q in (p.reason, p.explanation, p.unpreventable, p.medical, p.excuses)
    ):
        missing.append("review.length.part.reason")
    return missing


def formal_register(ctx: Context) -> Outcome:
    p, d = patterns(), ctx.draft
    found = []
    for part in (d.subject, d.greeting, d.content, d.signoff):
        if part:
            found += matches(p.slang, part) + matches(p.emoji, part) + _shouting(ctx, part)
    found += _lower_case(ctx)
    return Outcome(not found, values={"found": quote(found, 4)})


def _lower_case(ctx: Context) -> list[str]:
    """A message written all in lower case, or with "i" for "I": text-speak, not a letter."""
    content = ctx.draft.content
    if ctx.draft.words >= vocabulary.LOWERCASE_MIN_WORDS and content.lower() == content and content.upper() != content:
        return [text("review.formal-register.lowercase")]
    return matches(patterns().lowercase_i, content, 3)


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
    allowed = vocabulary.ALLOWED_CAPITALS | entered
    found: list[str] = []
    run: list[str] = []
    run_end = -1

    def close_run() -> None:
        if len(run) >= 2 or any(len(w) >= vocabulary.SHOUT_MIN_LETTERS for w in run):
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


def no_markup(ctx: Context) -> Outcome:
    return Outcome(not ctx.draft.had_markup, values={"found": quote([ctx.draft.markup_sample])})


def readability(ctx: Context) -> Outcome | None:
    if ctx.draft.words < policy.READABILITY_MIN_WORDS:
        return None
    try:
        import textstat  # lazy: loads a pronunciation dictionary on first use
    except ImportError:  # the optional "review" extra is not installed
        return None
    # One sentence per line item, so a list of times is not read as one endless sentence.
    prose = " ".join(s if s[-1:] in ".!?" else s + "." for s in ctx.draft.sentences)
    grade = float(textstat.flesch_kincaid_grade(prose))
    values = {"grade": f"{max(grade, 0):.0f}", "limit": f"{policy.READABILITY_MAX_GRADE:.0f}"}
    # Judged on the grade as shown, so "grade 12; aim for 12" is never said.
    return Outcome(round(max(grade, 0)) <= policy.READABILITY_MAX_GRADE, "", values)
