"""British English (en-GB): the US messages adapted, not rewritten.

Every message of the grid of tests/test_messages.py (each scenario, state, tone, format, reason and kind)
is composed in en-GB and in US English. The British ones carry no US spelling, sign-off or convention left
(a word list), and each US form the US messages do contain (the list has teeth) comes out in its British
form exactly as often. Dates are day-month ("Tuesday 24 November", a letter's "3 December 2026"), with no
serial comma; times use the 12-hour clock with am/pm, written ("10:00am") and spoken ("10am") alike, as
British style guides write them, so no message mixes "14:30" with "2:30pm".

The en_GB catalogue is a delta of US English (``guide/locale/en_GB/delta-of``): it holds only the entries
British English says differently, and gettext falls back to the US source for the rest. It is checked on
its own too: every entry translated with every ``{field}`` kept, and none that differs from its US source
except by the British spellings below or by one of the deliberate changes listed here; and British
English as a whole (the delta with its fallback) has no US spelling left.
"""

from __future__ import annotations

import re
import string
from datetime import datetime
from functools import lru_cache

import pytest
from babel.messages.pofile import read_po

from guide import FORMATS, SCENARIOS, TONES, compose
from guide.formatting import (
    clock_time,
    date_and_time,
    day_and_date,
    format_time,
    joined,
    letter_date,
    spoken_when,
    written_when,
)
from guide.catalogue import table
from guide.i18n import LOCALE_DIR, translations
from guide.messages import Message, kinds_for

from .conftest import NOW, make_situation
from .test_messages import STATES, _reasons

GB = "en-GB"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

# (name, what US English writes, what British English writes instead). The US pattern must never appear in
# a British message or catalogue entry; where the US messages use it, the British ones use the British form
# exactly as many times.
FORMS: list[tuple[str, str, str]] = [
    ("apologize", r"\bapologiz\w*", r"\bapologis\w*"),
    ("realize", r"\brealiz\w*", r"\brealis\w*"),
    ("organize", r"\borganiz\w*", r"\borganis\w*"),
    ("recognize", r"\brecogniz\w*", r"\brecognis\w*"),
    ("canceled", r"\b[Cc]ancel(?:ed|ing)\b", r"\b[Cc]ancell(?:ed|ing)\b"),
    ("center", r"\bcenters?\b", r"\bcentres?\b"),
    ("favor", r"\bfavor\w*", r"\bfavour\w*"),
    ("color", r"\bcolor\w*", r"\bcolour\w*"),
    ("behavior", r"\bbehavior\w*", r"\bbehaviour\w*"),
    ("honor", r"\bhonor\w*", r"\bhonour\w*"),
    ("counselor", r"\bcounselors?\b", r"\bcounsellors?\b"),
    ("program", r"\bprograms?\b", r"\bprogrammes?\b"),
    ("judgment", r"\bjudgments?\b", r"\bjudgements?\b"),
    ("catalog", r"\bcatalogs?\b", r"\bcatalogues?\b"),
    ("enroll", r"\benroll(?:s|ment)?\b", r"\benrol(?:s|ment)?\b"),
    # A formal close answers the greeting in Britain: "Yours sincerely" to a name, "Yours faithfully" else.
    ("Sincerely,", r"(?m)^Sincerely,$", r"(?m)^Yours (?:sincerely|faithfully),$"),
    # A phone number is called "on" in Britain.
    ("call me at", r"\b(?:[Cc]all me(?: back)?|reach me|be reached) at \+?\d", r"\b(?:[Cc]all me(?: back)?|reach me|be reached) on \+?\d"),
    # Times: "10 AM" in the US, "10am" in Britain.
    ("AM/PM", r"\b\d{1,2}(?::\d{2})? (?:AM|PM)\b", r"\b\d{1,2}(?::\d{2})?(?:am|pm)\b"),
    # Dates: "November 24" in the US, "24 November" in Britain.
    ("month day", rf"\b(?:{MONTHS}) \d{{1,2}}\b", rf"\b\d{{1,2}} (?:{MONTHS})\b"),
    # The serial comma before the last of three times or days offered ("I could do A, B, or C").
    ("serial comma", r"\b(?:could do|available) [^.;\n]*, or\b", r"\b(?:could do|available) [^.;,\n]+, [^.;,\n]+ or\b"),
]

# States the grid of test_messages.py leaves out but a British sentence depends on: withdrawing at short
# notice (the email's and the letter's apology for it).
MORE_STATES: dict[str, dict[str, dict[str, object]]] = {
    "withdraw": {
        "short-notice": {"interview_at": datetime(2026, 11, 21, 10, 0)},
        "late-stage-short-notice": {"interview_at": datetime(2026, 11, 21, 10, 0), "interviews_so_far": 3},
    },
}


# What these checks read: the whole of each message a candidate sends or says, subject included.
def _text(m: Message) -> str:
    return f"{m.subject or ''}\n{m.body}"


@lru_cache(maxsize=None)
def grid(lang: str) -> tuple[tuple[str, Message], ...]:
    """Every message of the grid in ``lang``: (label, message)."""
    out = []
    for scenario in SCENARIOS:
        for state, fields in {**STATES[scenario], **MORE_STATES.get(scenario, {})}.items():
            for tone in TONES:
                for fmt in FORMATS:
                    for reason in _reasons(scenario, fmt):
                        s = make_situation(scenario, tone=tone, interview_format=fmt, reason=reason, language=lang, **fields)
                        for kind in kinds_for(s):
                            out.append((f"{scenario}/{kind} [{state}, {tone}, {fmt}, {reason}]", compose(s, kind)))
    return tuple(out)


def _count(pattern: str, messages) -> int:
    return sum(len(re.findall(pattern, _text(m))) for _, m in messages)


# --- composed messages -----------------------------------------------------------------------------------


def test_every_message_composes_in_british_english_as_in_us_english():
    british, american = grid(GB), grid("en")
    assert [label for label, _ in british] == [label for label, _ in american]
    assert len(british) > 1000
    assert all(m.body.strip() for _, m in british)
    # The kinds, tones, formats and scenarios are all there.
    labels = " ".join(label for label, _ in british)
    for word in (*SCENARIOS, *TONES, *FORMATS):
        assert word in labels


@pytest.mark.parametrize("name, us, gb", FORMS, ids=[f[0] for f in FORMS])
def test_no_us_form_is_left_and_each_one_the_us_messages_use_is_british(name, us, gb):
    british, american = grid(GB), grid("en")
    left = [f"{label}: {re.findall(us, _text(m))}" for label, m in british if re.search(us, _text(m))]
    assert left == [], f"US {name!r} in British messages:\n" + "\n".join(left[:10])
    used = _count(us, american)
    if used:  # the list has teeth: where US English writes it, British English writes its own form instead
        assert _count(gb, british) >= used, (name, used, _count(gb, british))


def test_the_word_list_has_teeth():
    """The US messages really do contain the US forms the list looks for (else it would prove nothing)."""
    american = grid("en")
    for name in ("apologize", "realize", "Sincerely,", "call me at", "AM/PM", "month day", "serial comma"):
        us = next(p for n, p, _ in FORMS if n == name)
        assert _count(us, american) > 0, name


def test_formal_close_answers_the_greeting():
    for label, m in grid(GB):
        if m.parts.salutation is None or m.parts.closing is None:
            continue
        if m.parts.salutation == "Dear Hiring Manager,":
            assert m.parts.closing == "Yours faithfully,", label
        elif m.parts.salutation.startswith("Dear "):
            assert m.parts.closing == "Yours sincerely,", label
        else:
            assert m.parts.closing == "Kind regards,", label


def test_letters_are_dated_day_month_year():
    dates = {m.parts.date for _, m in grid(GB) if m.medium == "letter"}
    assert dates and all(re.fullmatch(rf"\d{{1,2}} (?:{MONTHS}) \d{{4}}", d) for d in dates), dates
    assert "20 November 2026" in dates


def test_every_time_is_on_the_twelve_hour_clock_with_am_or_pm():
    clock = re.compile(r"\b\d{1,2}:\d{2}(?:am|pm)?(?![\w:])")
    for label, m in grid(GB):
        bare = [t for t in clock.findall(_text(m)) if not t.endswith(("am", "pm"))]
        assert bare == [], f"{label}: {bare}\n{m.body}"


def test_spoken_times_drop_the_minutes_nobody_says():
    for label, m in grid(GB):
        if m.medium in ("phone", "voicemail", "text"):
            assert not re.search(r"\d:00", m.body), f"{label}\n{m.body}"
    voicemails = " ".join(m.body for label, m in grid(GB) if m.medium == "voicemail")
    assert re.search(r"\bat 10am\b", voicemails)


def test_a_british_email_reads_as_one():
    s = make_situation("reschedule", language=GB, candidate_phone="07700 900123",
                       proposed_slots=(datetime(2026, 11, 25, 10, 0), datetime(2026, 11, 26, 14, 30),
                                       datetime(2026, 11, 27, 9, 30)))
    m = compose(s, "email")
    assert "our interview at 12 Dock St for the Warehouse Associate position on Tuesday 24 November at 10:00am" in m.body
    assert "- Wednesday 25 November at 10:00am\n- Thursday 26 November at 2:30pm\n- Friday 27 November at 9:30am" in m.body
    assert m.parts.closing == "Yours sincerely,"
    voicemail = compose(make_situation("reschedule", language=GB, tone="warm", candidate_phone="07700 900123"), "voicemail")
    assert "Call me back on 07700 900123. Again, that's 07700 900123." in voicemail.body
    assert "on Tuesday at 10am" in voicemail.body


# --- formatting ------------------------------------------------------------------------------------------


def test_british_dates_and_times():
    at = datetime(2026, 12, 3, 10, 0)
    afternoon = datetime(2026, 12, 3, 14, 30)
    assert letter_date(at, GB) == "3 December 2026"
    assert day_and_date(at, NOW, GB) == "Thursday 3 December"
    assert day_and_date(datetime(2027, 6, 1, 9, 0), NOW, GB) == "Tuesday 1 June 2027"
    assert format_time(at, lang=GB) == "10:00am"
    assert format_time(afternoon, lang=GB) == "2:30pm"
    assert clock_time(at, lang=GB) == "10am"
    assert clock_time(afternoon, lang=GB) == "2:30pm"
    assert written_when(at, NOW, lang=GB) == "on Thursday 3 December at 10:00am"
    assert date_and_time(afternoon, NOW, lang=GB) == "Thursday 3 December at 2:30pm"
    assert spoken_when(datetime(2026, 11, 24, 14, 30), NOW, lang=GB) == "on Tuesday at 2:30pm"
    assert spoken_when(datetime(2026, 11, 27, 10, 0), NOW, lang=GB) == "on Friday the 27th at 10am"
    assert joined(["A", "B", "C"], lang=GB) == "A, B or C"
    # The same moments in US English, for contrast.
    assert letter_date(at, "en") == "December 3, 2026"
    assert joined(["A", "B", "C"], lang="en") == "A, B, or C"


# --- the catalogue ---------------------------------------------------------------------------------------

# Spelling only: British -> US, applied to a British entry it must give back its US source exactly.
SPELLING = {
    "apologise": "apologize", "Apologise": "Apologize", "apologises": "apologizes", "apologising": "apologizing",
    "realise": "realize", "realised": "realized", "recognise": "recognize", "recognises": "recognizes",
    "organisation": "organization", "favourably": "favorably", "centre": "center",
    "cancelling": "canceling", "Cancelling": "Canceling", "counsellor": "counselor", "counsellors": "counselors",
    "realises": "realizes", "practise": "practice",
}

# Changes of more than spelling, each a deliberate choice (key, or msgid for a template sentence without
# a key): the British text in full.
DELIBERATE = {
    "format.paper": "A4",  # British paper, for the printed plan and the letter
    # Times on the 12-hour clock with am/pm, no space, written and spoken alike.
    "format.time": "h:mma",
    "format.time.spoken": "ha",
    "format.time.spoken_minutes": "h:mma",
    "review.arrival-time.fix": "Give a time you can keep, for example: “I expect to arrive by 10:25am.”",
    # Dates day-month, no serial comma.
    "format.day_date": "EEEE d MMMM",
    "format.day_date_year": "EEEE d MMMM y",
    "format.month_day": "d MMMM",
    "format.month_day_year": "d MMMM y",
    "format.letter_date": "d MMMM y",
    "when.dated": "{date} {at}",
    "when.series": "{items} {conj} {last}",
    # Courtesy titles without their dot, in the form's "Address them as" (guide/address.py).
    "address.ms": "Ms or her title, and surname",
    "address.mr": "Mr or his title, and surname",
    "address.courtesy.ms": "Ms",
    "address.courtesy.mr": "Mr",
    "ui.help.address_as": "Rebound never guesses from a name: choose Ms or Mr for “Dear Ms Lee,”, or First name for “Dear Lucy,”.",
    # Words that would read as American in Britain.
    "rule.no-invented-excuses": "Never make up an excuse. Claims like a train strike are easy to check.",
    "rule.follow-up-once": "No reply after about five working days? Follow up once, by phone if you can.",
    "rule.write-while-closed": (
        "When nobody is there to pick up (at night or at the weekend), email now so it is waiting for them, and "
        "call when they are back."
    ),
    "rule.booked-by-agency": (
        "Did a recruitment agency or a Jobcentre book the interview? Let your contact there know before anyone "
        "else: they deal with the employer for you."
    ),
    # A British reader is shown the UK's laws and services first (the rules by country, `rule.countries`).
    "rule.countries": "GB|US",
    # The UK's names for an accommodation and for the help a US workforce center gives.
    "rule.accommodation": (
        "If a disability makes the interview hard, you can ask for a change, for example another time, or an "
        "interview by phone. This is called a reasonable adjustment, and you don't have to name a diagnosis. "
        "Whether the employer must agree depends on the law where you live."
    ),
    "rule.support-services": (
        "Late more than once for the same reason? Ask your Jobcentre work coach about help with bus fares, "
        "fuel or childcare."
    ),
    "review.readability.pass": "Easy to read: about grade {grade} on the Flesch–Kincaid scale.",
    "review.readability.fail": "Hard going: it reads at about grade {grade} on the Flesch–Kincaid scale; aim for {limit} or below.",
    "workshop.role.1": "Cook",
    "workshop.role.5": "Sales Assistant",
    "workshop.company.6": "Harbour Software",
    # Template sentences: the close that answers the greeting, and phone numbers called "on".
    "frame.closing.named": "Yours sincerely,",
    "frame.closing.unnamed": "Yours faithfully,",
    "Call me back at %(phone)s.": "Call me back on %(phone)s.",
    "Please call me at %(phone)s.": "Please call me on %(phone)s.",
    "If anything changes on your side, you can reach me at %(phone)s.": "If anything changes on your side, you can reach me on %(phone)s.",
    "If anything changes on your side, I can be reached at %(phone)s.": "If anything changes on your side, I can be reached on %(phone)s.",
}


@lru_cache(maxsize=1)
def british_catalogue():
    with (LOCALE_DIR / "en_GB" / "LC_MESSAGES" / "rebound.po").open("rb") as fh:
        return [m for m in read_po(fh) if m.id]


def _key(m) -> str:
    return m.context or m.id


def _unspelt(text: str) -> str:
    return re.sub(r"\b\w+\b", lambda w: SPELLING.get(w.group(), w.group()), text)


def _fields(text: str) -> set[str]:
    braces = {name for _, name, _, _ in string.Formatter().parse(text) if name}
    return braces | set(re.findall(r"%\((\w+)\)s", text))


@lru_cache(maxsize=1)
def british_english() -> dict[str, str]:
    """Everything British English says: each key of the tables, and each template sentence, as read
    through the delta and its fallback to the US source."""
    from babel.messages.pofile import read_po as read_template

    with (LOCALE_DIR / "rebound.pot").open("rb") as fh:
        sentences = [m for m in read_template(fh) if m.id and not any(path.startswith("guide/catalogue/") for path, _ in m.locations)]
    gb = translations(GB)
    said = dict(table(GB))
    for m in sentences:
        said[m.context or m.id] = gb.pgettext(m.context, m.id) if m.context else gb.gettext(m.id)
    return said


def test_the_british_catalogue_is_a_delta_whose_entries_are_translated_and_keep_their_fields():
    entries = british_catalogue()
    assert 0 < len(entries) < 100  # the entries that differ, not a copy of the US source
    for m in entries:
        assert m.string and not m.fuzzy, _key(m)
        assert _fields(m.string) == _fields(m.id), _key(m)


@pytest.mark.parametrize("name, us, gb", FORMS, ids=[f[0] for f in FORMS])
def test_no_us_form_is_left_in_british_english(name, us, gb):
    said = british_english()
    assert len(said) > 780
    left = [f"{key}: {value}" for key, value in said.items() if re.search(us, value)]
    assert left == []


def test_each_british_entry_is_its_us_source_but_for_spelling_or_a_listed_change():
    changed_by_spelling, unexpected = [], []
    for m in british_catalogue():
        key = _key(m)
        if key in DELIBERATE:
            assert m.string == DELIBERATE[key], key
            assert m.string != m.id, f"{key} is listed as changed but is not"
        elif m.string != m.id:
            if _unspelt(m.string) == m.id:
                changed_by_spelling.append(key)
            else:
                unexpected.append(f"{key}:\n  US: {m.id}\n  GB: {m.string}")
    assert unexpected == [], "\n".join(unexpected)
    assert set(DELIBERATE) <= {_key(m) for m in british_catalogue()}, "a listed change has no entry"
    assert len(changed_by_spelling) >= 30  # the -ise, -our, -re and -ll- spellings
