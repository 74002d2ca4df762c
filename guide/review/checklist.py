"""What the draft review checks, as data: which rule each check enforces, how much it matters, where it
applies, and the thresholds the checks use. The word lists are in ``phrases`` and ``vocabulary``.

Each check cites a guidance rule of ``guide/rules.py``, so the review, the plan and the messages share
one statement of each rule and its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..catalogue import table
from ..domain import AFTER_KINDS, CHANNELS, KIND_SPECS, SPOKEN, WRITTEN  # noqa: F401 (reading reads checklist.SPOKEN)
from ..policy import MIN_SLOTS  # noqa: F401 (the checks read checklist.MIN_SLOTS)
from ..rules import BY_ID, Rule
from .language import ENGLISH, can_read

MUST, SHOULD, STYLE = "must", "should", "style"
# "Worth a look": something that may be fine (a true but unusual reason), pointed out, never a failure.
NOTE = "note"
SEVERITIES = (MUST, SHOULD, STYLE, NOTE)  # most important first
# How much a check weighs in the 0-100 score: a missing apology matters more than a long sentence; a
# note weighs nothing.
WEIGHTS = {MUST: 3, SHOULD: 2, STYLE: 1, NOTE: 0}

# WRITTEN (email, letter) and SPOKEN (phone, voicemail) come from guide.domain with the channels.
EVERY_CHANNEL = CHANNELS


def guidance_rule(rule_id: str) -> Rule:
    """The guidance rule a check cites."""
    return BY_ID[rule_id]


@dataclass(frozen=True)
class Check:
    """One line of the review. ``where`` maps each scenario it applies to onto the channels it applies to;
    ``None`` means every scenario, and also a draft whose scenario is unknown, on ``channels``."""

    id: str
    rule_id: str
    severity: str
    where: dict[str, tuple[str, ...]] | None = None
    channels: tuple[str, ...] = EVERY_CHANNEL
    needs_situation: bool = False  # compares the draft with what the candidate entered
    must_on: tuple[str, ...] = ()  # channels where a failure is a must-fix whatever ``severity`` says
    # The languages whose drafts it can read (base tags, so "en" covers US and British English); None:
    # any language, because it reads no words of the draft (lengths, gaps, names, dates and times) or
    # only words each language gives as data (``guide.review.language``).
    languages: tuple[str, ...] | None = None
    # In a language it cannot read, it still compares the draft with the form when there is one (the
    # times entered, found by their CLDR day and month names), leaving out what needs English words.
    compares_in_any_language: bool = False

    def severity_on(self, channel: str) -> str:
        return MUST if channel in self.must_on else self.severity

    def applies(self, scenario: str | None, channel: str) -> bool:
        if self.where is None:
            return channel in self.channels
        return scenario is not None and channel in self.where.get(scenario, ())

    def reads(self, language: str, with_situation: bool = False) -> bool:
        """Whether it can be applied to a draft in ``language``."""
        return can_read(self.languages, language) or (self.compares_in_any_language and with_situation)

    @property
    def rule(self) -> Rule:
        return guidance_rule(self.rule_id)


def _on(channels: tuple[str, ...], *scenarios: str) -> dict[str, tuple[str, ...]]:
    return {s: channels for s in scenarios}


# In order of importance: findings of equal severity are listed in this order.
CHECKS: tuple[Check, ...] = (
    Check("no-placeholders", "details-right", MUST),
    Check("details-match", "details-right", MUST, needs_situation=True),
    Check("apology-first", "apology-first", MUST, _on(EVERY_CHANNEL, "missed", "late"), languages=ENGLISH),
    # A text is a two-line heads-up while on the way; the call, voicemail and email carry the ownership.
    Check(
        "take-responsibility",
        "take-responsibility",
        MUST,
        {"missed": EVERY_CHANNEL, "late": ("phone", "voicemail", "email", "letter")},
        languages=ENGLISH,
    ),
    Check("ask-new-time", "ask-new-time", MUST, _on(EVERY_CHANNEL, "missed", "reschedule"), languages=ENGLISH),
    Check("cancel-clearly", "cancel-clearly", MUST, _on(EVERY_CHANNEL, "cancel"), languages=ENGLISH),
    Check("withdraw-clearly", "cancel-clearly", MUST, _on(EVERY_CHANNEL, "withdraw"), languages=ENGLISH),
    # The follow-up letter is written after the day, when there is no arrival time left to give.
    Check("arrival-time", "realistic-eta", MUST, _on(("phone", "voicemail", "text", "email"), "late")),
    Check(
        "eta-matches",
        "realistic-eta",
        MUST,
        _on(("phone", "voicemail", "text", "email"), "late"),
        needs_situation=True,
    ),
    Check("subject-line", "subject-line", SHOULD, channels=("email",)),
    Check("no-blame", "no-blame", SHOULD, languages=ENGLISH),
    # A jury summons, a lock-out, a robbery or a transit strike happen to candidates too: if true, it is
    # worth one plain sentence, so the check only asks them to look again.
    Check("no-invented-excuse", "no-invented-excuses", NOTE, languages=ENGLISH),
    Check("no-medical-detail", "no-medical-detail", SHOULD, languages=ENGLISH),
    Check("not-over-explained", "honest-brief", SHOULD, languages=ENGLISH),
    Check("no-better-job", "no-other-employer", SHOULD, _on(EVERY_CHANNEL, "cancel", "withdraw"), languages=ENGLISH),
    Check(
        "very-late-offer",
        "offer-reschedule-if-very-late",
        SHOULD,
        _on(("phone", "voicemail", "text", "email"), "late"),
        languages=ENGLISH,
    ),
    # 001 puts the prevention step into the call and the email that follow a missed interview; a
    # voicemail stays short, and a late candidate promises it in the letter written afterwards.
    Check(
        "prevention",
        "prevention",
        SHOULD,
        {"missed": ("phone", "email", "letter"), "late": ("letter",)},
        languages=ENGLISH,
    ),
    # Slots go where the request is made in full; a missed-interview letter follows the call and email.
    Check(
        "offer-slots",
        "offer-slots",
        SHOULD,
        {"missed": ("phone", "email"), "reschedule": ("phone", "voicemail", "email", "letter")},
        languages=ENGLISH,
        compares_in_any_language=True,
    ),
    # A phone script branches on what they answer, so it has no single last line to judge.
    Check("close-warmly", "close-warmly", SHOULD, channels=("voicemail", "email", "letter", "text"), languages=ENGLISH),
    Check("details-named", "details-right", SHOULD, channels=WRITTEN, needs_situation=True),
    Check(
        "name-the-appointment",
        "name-the-appointment",
        SHOULD,
        _on(("letter",), "missed", "late", "reschedule", "cancel"),
    ),
    Check("length", "keep-it-short", SHOULD, channels=("voicemail", "email", "letter", "text")),
    # Text-speak in an email or a letter ("hey", "thx", "!!", all in lower case) is what a recruiter notices first.
    Check("formal-register", "formal-register", SHOULD, must_on=WRITTEN, languages=ENGLISH),
    Check("no-markup", "details-right", SHOULD),
    Check("readability", "plain-words", STYLE, channels=("voicemail", "email", "letter", "text"), languages=ENGLISH),
)

CHECK_BY_ID: dict[str, Check] = {c.id: c for c in CHECKS}

# --- thresholds ------------------------------------------------------------------------------------
# Each channel's budget (hiring practice: an email or letter body of about 100-150 words; the messages
# of this guide keep to the same budgets). ``aim`` is what a candidate is told to aim for; ``most`` the
# word count a draft fails above. An email's 90-150 is a guide ("about"), so it fails only a fifth
# over; a letter goes on paper and stops at 170; a voicemail is about 30 seconds spoken (~75 words at
# a calm pace, a few more tolerated); a text is at most 45 words in at most three sentences.
@dataclass(frozen=True)
class Budget:
    aim_low: int
    aim_high: int
    most: int
    most_sentences: int | None = None


BUDGETS: dict[str, Budget] = {
    "email": Budget(90, 150, 180),
    "letter": Budget(90, 170, 170),
    "voicemail": Budget(0, 75, 85),
    "text": Budget(0, 45, 45, most_sentences=3),
}
# US school grade (Flesch-Kincaid). Plain-language guides aim at 8; a formal letter with dates in it
# reads around 10-12. Above 12, a stressed reader on a phone struggles.
READABILITY_MAX_GRADE = 12.0
READABILITY_MIN_WORDS = 30  # the formulas mean little for a two-line text
OPENING_SENTENCES = 3  # "first" = among the first three sentences after greeting and self-introduction
CLOSING_SENTENCES = 3
MAX_EXPLANATION_CUES = 2  # one sentence of reason is enough; a third "because/then" is a story
STRENGTHS_SHOWN = 2  # what the summary praises before the one thing to fix
# A draft with no apology anywhere never scores full marks where one is expected (moving an interview
# asks them to change plans; an unknown draft is most likely an apology that forgot to say sorry).
APOLOGY_EXPECTED = (None, "missed", "late", "reschedule")
# The messages the plan asks for after the first one, but a reply to the employer's own message (a first
# message in all but its opening).
LATER_MESSAGES = tuple(kind for kind in AFTER_KINDS if not KIND_SPECS[kind].answers_them)
NO_APOLOGY_MOST = 90
MUST_FAILED_MOST = 60  # with anything to fix at "must" level, a draft is not more than halfway there
QUOTE_MAX = 40  # characters of the draft quoted back in a reason

@lru_cache(maxsize=1)
def preventable_reasons() -> frozenset[str]:
    """Reasons with a concrete prevention step: those the catalogue has advice for ("prevention.<reason>").
    A function, not a constant, so importing this module does not load the whole catalogue."""
    return frozenset(key.split(".", 1)[1] for key in table() if key.startswith("prevention."))
