"""The checks of the draft review about form: length, register (slang, emoji, shouting), markup and
readability.
"""

from __future__ import annotations

import re

from . import checklist, vocabulary
from .matching import TOKEN, patterns
from .outcome import Context, Outcome, checker, matches, quote


@checker("length")
def _length(ctx: Context) -> Outcome:
    low, high = checklist.LENGTH_LIMITS[ctx.channel]
    words = ctx.draft.words
    values = {"words": words, "low": low, "high": high}
    if words > high:
        return Outcome(False, "long", values)
    if words < low:
        return Outcome(False, "short", values)
    return Outcome(True, "", values)


@checker("formal-register")
def _formal_register(ctx: Context) -> Outcome:
    p, d = patterns(), ctx.draft
    found = []
    for part in (d.subject, d.content, d.signoff):
        if part:
            found += matches(p.slang, part) + matches(p.emoji, part) + _shouting(ctx, part)
    return Outcome(not found, values={"found": quote(found, 4)})


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


@checker("no-markup")
def _no_markup(ctx: Context) -> Outcome:
    return Outcome(not ctx.draft.had_markup, values={"found": quote([ctx.draft.markup_sample])})


@checker("readability")
def _readability(ctx: Context) -> Outcome | None:
    if ctx.draft.words < checklist.READABILITY_MIN_WORDS:
        return None
    try:
        import textstat  # lazy: loads a pronunciation dictionary on first use
    except ImportError:  # the optional "review" extra is not installed
        return None
    # One sentence per line item, so a list of times is not read as one endless sentence.
    prose = " ".join(s if s[-1:] in ".!?" else s + "." for s in ctx.draft.sentences)
    grade = float(textstat.flesch_kincaid_grade(prose))
    values = {"grade": f"{max(grade, 0):.0f}", "limit": f"{checklist.READABILITY_MAX_GRADE:.0f}"}
    return Outcome(grade <= checklist.READABILITY_MAX_GRADE, "", values)
