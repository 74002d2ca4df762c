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
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property, lru_cache
from typing import Any, Callable, Iterable, Iterator

from . import review_rules as R
from .catalogue import text
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


# --- compiled patterns (built on first review, once) ------------------------------------------------
_FLAGS = re.IGNORECASE | re.MULTILINE


def _rx(patterns: Iterable[str] | str, flags: int = _FLAGS) -> "re.Pattern[str] | _Finder":
    if isinstance(patterns, str):
        return re.compile(patterns, flags)
    return _Finder(tuple(patterns), flags)


class _Finder:
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
    return frozenset(_TOKEN.findall(lowered))


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
    review_rules are recognized, ``\\bword...`` and ``\\b(?:word|two words)...``; anything else is
    scanned in full, which is always correct, only slower.
    """
    if pattern.startswith("(?-i:") and pattern.endswith(")"):
        return _anchor_words(pattern[5:-1])  # case-sensitive inside; the anchor only shortlists places
    if not pattern.startswith(r"\b"):
        return None
    rest = pattern[2:]
    if rest.startswith("(?:"):
        close = _skip_group(rest, 0)
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


class _Patterns:
    """Every compiled pattern of the review, each compiled the first time a check needs it."""

    @cached_property
    def subject_line(self) -> Any:
        return _rx(R.SUBJECT_LINE)

    @cached_property
    def greeting_line(self) -> Any:
        return _rx(r"^\W*" + R.GREETING_WORDS + r"\b")

    @cached_property
    def greeted(self) -> Any:
        return _rx(r"^\W*" + R.GREETING_WORDS + r"\s+([^,:;!?\n]{1,60}?)\s*(?:[,:!\n]|$)")

    @cached_property
    def intro_name(self) -> Any:
        return _rx(r"\b(?:this is|it's|it is|my name is)\s+([^,.;:!?\n]{1,60})")

    @cached_property
    def signoff(self) -> Any:
        return _rx(R.SIGNOFF_LINE)

    @cached_property
    def intro(self) -> Any:
        return _rx(R.INTRO)

    @cached_property
    def apology(self) -> Any:
        return _rx(R.APOLOGY)

    @cached_property
    def responsibility(self) -> Any:
        return _rx(R.RESPONSIBILITY)

    @cached_property
    def ask(self) -> Any:
        return _rx(R.ASK_NEW_TIME)

    @cached_property
    def negation(self) -> Any:
        return _rx(R.NEGATION)

    @cached_property
    def cancel(self) -> Any:
        return _rx(R.CANCEL)

    @cached_property
    def withdraw(self) -> Any:
        return _rx(R.WITHDRAW)

    @cached_property
    def arrival(self) -> Any:
        return _rx(R.ARRIVAL)

    @cached_property
    def minutes(self) -> Any:
        return _rx(R.MINUTES)

    @cached_property
    def arrival_clock(self) -> Any:
        return _rx(R.ARRIVAL_CLOCK)

    @cached_property
    def late_words(self) -> Any:
        return _rx((r"\blate\b", r"\bbehind\b", r"\bdelay"))

    @cached_property
    def prevention(self) -> Any:
        return _rx(R.PREVENTION)

    @cached_property
    def unpreventable(self) -> Any:
        return _rx(R.UNPREVENTABLE)

    @cached_property
    def availability(self) -> Any:
        return _rx(R.AVAILABILITY)

    @cached_property
    def date_mention(self) -> Any:
        return _rx(R.DATE_MENTION)

    @cached_property
    def time_mention(self) -> Any:
        return _rx(R.TIME_MENTION)

    @cached_property
    def closing(self) -> Any:
        return _rx(R.CLOSING)

    @cached_property
    def contact_line(self) -> Any:
        return _rx(R.CONTACT_LINE)

    @cached_property
    def blame(self) -> Any:
        return _rx(R.BLAME)

    @cached_property
    def medical(self) -> Any:
        return _rx(R.MEDICAL)

    @cached_property
    def excuses(self) -> Any:
        return _rx(R.INVENTED_EXCUSES)

    @cached_property
    def explanation(self) -> Any:
        return _rx(R.EXPLANATION_CUES)

    @cached_property
    def better_job(self) -> Any:
        return _rx(R.BETTER_JOB)

    @cached_property
    def other_employer(self) -> Any:
        return _rx(R.OTHER_EMPLOYER)

    @cached_property
    def slang(self) -> Any:
        return _rx(R.SLANG)

    @cached_property
    def emoji(self) -> Any:
        return _rx(R.EMOJI)

    @cached_property
    def placeholders(self) -> Any:
        return _rx(R.PLACEHOLDERS)

    @cached_property
    def html_tag(self) -> Any:
        return _rx(R.HTML_TAG, re.IGNORECASE | re.DOTALL)

    @cached_property
    def html_entity(self) -> Any:
        return _rx(R.HTML_ENTITY)

    @cached_property
    def html_break(self) -> Any:
        return _rx(r"<\s*(?:br|/p|/div|/li|/tr|/h[1-6]|p|div|li|tr|hr)\b[^<>]{0,200}>")

    @cached_property
    def scenario_cues(self) -> Any:
        return tuple((s, _rx(cues)) for s, cues in R.SCENARIO_CUES)

    @cached_property
    def subject_purpose(self) -> Any:
        return {s: _rx(p) for s, p in R.SUBJECT_PURPOSE.items()}

    @cached_property
    def company_mention(self) -> Any:
        return _rx(R.COMPANY_MENTION)

    @cached_property
    def role_before(self) -> Any:
        return _rx(R.ROLE_MENTION)


@lru_cache(maxsize=1)
def _p() -> _Patterns:
    return _Patterns()


# --- reading a draft ---------------------------------------------------------------------------------
_QUOTES = (
    ("\u2018", "'"), ("\u2019", "'"), ("\u201b", "'"), ("\u2032", "'"),
    ("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u2033", '"'),
)


def _straighten(value: str) -> str:
    """Curly quotes and apostrophes made straight, so "it’s" and "it's" read alike."""
    for curly, straight in _QUOTES:
        if curly in value:
            value = value.replace(curly, straight)
    return value


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u00b7\u2013]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"')\]]*(?=\s|$)")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "vs", "etc", "e.g", "i.e", "a.m", "p.m", "no",
     "inc", "ltd", "co", "corp", "mt", "ft", "approx", "dept", "u.s", "mx"}
)
_ALNUM = re.compile(r"[^\W_]")
_TOKEN = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r'"([^"]{1,20000})"')


@dataclass
class _Draft:
    """A draft taken apart: its subject, greeting, message, sign-off and what surrounds them."""

    had_markup: bool
    markup_sample: str
    subject: str | None
    reference: str | None  # a letter's "Re:" line
    greeted: str | None  # the name in the greeting ("Ms. Lee")
    intro_name: str | None  # "this is Ana García"
    signoff: str | None
    signature: str | None  # the name under the sign-off
    content: str  # the message itself
    outside: str  # everything else the reader sees: letterhead, signature, stage directions
    sentences: list[str]
    paragraphs: list[list[str]]  # sentences per paragraph
    words: int


def _normalize(raw: str) -> tuple[str, bool, str]:
    """Plain text with straight quotes and no control characters; HTML reduced to its text."""
    p = _p()
    out = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    out = _straighten(_CONTROL.sub(" ", out))
    tag = p.html_tag.search(out)
    entity = p.html_entity.search(out)
    had_markup = bool(tag or entity)
    sample = (tag or entity).group(0) if had_markup else ""  # type: ignore[union-attr]
    if had_markup:
        out = _drop_code_blocks(out)
        out = p.html_break.sub("\n", out)
        out = p.html_tag.sub(" ", out)
        out = html.unescape(out)
        out = _straighten(_CONTROL.sub(" ", out))
    out = unicodedata.normalize("NFC", out)
    return "\n".join(line.rstrip() for line in out.split("\n")), had_markup, sample


def _drop_code_blocks(value: str) -> str:
    """Remove <script>/<style> elements with their content, and comments, scanning once (no regex
    backtracking, so 100,000 unclosed '<script' cannot stall the review)."""
    lower = value.lower()
    parts: list[str] = []
    i = 0
    while True:
        starts = [(lower.find(opener, i), closer) for opener, closer in (("<script", "</script"), ("<style", "</style"), ("<!--", "-->"))]
        starts = [(at, closer) for at, closer in starts if at >= 0]
        if not starts:
            parts.append(value[i:])
            break
        at, closer = min(starts)
        parts.append(value[i:at])
        end = lower.find(closer, at)
        if end < 0:
            break  # an unclosed block: everything after it is code
        gt = lower.find(">", end)
        i = len(value) if gt < 0 else gt + 1
    return " ".join(parts)


def _sentences(unit: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(unit):
        if unit[m.start()] == ".":
            before = unit[max(start, m.start() - 12) : m.start()].rsplit(None, 1)
            word = before[-1].lower() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        piece = unit[start : m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    rest = unit[start:].strip()
    if rest:
        out.append(rest)
    return out


def _paragraphs(content: str) -> list[list[str]]:
    """Sentences by paragraph. Hard-wrapped lines are joined; list items stay separate."""
    out: list[list[str]] = []
    for block in re.split(r"\n[ \t]*\n", content):
        units: list[str] = []
        for line in block.split("\n"):
            if not line.strip():
                continue
            if _BULLET.match(line) or not units:
                units.append(line.strip())
            else:
                units[-1] += " " + line.strip()
        sentences = [s for u in units for s in _sentences(u)]
        if sentences:
            out.append(sentences)
    return out


_NON_WORD = re.compile(r"(?<!\S)(?:[^\w\s]|_)+(?!\S)")  # a "word" of punctuation or emoji only


def _count_words(value: str) -> int:
    return len(value.split()) - len(_NON_WORD.findall(value))


def _read(raw: str, channel: str, subject: str | None) -> _Draft:
    p = _p()
    body, had_markup, sample = _normalize(raw)
    lines = body.split("\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    found_subject: str | None = None
    reference: str | None = None

    # The greeting line ("Dear Ms. Lee,") ends the header: letterhead, date, subject or "Re:" line.
    greeting_at = next(
        (i for i in nonblank[:15] if p.greeting_line.match(lines[i]) and len(lines[i].split()) <= 8),
        None,
    )
    # Before the greeting, or as the very first line, a "Subject:" or "Re:" line names the message.
    candidates = [i for i in nonblank if greeting_at is not None and i < greeting_at] or nonblank[:1]
    header_end = greeting_at if greeting_at is not None else (nonblank[0] if nonblank else 0)
    for i in candidates:
        m = p.subject_line.match(lines[i])
        if m:
            if channel == "letter":
                reference = m.group(1).strip()
            else:
                found_subject = m.group(1).strip()
            lines[i] = ""
            if greeting_at is None:
                header_end = i + 1
            break
    greeted_line = lines[greeting_at] if greeting_at is not None else None

    # The sign-off ("Sincerely,") and the name under it, searched among the last lines only.
    end = len(lines)
    signoff = signature = None
    for i in reversed(nonblank[-10:]):
        if i <= header_end:
            break
        if p.signoff.match(lines[i]):
            signoff = lines[i].strip()
            after = [lines[j].strip() for j in range(i + 1, len(lines)) if lines[j].strip()]
            if after and len(after[0].split()) <= 6:
                signature = after[0]
            end = i
            break
    start = greeting_at + 1 if greeting_at is not None else header_end
    content = "\n".join(lines[start:end]).strip("\n")
    outside = "\n".join(lines[:start] + lines[end:])

    # A phone script or voicemail is what is said: the quoted lines, not the stage directions.
    if channel in R.SPOKEN:
        quoted = [q.strip() for q in _QUOTED.findall(content) if _count_words(q) >= 3]
        if quoted:
            outside += "\n" + _QUOTED.sub("\n", content)
            content = "\n\n".join(quoted)

    paragraphs = _paragraphs(content)
    sentences = [s for para in paragraphs for s in para]
    greeted = None
    m = p.greeted.match(greeted_line) if greeted_line else (p.greeted.match(sentences[0]) if sentences else None)
    if m:
        greeted = m.group(1).strip()
    intro_name = None
    for sentence in sentences[:2]:
        m = p.intro_name.search(sentence)
        if m:
            intro_name = _leading_name(m.group(1))
            if intro_name:
                break
    return _Draft(
        had_markup=had_markup,
        markup_sample=sample,
        subject=" ".join(_straighten(_CONTROL.sub(" ", subject)).split()) if subject is not None else found_subject,
        reference=reference,
        greeted=greeted,
        intro_name=intro_name,
        signoff=signoff,
        signature=signature,
        content=content,
        outside=outside,
        sentences=sentences,
        paragraphs=paragraphs,
        words=_count_words(content),
    )


def _leading_name(value: str, max_words: int = 5) -> str:
    """The run of capitalized words at the start of ``value`` ("Ana García, calling" -> "Ana García").
    It ends at a comma or at a full stop that is not an abbreviation's ("Acme Corp. is" keeps "Corp")."""
    words: list[str] = []
    for word in value.split()[:max_words]:
        bare = word.strip("'\"()")
        if not (bare[:1].isupper() or (words and bare.lower() in R.NAME_CONNECTORS)):
            break
        clean = (bare[:-2] if bare.endswith("'s") else bare).rstrip(".,;:!?")
        if clean:
            words.append(clean)
        if bare[-1:] in ",;:!?" or (bare.endswith(".") and clean.lower() not in _ABBREVIATIONS):
            break
    while words and words[-1].lower() in R.NAME_CONNECTORS:
        words.pop()
    return " ".join(words)


# --- comparing names ---------------------------------------------------------------------------------
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _fold(value: str) -> str:
    """Case- and accent-insensitive form, so "García" matches "Garcia"."""
    if value.isascii():
        return value.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", value)).casefold()


def _tokens(value: str, drop: frozenset[str] = frozenset()) -> set[str]:
    """The distinct words of ``value``, folded, with a plural "s" dropped ("positions" ~ "position")."""
    out = set()
    for token in set(_TOKEN.findall(_fold(value))):
        if len(token) > 3 and token.endswith("s"):
            token = token[:-1]
        if token not in drop:
            out.add(token)
    return out


def _same_person(written: str, entered: str) -> bool:
    a, b = _tokens(written, R.TITLES), _tokens(entered, R.TITLES)
    return not a or not b or bool(a & b)


def _same_company(written: str, entered: str) -> bool:
    a, b = _tokens(written, R.COMPANY_SUFFIXES), _tokens(entered, R.COMPANY_SUFFIXES)
    return not a or not b or a <= b or b <= a or bool(a & b)


def _same_role(written: str, entered: str) -> bool:
    a = _tokens(written, R.GENERIC_ROLE_WORDS | R.FUNCTION_WORDS)
    b = _tokens(entered, R.GENERIC_ROLE_WORDS | R.FUNCTION_WORDS)
    return not a or not b or bool(a & b)


# --- the checks --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Outcome:
    passed: bool
    variant: str = ""  # picks review.<check>.fail.<variant> / .fix.<variant> in the catalogue
    values: dict[str, object] = field(default_factory=dict)


class _Context:
    """What every check sees: the draft read once, the situation, and a few values computed on demand."""

    def __init__(self, draft: _Draft, situation: Situation | None, scenario: str | None, channel: str):
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
        return _fold(self.named)

    @cached_property
    def named_tokens(self) -> set[str]:
        return _tokens(self.named)


Checker = Callable[[_Context], "_Outcome | None"]  # None: does not apply to this draft
_CHECKERS: dict[str, Checker] = {}


def _check(check_id: str) -> Callable[[Checker], Checker]:
    def register(fn: Checker) -> Checker:
        _CHECKERS[check_id] = fn
        return fn

    return register


def _quote(found: Iterable[str], limit: int = 3) -> str:
    """Distinct bits of the draft, each in quotes and shortened, for a reason line."""
    shown: list[str] = []
    seen: set[str] = set()
    for item in found:
        item = " ".join(item.split())
        if not item or _fold(item) in seen:
            continue
        seen.add(_fold(item))
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


def _everywhere(ctx: _Context, pattern: Any, limit: int = 10) -> list[str]:
    """Matches in the message, then in what surrounds it (subject, letterhead, signature)."""
    d = ctx.draft
    found = _matches(pattern, d.content, limit)
    for part in (d.subject, d.outside, d.signoff):
        if part and len(found) < limit:
            found += _matches(pattern, part, limit - len(found))
    return found


@_check("no-placeholders")
def _no_placeholders(ctx: _Context) -> _Outcome:
    entered = " ".join(
        ctx.entered(n) for n in ("candidate_name", "company", "role", "contact_name", "location")
    )
    found = [m for m in _everywhere(ctx, _p().placeholders, 20) if m not in entered]
    return _Outcome(not found, values={"found": _quote(found)})


@_check("details-match")
def _details_match(ctx: _Context) -> _Outcome | None:
    if ctx.situation is None:
        return None
    d, items = ctx.draft, []
    contact, candidate = ctx.entered("contact_name"), ctx.entered("candidate_name")
    company, role = ctx.entered("company"), ctx.entered("role")
    if contact and d.greeted and _tokens(d.greeted, R.TITLES) - R.GENERIC_ADDRESSEES:
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
        return _Outcome(True)
    said = " ".join(
        text(f"review.details-match.item.{kind}", found=_quote([found]), expected=expected)
        for kind, found, expected in items[:2]
    )
    return _Outcome(False, values={"items": said})


def _company_mentions(content: str) -> list[str]:
    p = _p()
    other = {m.end() for m in p.other_employer.finditer(content)}  # "accepted a job with X" is not X
    out = []
    for m in p.company_mention.finditer(content):
        if m.end() in other:
            continue
        name = _leading_name(content[m.end() : m.end() + 80])
        if name and name.lower() not in R.FUNCTION_WORDS:
            out.append(name)
        if len(out) >= 10:
            break
    return out


def _role_mentions(content: str) -> list[str]:
    out = []
    for m in _p().role_before.finditer(content):
        words = m.group(1).split()
        # "the chance to apply for this role" is not a job title; a title has no function words.
        if any(w.lower() in R.FUNCTION_WORDS - R.ROLE_CONNECTORS for w in words):
            continue
        if _tokens(m.group(1), R.GENERIC_ROLE_WORDS):
            out.append(m.group(1).strip())
        if len(out) >= 10:
            break
    return out


@_check("apology-first")
def _apology_first(ctx: _Context) -> _Outcome:
    p = _p()
    if not p.apology.search(ctx.draft.content):
        return _Outcome(False, "missing")
    counted = 0
    for sentence in ctx.draft.sentences:
        if p.apology.search(sentence):
            if counted < R.OPENING_SENTENCES:
                return _Outcome(True)
            return _Outcome(False, "late", {"position": counted + 1})
        if not p.intro.search(sentence):
            counted += 1
    return _Outcome(False, "missing")


@_check("take-responsibility")
def _take_responsibility(ctx: _Context) -> _Outcome:
    return _Outcome(bool(_p().responsibility.search(ctx.draft.content)))


@_check("ask-new-time")
def _ask_new_time(ctx: _Context) -> _Outcome:
    return _Outcome(bool(_p().ask.search(ctx.draft.content)))


def _asks_for_new_time(content: str) -> list[str]:
    """Sentences that ask for another time, leaving out "I am not asking for another date"."""
    p, out = _p(), []
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


def _stepping_back(ctx: _Context, says: re.Pattern[str]) -> _Outcome:
    if not says.search(ctx.draft.content):
        return _Outcome(False, "missing")
    mixed = _asks_for_new_time(ctx.draft.content)
    if mixed:
        return _Outcome(False, "mixed", {"found": _quote(mixed, 1)})
    return _Outcome(True)


@_check("cancel-clearly")
def _cancel_clearly(ctx: _Context) -> _Outcome:
    return _stepping_back(ctx, _p().cancel)


@_check("withdraw-clearly")
def _withdraw_clearly(ctx: _Context) -> _Outcome:
    return _stepping_back(ctx, _p().withdraw)


@_check("arrival-time")
def _arrival_time(ctx: _Context) -> _Outcome:
    return _Outcome(bool(_p().arrival.search(ctx.draft.content)))


def _stated_minutes(ctx: _Context) -> list[int]:
    p, out = _p(), []
    for sentence in ctx.draft.sentences:
        if not (p.arrival.search(sentence) or p.late_words.search(sentence)):
            continue
        for m in p.minutes.finditer(sentence):
            word = m.group(1).lower()
            out.append(int(word) if word.isdigit() else R.NUMBER_WORDS.get(word, 0))
    return [n for n in out if n > 0]


def _entered_eta(ctx: _Context) -> int | None:
    eta = getattr(ctx.situation, "eta_minutes", None)
    return eta if isinstance(eta, int) and not isinstance(eta, bool) and eta > 0 else None


@_check("eta-matches")
def _eta_matches(ctx: _Context) -> _Outcome | None:
    from .clock import resolve_now
    from .formatting import format_time

    eta = _entered_eta(ctx)
    if eta is None:
        return None
    said = _stated_minutes(ctx)
    too_soon = [n for n in said if n < eta]
    if too_soon:
        return _Outcome(False, "minutes", {"said": min(too_soon), "eta": eta})
    try:
        expected = resolve_now(ctx.situation) + timedelta(minutes=eta)
    except (TypeError, ValueError, AttributeError):
        expected = None
    clocks = list(_p().arrival_clock.finditer(ctx.draft.content))
    if expected is not None and clocks:
        for m in clocks:
            stated = _clock_minutes(m)
            if stated is None:
                continue
            wanted = expected.hour * 60 + expected.minute
            # Compare on the clock face; a difference of more than 12 hours is the other side of noon.
            gap = (wanted - stated) % (24 * 60)
            if 2 < gap < 12 * 60:
                return _Outcome(False, "clock", {"said": _clock_text(m), "expected": format_time(expected)})
    if not said and not clocks:
        return None
    return _Outcome(True)


def _clock_minutes(m: re.Match[str]) -> int | None:
    hour, minute, half = int(m.group(1)), int(m.group(2) or 0), m.group(3).lower().replace(".", "")
    if not 1 <= hour <= 12 or minute > 59:
        return None
    return (hour % 12 + (12 if half == "pm" else 0)) * 60 + minute


def _clock_text(m: re.Match[str]) -> str:
    return f"{m.group(1)}:{m.group(2) or '00'} {m.group(3).upper().replace('.', '')}"


@_check("very-late-offer")
def _very_late_offer(ctx: _Context) -> _Outcome | None:
    eta = _entered_eta(ctx)
    if eta is None:
        eta = max(_stated_minutes(ctx), default=0)
    if eta <= R.VERY_LATE_MINUTES:
        return None
    return _Outcome(bool(_p().ask.search(ctx.draft.content)), values={"eta": eta})


@_check("subject-line")
def _subject_line(ctx: _Context) -> _Outcome:
    subject = (ctx.draft.subject or "").strip()
    if not subject:
        return _Outcome(False, "missing")
    p, missing = _p(), []
    purposes = [p.subject_purpose[ctx.scenario]] if ctx.scenario else list(p.subject_purpose.values())
    if not any(purpose.search(subject) for purpose in purposes):
        missing.append("purpose")
    candidate, role = ctx.entered("candidate_name"), ctx.entered("role")
    if candidate and not (_tokens(subject) & _tokens(candidate, R.TITLES)):
        missing.append("name")
    needs_role = ctx.scenario is None or ctx.scenario in R.SUBJECT_NEEDS_ROLE
    if role and needs_role and not _role_among(_tokens(subject), role):
        missing.append("role")
    if missing:
        parts = [text(f"review.subject-line.part.{m}") for m in missing]
        return _Outcome(False, "incomplete", {"missing": _join(parts)})
    return _Outcome(True, "checked" if ctx.situation is not None else "")


def _role_among(tokens: set[str], role: str) -> bool:
    """Whether ``tokens`` include a significant word of the job title ("Warehouse", "Associate")."""
    wanted = _tokens(role, R.GENERIC_ROLE_WORDS | R.FUNCTION_WORDS)
    return not wanted or bool(tokens & wanted)


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return text("review.list.join", first=", ".join(parts[:-1]), last=parts[-1])


def _found_in_content(pattern_name: str) -> Checker:
    def check(ctx: _Context) -> _Outcome:
        found = _matches(getattr(_p(), pattern_name), ctx.draft.content)
        return _Outcome(not found, values={"found": _quote(found)})

    return check


_check("no-blame")(_found_in_content("blame"))
_check("no-invented-excuse")(_found_in_content("excuses"))
_check("no-medical-detail")(_found_in_content("medical"))


@_check("not-over-explained")
def _not_over_explained(ctx: _Context) -> _Outcome:
    found = _matches(_p().explanation, ctx.draft.content, 50)
    return _Outcome(len(found) <= R.MAX_EXPLANATION_CUES, values={"count": len(found), "found": _quote(found)})


@_check("no-better-job")
def _no_better_job(ctx: _Context) -> _Outcome:
    p, content = _p(), ctx.draft.content
    ranked = _matches(p.better_job, content)
    if ranked:
        return _Outcome(False, "ranks", {"found": _quote(ranked)})
    named = []
    for m in p.other_employer.finditer(content):
        name = _leading_name(content[m.end() : m.end() + 80])
        if name and name.lower() not in R.FUNCTION_WORDS:
            named.append(name)
    if named:
        return _Outcome(False, "names", {"found": _quote(named, 1)})
    return _Outcome(True)


@_check("prevention")
def _prevention(ctx: _Context) -> _Outcome | None:
    reason = getattr(ctx.situation, "reason", None) if ctx.situation is not None else None
    if isinstance(reason, str) and reason in _known_reasons():
        if reason not in R.preventable_reasons():
            return None
    elif _p().unpreventable.search(ctx.draft.content) or _p().medical.search(ctx.draft.content):
        return None  # an illness or emergency: there is no step that would have prevented it
    return _Outcome(bool(_p().prevention.search(ctx.draft.content)))


def _known_reasons() -> tuple[str, ...]:
    from .situation import REASONS

    return tuple(REASONS)


@_check("offer-slots")
def _offer_slots(ctx: _Context) -> _Outcome | None:
    d = ctx.draft
    if ctx.situation is not None:
        slots = tuple(s for s in (getattr(ctx.situation, "proposed_slots", ()) or ()) if isinstance(s, datetime))
        if not slots:
            return None
        found = sum(1 for slot in slots if _mentions_day(d.content, slot))
        wanted = min(R.MIN_SLOTS, len(slots))
        return _Outcome(found >= wanted, "entered", {"found": found, "entered": len(slots)})
    p = _p()
    for para in d.paragraphs:
        for i, sentence in enumerate(para):
            if p.availability.search(sentence):
                window = " ".join(para[i : i + 4])
                days = {_fold(m) for m in _matches(p.date_mention, window, 20)}
                times = {_fold(m) for m in _matches(p.time_mention, window, 20)}
                if len(days) >= R.MIN_SLOTS or (days and len(times) >= R.MIN_SLOTS):
                    return _Outcome(True)
    return _Outcome(False)


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
    return bool(re.compile("|".join(forms), _FLAGS).search(content))


@_check("close-warmly")
def _close_warmly(ctx: _Context) -> _Outcome:
    p = _p()
    closing: list[str] = []
    for sentence in reversed(ctx.draft.sentences):  # the last few, not counting contact details
        if len(closing) == R.CLOSING_SENTENCES:
            break
        if not p.contact_line.search(sentence):
            closing.append(sentence)
    if ctx.draft.signoff:
        closing.append(ctx.draft.signoff)
    return _Outcome(any(p.closing.search(s) for s in closing))


@_check("details-named")
def _details_named(ctx: _Context) -> _Outcome | None:
    if ctx.situation is None:
        return None
    company, role = ctx.entered("company"), ctx.entered("role")
    missing = []
    if company:
        core = _tokens(company, R.COMPANY_SUFFIXES)
        if _fold(company) not in ctx.named_folded and not (core and core <= ctx.named_tokens):
            missing.append(text("review.details-named.part.company", company=company))
    if role and not _role_among(ctx.named_tokens, role):
        missing.append(text("review.details-named.part.role", role=role))
    if missing:
        return _Outcome(False, values={"missing": _join(missing)})
    return _Outcome(True)


@_check("name-the-appointment")
def _name_the_appointment(ctx: _Context) -> _Outcome:
    p = _p()
    where = ctx.draft.content + "\n" + (ctx.draft.reference or "")
    missing = []
    if not p.date_mention.search(where):
        missing.append(text("review.name-the-appointment.part.date"))
    if not p.time_mention.search(where):
        missing.append(text("review.name-the-appointment.part.time"))
    if missing:
        return _Outcome(False, values={"missing": _join(missing)})
    return _Outcome(True)


@_check("length")
def _length(ctx: _Context) -> _Outcome:
    low, high = R.LENGTH_LIMITS[ctx.channel]
    words = ctx.draft.words
    values = {"words": words, "low": low, "high": high}
    if words > high:
        return _Outcome(False, "long", values)
    if words < low:
        return _Outcome(False, "short", values)
    return _Outcome(True, "", values)


@_check("formal-register")
def _formal_register(ctx: _Context) -> _Outcome:
    p, d = _p(), ctx.draft
    found = []
    for part in (d.subject, d.content, d.signoff):
        if part:
            found += _matches(p.slang, part) + _matches(p.emoji, part) + _shouting(ctx, part)
    return _Outcome(not found, values={"found": _quote(found, 4)})


# Candidates for shouting: words with no lowercase ASCII letter (capitals, or scripts without case,
# which the loop below drops). Found by one regex, so the Python loop only sees the few candidates.
_CAPITALS = re.compile(r"(?<![^\W\d_])[^\W\d_a-z]{2,}(?![^\W\d_])")


def _shouting(ctx: _Context, value: str) -> list[str]:
    """Words in capitals that read as shouting: one long one, or two in a row ("SO SORRY")."""
    entered = {
        t.upper()
        for n in ("candidate_name", "company", "role", "contact_name", "location", "candidate_email")
        for t in _TOKEN.findall(ctx.entered(n))
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
def _no_markup(ctx: _Context) -> _Outcome:
    return _Outcome(not ctx.draft.had_markup, values={"found": _quote([ctx.draft.markup_sample])})


@_check("readability")
def _readability(ctx: _Context) -> _Outcome | None:
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
    return _Outcome(grade <= R.READABILITY_MAX_GRADE, "", values)


# --- putting it together -----------------------------------------------------------------------------
def _guess_scenario(draft: _Draft) -> str | None:
    where = (draft.subject or "") + "\n" + draft.content
    for scenario, cues in _p().scenario_cues:
        if cues.search(where):
            return scenario
    return None


def _finding(check: R.Check, outcome: _Outcome) -> Finding:
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

    d = _read(raw, channel, subject)
    scenario = getattr(situation, "scenario", None) if situation is not None else None
    guessed = scenario not in SCENARIOS
    if guessed:
        scenario = _guess_scenario(d)
    ctx = _Context(d, situation, scenario, channel)

    findings: list[Finding] = []
    for check in R.CHECKS:
        if not check.applies(scenario, channel):
            continue
        if check.needs_situation and situation is None:
            continue
        outcome = _CHECKERS[check.id](ctx)
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
    _p()
    try:
        import textstat

        textstat.flesch_kincaid_grade("Warm up.")
    except ImportError:
        pass
