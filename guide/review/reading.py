"""Reading a draft for the review: plain text out of whatever was pasted, taken apart into subject,
greeting, message, sign-off and sentences. Internal to ``guide.review``.

Everything here is bounded: regular expressions that cannot backtrack without bound (no nested
repetition; where a repeated class meets what follows it, the run is possessive or tried from its
start only), and loops over lines or matches that stop early. ``run`` also reads no more than
``policy.DRAFT_CAP`` characters; ``benchmarks/review_adversarial.py`` times the worst drafts of that size.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from . import vocabulary
from .matching import patterns

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
# A run of end marks is tried from its first mark only (the lookbehind) and taken whole (possessive):
# "...." followed by a letter is then one failed try, not one per dot, each rescanning the run.
_SENTENCE_END = re.compile(r"(?<![.!?\u2026])[.!?\u2026]++[\"')\]]*+(?=\s|$)")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "vs", "etc", "e.g", "i.e", "a.m", "p.m", "no",
     "inc", "ltd", "co", "corp", "mt", "ft", "approx", "dept", "u.s", "mx"}
)
_QUOTED = re.compile(r'"([^"]{1,20000})"')


@dataclass
class Draft:
    """A draft taken apart: its subject, greeting, message, sign-off and what surrounds them."""

    had_markup: bool
    markup_sample: str
    subject: str | None
    reference: str | None  # a letter's "Re:" line
    greeting: str | None  # the greeting line itself ("Dear Ms. Lee,"), when it stands on its own line
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
    p = patterns()
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


def _sentences(unit: str, abbreviations: frozenset[str] = frozenset()) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(unit):
        if unit[m.start()] == ".":
            before = unit[max(start, m.start() - 12) : m.start()].rsplit(None, 1)
            word = before[-1].lower() if before else ""
            if word in _ABBREVIATIONS or word in abbreviations or (len(word) == 1 and word.isalpha()):
                continue
        piece = unit[start : m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    rest = unit[start:].strip()
    if rest:
        out.append(rest)
    return out


def _paragraphs(content: str, abbreviations: frozenset[str] = frozenset()) -> list[list[str]]:
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
        sentences = [s for u in units for s in _sentences(u, abbreviations)]
        if sentences:
            out.append(sentences)
    return out


_NON_WORD = re.compile(r"(?<!\S)(?:[^\w\s]|_)++(?!\S)")  # a "word" of punctuation or emoji only


def count_words(value: str) -> int:
    return len(value.split()) - len(_NON_WORD.findall(value))


def read_draft(raw: str, channel: str, subject: str | None, spoken: bool = False) -> Draft:
    """``raw`` taken apart; a letter's "Re:" line is its reference, not a subject. ``spoken``: a phone
    script or voicemail, whose quoted lines are what is said."""
    p = patterns()
    body, had_markup, sample = _normalize(raw)
    lines = body.split("\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    found_subject: str | None = None
    reference: str | None = None

    # The greeting line ("Dear Ms. Lee,") ends the header: letterhead, date, subject or "Re:" line.
    greeting_at = next(
        (i for i in nonblank[:15] if i != nonblank[-1] and _is_salutation(lines[i]) and p.greeting_line.match(lines[i])),
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
    if spoken:
        quoted = [q.strip() for q in _QUOTED.findall(content) if count_words(q) >= 3]
        if quoted:
            outside += "\n" + _QUOTED.sub("\n", content)
            content = "\n\n".join(quoted)

    paragraphs = _paragraphs(content, p.abbreviations)
    sentences = [s for para in paragraphs for s in para]
    greeted = None
    m = p.greeted.match(greeted_line) if greeted_line else (p.greeted.match(sentences[0]) if sentences else None)
    if m:
        greeted = m.group(1).strip()
    intro_name = None
    for sentence in sentences[:2]:
        m = p.intro_name.search(sentence)
        if m:
            intro_name = leading_name(m.group(1))
            if intro_name:
                break
    return Draft(
        had_markup=had_markup,
        markup_sample=sample,
        subject=" ".join(_straighten(_CONTROL.sub(" ", subject)).split()) if subject is not None else found_subject,
        reference=reference,
        greeting=greeted_line.strip() if greeted_line else None,
        greeted=greeted,
        intro_name=intro_name,
        signoff=signoff,
        signature=signature,
        content=content,
        outside=outside,
        sentences=sentences,
        paragraphs=paragraphs,
        words=count_words(content),
    )


def _is_salutation(line: str) -> bool:
    """A line that only greets ("Dear Ms. Lee,", "Hello Jane"), not a message that starts with a
    greeting word ("Hey it's Tom, running late, be there soon.")."""
    words = line.split()
    return len(words) <= 8 and (line.rstrip().endswith((",", ":")) or len(words) <= 4)


def leading_name(value: str, max_words: int = 5) -> str:
    """The run of capitalized words at the start of ``value`` ("Ana García, calling" -> "Ana García").
    It ends at a comma or at a full stop that is not an abbreviation's ("Acme Corp. is" keeps "Corp")."""
    words: list[str] = []
    for word in value.split()[:max_words]:
        bare = word.strip("'\"()")
        if not (bare[:1].isupper() or (words and bare.lower() in vocabulary.NAME_CONNECTORS)):
            break
        clean = (bare[:-2] if bare.endswith("'s") else bare).rstrip(".,;:!?")
        if clean:
            words.append(clean)
        if bare[-1:] in ",;:!?" or (bare.endswith(".") and clean.lower() not in _ABBREVIATIONS):
            break
    while words and words[-1].lower() in vocabulary.NAME_CONNECTORS:
        words.pop()
    return " ".join(words)


# --- what the draft is about ------------------------------------------------------------------------
def guess_scenario(draft: Draft) -> str | None:
    where = (draft.subject or "") + "\n" + draft.content
    for scenario, cues in patterns().scenario_cues:
        if cues.search(where):
            return scenario
    return None
