"""Fast matching for the draft review: the phrase lists of ``phrases`` and ``vocabulary`` compiled, and found quickly
in long pastes. Internal to ``guide.review``.

``patterns()`` holds every compiled pattern, each compiled the first time a check needs it. A list of
alternative phrases becomes a ``Finder``, which on a long text only tries each phrase where its first
word occurs, so a 5,000-word paste is read in milliseconds, not seconds.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import Any, Iterable, Iterator

from datetime import datetime

from . import language as language_data
from . import phrases, vocabulary
from .folding import TOKEN, tokens_of

FLAGS = re.IGNORECASE | re.MULTILINE


def _rx(phrases: Iterable[str] | str, flags: int = FLAGS) -> "re.Pattern[str] | Finder":
    if isinstance(phrases, str):
        return re.compile(phrases, flags)
    return Finder(tuple(phrases), flags)


class Finder:
    """A list of alternative patterns, used like one ``re.Pattern`` (``search``, ``finditer``).

    Python's regex engine tries every alternative at every position, which makes a 60-phrase list
    cost milliseconds on a 5,000-word paste, and the review runs a dozen such lists. Most phrases start
    with a known word ("responsibility", "my fault", "take|accept ..."), so on long texts each phrase is
    only tried where that word occurs (skipped at once when the text never uses it). Phrases without
    such a word are scanned in full, as are short texts (a sentence), where one combined regex is
    quickest. tests/test_review.py checks that both ways find the same first matches.
    """

    SHORT = 2000  # characters
    # Matches kept per word and from the full scan: the first few overall are always among them
    # (callers quote at most ten), and a paste of 100,000 emoji does not build 100,000 match objects.
    PER_SOURCE = 50

    def __init__(self, patterns: tuple[str, ...], flags: int):
        self._patterns = patterns
        self._flags = flags

    @cached_property
    def _whole(self) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in self._patterns), self._flags)

    @cached_property
    def _index(self) -> tuple[dict[str, tuple[re.Pattern[str], bool, list[re.Pattern[str]]]], re.Pattern[str] | None]:
        """word -> (where it starts in lowercased text, whether whole, the patterns to try there), and
        the patterns without a known first word, as one regex. Built for the first long text only."""
        anchors: dict[str, tuple[re.Pattern[str], bool, list[re.Pattern[str]]]] = {}
        free = []
        for pattern in self._patterns:
            words = _anchor_words(pattern)
            if not words:
                free.append(pattern)
                continue
            compiled = re.compile(pattern, self._flags)
            for word, whole in words:
                if word not in anchors:
                    anchors[word] = (_locator(word, whole), whole, [])
                anchors[word][2].append(compiled)
        return anchors, (re.compile("|".join(f"(?:{p})" for p in free), self._flags) if free else None)

    def finditer(self, value: str) -> Iterator[re.Match[str]]:
        if len(value) < self.SHORT:
            return self._whole.finditer(value)
        return iter(self._anchored(value))

    def search(self, value: str) -> re.Match[str] | None:
        if len(value) < self.SHORT:
            return self._whole.search(value)
        found = self._anchored(value)
        return found[0] if found else None

    def _anchored(self, value: str) -> list[re.Match[str]]:
        lowered = _lowered(value)
        if len(lowered) != len(value):  # a rare letter changed length when lowercased: scan in full
            return list(self._whole.finditer(value))
        found: dict[int, re.Match[str]] = {}
        vocabulary = _vocabulary(lowered)
        anchors, free = self._index
        for word, (locator, whole, compiled_list) in anchors.items():
            if whole and word not in vocabulary:
                continue  # the draft never uses this word: nothing to find
            kept = 0
            for place in locator.finditer(lowered):
                at = place.start()
                for compiled in compiled_list:
                    m = compiled.match(value, at)
                    if m:
                        found.setdefault(at, m)
                        kept += 1
                        break
                if kept == self.PER_SOURCE:
                    break
        if free is not None:
            for n, m in enumerate(free.finditer(value)):
                if n == self.PER_SOURCE:
                    break
                found.setdefault(m.start(), m)
        return [found[at] for at in sorted(found)]


@lru_cache(maxsize=4)
def _lowered(value: str) -> str:
    return value.lower()


@lru_cache(maxsize=4)
def _vocabulary(lowered: str) -> frozenset[str]:
    return frozenset(TOKEN.findall(lowered))


def _locator(word: str, whole: bool) -> re.Pattern[str]:
    """Finds ``word`` at the start of a word (and, if ``whole``, as a whole word) in lowercased text.
    It opens with the literal, so the regex engine jumps between occurrences at C speed; the
    lookbehind then rules out a word that merely contains it ("i" in "interview")."""
    literal = re.escape(word)
    return re.compile(literal + rf"(?<![^\W_]{literal})" + (r"(?![^\W_])" if whole else ""))


_PLAIN_WORD = re.compile(r"[a-z0-9&]+(?:['-][a-z0-9]+)*", re.IGNORECASE)
_WORD_BREAK = re.compile(r"[ '&-]")


_ENDS_WORD = (" ", "'", "-", "&", r"\b", r"\s")


def _anchor_words(pattern: str) -> list[tuple[str, bool]] | None:
    """The words (or word beginnings) every match of ``pattern`` starts with, lowercased, each with
    whether it is known to be a whole word; None when that cannot be told. Only the shapes used in
    the phrase lists are recognized, ``\\bword...`` and ``\\b(?:word|two words)...``; anything else is
    scanned in full, which is always correct, only slower.
    """
    if pattern.startswith("(?-i:") and pattern.endswith(")"):
        return _anchor_words(pattern[5:-1])  # case-sensitive inside; the anchor only shortlists places
    if not pattern.startswith(r"\b"):
        return None
    rest = pattern[2:]
    if rest.startswith("(?:"):
        close = _skip_group(rest, 0)
        if rest[close:close + 1] in ("?", "*", "{"):
            return None  # an optional group: a match may start after it
        alternatives = rest[3 : close - 1].split("|")
        if not all(_PLAIN_WORD.fullmatch(a.replace(" ", "x")) for a in alternatives):
            return None
        after_group = rest[close:].startswith(_ENDS_WORD)
        return [
            (_WORD_BREAK.split(a)[0].lower(), bool(_WORD_BREAK.search(a)) or after_group) for a in alternatives
        ]
    m = _PLAIN_WORD.match(rest)
    if not m:
        return None
    literal, after = m.group(0), rest[m.end() :]
    word = _WORD_BREAK.split(literal)[0]
    if word == literal and after[:1] in ("?", "*", "{"):
        return [(word[:-1].lower(), False)] if len(word) > 1 else None  # the last letter is optional
    whole = word != literal or after.startswith(_ENDS_WORD)
    return [(word.lower(), whole)]


def _skip_group(pattern: str, i: int) -> int:
    """The index just after the group or class opening at ``i``."""
    if pattern[i] == "[":
        j = i + 1
        if pattern[j : j + 1] == "^":
            j += 1
        if pattern[j : j + 1] == "]":
            j += 1
        while j < len(pattern) and pattern[j] != "]":
            j += 2 if pattern[j] == "\\" else 1
        return j + 1
    depth, j = 0, i
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _skip_group(pattern, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return j


class Patterns:
    """Every compiled pattern of the review, each compiled the first time a check needs it."""

    @cached_property
    def subject_line(self) -> Any:
        return _rx(vocabulary.SUBJECT_LINE)

    @cached_property
    def greeting_line(self) -> Any:
        return _rx(r"^\W*" + vocabulary.GREETING_WORDS + r"\b")

    @cached_property
    def greeted(self) -> Any:
        return _rx(r"^\W*" + vocabulary.GREETING_WORDS + r"\s+([^,:;!?\n]{1,60}?)\s*(?:[,:!\n]|$)")

    @cached_property
    def intro_name(self) -> Any:
        return _rx(r"\b(?:this is|it's|it is|my name is)\s+([^,.;:!?\n]{1,60})")

    @cached_property
    def signoff(self) -> Any:
        return _rx(vocabulary.SIGNOFF_LINE)

    @cached_property
    def intro(self) -> Any:
        return _rx(vocabulary.INTRO)

    @cached_property
    def apology(self) -> Any:
        return _rx(phrases.APOLOGY)

    @cached_property
    def responsibility(self) -> Any:
        return _rx(phrases.RESPONSIBILITY)

    @cached_property
    def ask(self) -> Any:
        return _rx(phrases.ASK_NEW_TIME)

    @cached_property
    def negation(self) -> Any:
        return _rx(phrases.NEGATION)

    @cached_property
    def cancel(self) -> Any:
        return _rx(phrases.CANCEL)

    @cached_property
    def withdraw(self) -> Any:
        return _rx(phrases.WITHDRAW)

    @cached_property
    def arrival(self) -> Any:
        return _rx(phrases.ARRIVAL)

    @cached_property
    def minutes(self) -> Any:
        return _rx(phrases.MINUTES)

    @cached_property
    def arrival_clock(self) -> Any:
        return _rx(phrases.ARRIVAL_CLOCK)

    @cached_property
    def late_words(self) -> Any:
        return _rx((r"\blate\b", r"\bbehind\b", r"\bdelay"))

    @cached_property
    def prevention(self) -> Any:
        return _rx(phrases.PREVENTION)

    @cached_property
    def open_time(self) -> Any:
        return _rx(phrases.OPEN_TIME)

    @cached_property
    def reason(self) -> Any:
        return _rx(phrases.REASON_CUES)

    @cached_property
    def lowercase_i(self) -> Any:
        return _rx(vocabulary.LOWERCASE_I)

    @cached_property
    def unpreventable(self) -> Any:
        return _rx(phrases.UNPREVENTABLE)

    @cached_property
    def availability(self) -> Any:
        return _rx(phrases.AVAILABILITY)

    @cached_property
    def date_mention(self) -> Any:
        return _rx(phrases.DATE_MENTION)

    @cached_property
    def time_mention(self) -> Any:
        return _rx(phrases.TIME_MENTION)

    @cached_property
    def closing(self) -> Any:
        return _rx(phrases.CLOSING)

    @cached_property
    def contact_line(self) -> Any:
        return _rx(phrases.CONTACT_LINE)

    @cached_property
    def blame(self) -> Any:
        return _rx(phrases.BLAME)

    @cached_property
    def medical(self) -> Any:
        return _rx(phrases.MEDICAL)

    @cached_property
    def excuses(self) -> Any:
        return _rx(phrases.INVENTED_EXCUSES)

    @cached_property
    def explanation(self) -> Any:
        return _rx(phrases.EXPLANATION_CUES)

    @cached_property
    def story(self) -> Any:
        """Words that tell what went wrong on the way (``review.read.story``): data in every language,
        English included, so the story check reads a Spanish draft as it reads an English one."""
        forms = language_data.words("review.read.story", getattr(self, "language", "en"))
        return _rx(tuple(r"\b" + language_data.alternatives([form]) + r"\b" for form in forms))

    @cached_property
    def ahead(self) -> Any:
        """Words that put a sentence in the future (``review.read.ahead``): a prevention step, not story."""
        forms = language_data.words("review.read.ahead", getattr(self, "language", "en"))
        return _rx(tuple(r"\b" + language_data.alternatives([form]) + r"\b" for form in forms))

    @cached_property
    def better_job(self) -> Any:
        return _rx(phrases.BETTER_JOB)

    @cached_property
    def other_employer(self) -> Any:
        return _rx(vocabulary.OTHER_EMPLOYER)

    @cached_property
    def slang(self) -> Any:
        return _rx(vocabulary.SLANG)

    @cached_property
    def emoji(self) -> Any:
        return _rx(vocabulary.EMOJI)

    @cached_property
    def placeholders(self) -> Any:
        return _rx(vocabulary.PLACEHOLDERS)

    @cached_property
    def html_tag(self) -> Any:
        return _rx(vocabulary.HTML_TAG, re.IGNORECASE | re.DOTALL)

    @cached_property
    def html_entity(self) -> Any:
        return _rx(vocabulary.HTML_ENTITY)

    @cached_property
    def html_break(self) -> Any:
        return _rx(r"<\s*(?:br|/p|/div|/li|/tr|/h[1-6]|p|div|li|tr|hr)\b[^<>]{0,200}>")

    @cached_property
    def scenario_cues(self) -> Any:
        return tuple((s, _rx(cues)) for s, cues in vocabulary.SCENARIO_CUES)

    @cached_property
    def subject_purpose(self) -> Any:
        return {s: _rx(p) for s, p in vocabulary.SUBJECT_PURPOSE.items()}

    @cached_property
    def company_mention(self) -> Any:
        return _rx(vocabulary.COMPANY_MENTION)

    @cached_property
    def role_before(self) -> Any:
        return _rx(vocabulary.ROLE_MENTION)


    # --- what differs between languages: English reads with the lists of ``phrases`` and ``vocabulary``
    @property
    def titles(self) -> frozenset[str]:
        return vocabulary.TITLES

    @property
    def generic_addressees(self) -> frozenset[str]:
        return vocabulary.GENERIC_ADDRESSEES

    @property
    def function_words(self) -> frozenset[str]:
        return vocabulary.FUNCTION_WORDS

    @property
    def abbreviations(self) -> frozenset[str]:
        """Words a full stop follows without ending a sentence, beyond those every language shares."""
        return frozenset()

    def half_of(self, period: str | None) -> str | None:
        """"am" or "pm" for the day period after a clock time ("p.m."); None for a 24-hour time."""
        return period.lower().replace(".", "").replace(" ", "") if period else None

    def day_names(self, moment: datetime) -> tuple[str, tuple[str, ...]]:
        """The weekday and the month of ``moment`` as a draft may write them (English names)."""
        return phrases.WEEKDAYS[moment.weekday()], (phrases.MONTHS[moment.month - 1],)


class LanguagePatterns(Patterns):
    """The patterns of a language other than English, built from its catalogue's ``review.read.*`` word
    lists and Babel's CLDR names (see ``guide.review.language``). Only what the language-independent
    checks need is built here; a check that reads English words is never run on such a draft."""

    def __init__(self, language: str):
        self.language = language

    def _words(self, key: str) -> str:
        """The word list ``key`` (a ``review.read.*`` entry) as alternatives."""
        return language_data.alternatives(language_data.words(key, self.language))

    def _set(self, key: str) -> frozenset[str]:
        """A word list as the tokens names are compared by (folded, a plural "s" dropped)."""
        return frozenset().union(*(tokens_of(w) for w in language_data.words(key, self.language)))

    @cached_property
    def _names(self) -> dict[str, object]:
        return language_data.calendar_names(self.language)

    @cached_property
    def subject_line(self) -> Any:
        return _rx(r"^\s*" + self._words("review.read.subject") + r"\s*:\s*(.*)$")

    @cached_property
    def _greeting(self) -> str:
        return self._words("review.read.greeting")

    @cached_property
    def greeting_line(self) -> Any:
        return _rx(r"^\W*" + self._greeting + r"\b")

    @cached_property
    def greeted(self) -> Any:
        return _rx(r"^\W*" + self._greeting + r"\s+([^,:;!?\n]{1,60}?)\s*(?:[,:!\n]|$)")

    @cached_property
    def intro_name(self) -> Any:
        return _rx(r"\b" + self._words("review.read.intro") + r"\s+([^,.;:!?\n]{1,60})")

    @cached_property
    def signoff(self) -> Any:
        return _rx(r"^\s*" + self._words("review.read.signoff") + r"\s*[,.!]?\s*$")

    @cached_property
    def intro(self) -> Any:
        name_part = r"(?:[^.!?]|\b" + language_data.alternatives(sorted(self.abbreviations)) + r"\.)"
        intro = self._words("review.read.intro")
        return _rx(
            (
                r"^\W*" + self._greeting + r"\b" + name_part + r"{0,60}$",
                r"\b" + intro + r"\b",
                r"^\W*" + self._greeting + r"\b" + name_part + r"{0,60},\s*" + intro + r"\b",
            )
        )

    @cached_property
    def titles(self) -> frozenset[str]:  # type: ignore[override]
        return vocabulary.TITLES | self._set("review.read.titles")

    @cached_property
    def generic_addressees(self) -> frozenset[str]:  # type: ignore[override]
        return vocabulary.GENERIC_ADDRESSEES | self._set("review.read.addressees")

    @cached_property
    def function_words(self) -> frozenset[str]:  # type: ignore[override]
        return vocabulary.FUNCTION_WORDS | self._set("review.read.function_words")

    @cached_property
    def abbreviations(self) -> frozenset[str]:  # type: ignore[override]
        return frozenset(language_data.words("review.read.titles", self.language))

    # --- dates and times, from CLDR names ----------------------------------------------------------
    @cached_property
    def _months(self) -> str:
        return language_data.alternatives([n for names in self._names["months"] for n in names])  # type: ignore[attr-defined]

    @cached_property
    def _periods(self) -> str:
        return language_data.alternatives(list(self._names["periods"]))  # type: ignore[arg-type]

    @cached_property
    def _clock(self) -> str:
        """A clock time: "10:30", "10.30", "10h30", "10 a. m.", "2 de la tarde", "a las 10"."""
        return (
            r"(?:\b(?P<at>" + self._words("review.read.at_hour") + r")\s+)?\b(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\b"
            r"(?:\s*(?P<half>" + self._periods + r"))?"
        )

    @cached_property
    def date_mention(self) -> Any:
        weekdays = language_data.alternatives([n for names in self._names["weekdays"] for n in names])  # type: ignore[attr-defined]
        return _rx(
            (
                r"\b" + weekdays + r"\b",
                r"\b\d{1,2}\.?\s+(?:[^\W\d_]{1,3}\s+)?" + self._months + r"\b",
                r"\b" + self._months + r"\.?\s+\d{1,2}\b",
                r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",
                r"\b\d{4}-\d{2}-\d{2}\b",
                r"\b" + self._words("review.read.days") + r"\b",
            )
        )

    @cached_property
    def time_mention(self) -> Any:
        return _rx(
            (
                r"\b\d{1,2}[:.h]\d{2}\b",
                r"\b\d{1,2}\s*" + self._periods + r"(?![^\W\d_])",
                r"\b" + self._words("review.read.at_hour") + r"\s+\d{1,2}\b",
                r"\b" + language_data.alternatives(list(self._names["noon"])) + r"\b",  # type: ignore[arg-type]
            )
        )

    @cached_property
    def _minutes_word(self) -> str:
        return self._words("review.read.minutes")

    @cached_property
    def minutes(self) -> Any:
        return _rx(r"\b(\d{1,3})\s*" + self._minutes_word + r"\b")

    @cached_property
    def _arrival_word(self) -> str:
        return r"\b" + self._words("review.read.arrival") + r"\b"

    @cached_property
    def arrival(self) -> Any:
        return _rx(
            (
                self._arrival_word + r"[^.!?\n]{0,40}?(?:\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s*" + self._periods
                + r"|\b" + self._words("review.read.at_hour") + r"\s+\d{1,2}\b|\b\d{1,3}\s*" + self._minutes_word + r"\b)",
            )
        )

    @cached_property
    def late_words(self) -> Any:
        return _rx(self._arrival_word)

    @cached_property
    def arrival_clock(self) -> Any:
        return _rx(self._arrival_word + r"[^.!?\n]{0,25}?" + self._clock)

    def half_of(self, period: str | None) -> str | None:
        if not period:
            return None
        return self._names["half"].get(language_data.period_key(period))  # type: ignore[attr-defined]

    def day_names(self, moment: datetime) -> tuple[str, tuple[str, ...]]:
        weekday = self._names["weekdays"][moment.weekday()][0]  # type: ignore[index]
        return weekday, self._names["months"][moment.month - 1]  # type: ignore[index]


def patterns(language: str | None = None) -> Patterns:
    """The patterns for reading a draft in ``language`` (by default the language in force)."""
    lang = language_data.in_force(language)
    return _patterns("en" if language_data.reads_english(lang) else lang)


@lru_cache(maxsize=8)
def _patterns(language: str) -> Patterns:
    return Patterns() if language == "en" else LanguagePatterns(language)
