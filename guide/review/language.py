"""The language a draft is read in, and what reading it needs in that language. Internal to ``guide.review``.

Some checks read no words at all (length, template gaps, names, times and dates, the subject line,
markup): they work on a draft in any language the guide speaks, with the little each language gives
as data. Others match English phrases (an apology, blame, slang, readability formulas): they are marked
``languages=ENGLISH`` in ``checklist.CHECKS`` and are not applied to a draft in another language, and
the review says which ones it left out.

What a language gives, without any code:

- month, weekday and day-period names ("de la mañana") from Babel's CLDR data for its locale;
- a few short word lists from its catalogue, the ``review.read.*`` keys: the word before a subject line,
  greetings, sign-offs, the words that introduce a caller, courtesy titles, words that greet nobody in
  particular, small function words, arrival verbs, the word for minutes, what comes before an hour
  ("a las") and words for today and yesterday. Each is a list separated by "|", matched whole-word and
  case-insensitively, with or without accents.

US and British English read drafts with the fuller patterns of ``phrases`` and ``vocabulary``; their
``review.read.*`` entries list the same words for translators to start from.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import i18n
from ..catalogue import text
from . import policy
from .folding import fold

ENGLISH = ("en",)  # the ``languages`` of a check that reads English words (US and British English)


def in_force(language: str | None = None) -> str:
    """The supported language ``language`` means, or else the language in force."""
    return i18n.normalize(language) or i18n.normalize(i18n.current()) or i18n.SOURCE_LANGUAGE


def base(language: str) -> str:
    """The language without its region: "en-GB" -> "en"."""
    return language.split("-")[0]


def reads_english(language: str) -> bool:
    return base(language) in ENGLISH


def can_read(languages: tuple[str, ...] | None, language: str) -> bool:
    """Whether a check limited to ``languages`` (None: any) reads a draft in ``language``."""
    return languages is None or base(language) in languages


# --- a language's words as patterns -------------------------------------------------------------------
_SPACE = re.compile(r"[\s\u00a0\u202f]+")


def phrase_pattern(phrase: str) -> str:
    """A word or phrase as a regex fragment: any run of spaces (CLDR puts no-break ones in "a. m.")
    matches any spaces, and a full stop may be left out ("p. m." ~ "pm")."""
    out = []
    for part in _SPACE.split(phrase.strip()):
        out.append(re.escape(part).replace(r"\.", r"\.?"))
    return r"\s*".join(out) if any(p.endswith(r"\.?") for p in out) else r"\s+".join(out)


def alternatives(phrases: tuple[str, ...] | list[str]) -> str:
    """Phrases as ``(?:a|b|...)``, each also without its accents, longest first so "buenas tardes" wins
    over "buenas"."""
    forms = {p for phrase in phrases for p in (phrase, fold(phrase)) if p}
    ordered = sorted(forms, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(phrase_pattern(p) for p in ordered) + ")" if ordered else "(?!)"


def words(key: str, language: str) -> tuple[str, ...]:
    """The word list ``key`` (a ``review.read.*`` entry) of ``language``, lowercased."""
    return tuple(w.strip().lower() for w in text(key, language).split("|") if w.strip())


_WORD = re.compile(r"[^\W\d_]+")


def knows_enough(content: str, language: str) -> bool:
    """Whether enough of ``content``'s words are ``language``'s function words to judge it in it."""
    found = [fold(w.lower()) for w in _WORD.findall(content)]
    if len(found) < policy.KNOWN_MIN_WORDS:
        return True  # too short to tell: judged as written
    known = {fold(w) for w in words("review.read.function_words", language)}
    return sum(w in known for w in found) >= policy.KNOWN_SHARE * len(found)


def period_key(period: str) -> str:
    """A day period as looked up in ``calendar_names(...)["half"]``: "P. M.", "p.m." and "pm" alike."""
    return "".join(fold(period).replace(".", "").split())


# CLDR day periods that fall after noon; the rest ("am", "morning1", ...) are before it.
_AFTERNOON = ("pm", "noon", "afternoon1", "afternoon2", "evening1", "evening2", "night1", "night2")


@lru_cache(maxsize=8)
def calendar_names(language: str) -> dict[str, object]:
    """CLDR names in ``language``, lowercased: "months" (12 tuples of the wide and short names, January
    first), "weekdays" (7 tuples, Monday first), "periods" (what may follow a clock time: "p. m.",
    "de la tarde"), "half" (each period, folded, to "am" or "pm") and "noon" ("noon", "mediodía")."""
    from babel import Locale


    locale = Locale.parse(i18n.babel_locale(language))

    def names(table, index) -> tuple[str, ...]:
        found: list[str] = []
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                value = table[context][width].get(index)
                if value and value.lower() not in found:
                    found.append(value.lower())
        return tuple(found)

    half: dict[str, str] = {}
    periods: list[str] = []
    noon: list[str] = []
    for width in ("wide", "abbreviated"):
        # The "format" forms are what follows a time ("2 de la tarde"); "midnight" is left out, as
        # is a bare "tarde" or "mañana" (also "late" and "tomorrow" in Spanish).
        for kind, value in locale.day_periods["format"][width].items():
            if kind == "midnight":
                continue
            written = " ".join(value.lower().split())
            half.setdefault(period_key(written), "pm" if kind in _AFTERNOON else "am")
            if written not in periods:
                periods.append(written)
        for context in ("format", "stand-alone"):
            value = locale.day_periods[context][width].get("noon")
            if value and value.lower() not in noon:
                noon.append(value.lower())
    return {
        "months": tuple(names(locale.months, m) for m in range(1, 13)),
        "weekdays": tuple(names(locale.days, d) for d in range(7)),
        "periods": tuple(periods),
        "half": half,
        "noon": tuple(noon),
    }
