"""The numbers of the draft review: how much each severity weighs, each channel's word budget, the
thresholds the checks use, and how much of a draft is read at all. Internal to ``guide.review``.

Nothing here imports another module of ``guide.review``: every module of the review may read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..catalogue import table
from ..domain import AFTER_KINDS, KIND_SPECS
from ..policy import MIN_SLOTS  # noqa: F401  (the checks read policy.MIN_SLOTS)

MUST, SHOULD, STYLE = "must", "should", "style"
# "Worth a look": something that may be fine (a true but unusual reason), pointed out, never a failure.
NOTE = "note"
SEVERITIES = (MUST, SHOULD, STYLE, NOTE)  # most important first
# How much a check weighs in the 0-100 score: a missing apology matters more than a long sentence; a
# note weighs nothing.
WEIGHTS = {MUST: 3, SHOULD: 2, STYLE: 1, NOTE: 0}

# --- whether a draft can be read in its language -------------------------------------------------------
# A draft in a language has about a third of its words among that language's small function words
# ("de", "la", "que": ``review.read.function_words``); an English draft read as Spanish, under one in
# twenty ("a", "me"). Below this share, in a draft long enough to tell, the checks that read words cannot
# judge it: the review says so and gives no score.
KNOWN_SHARE = 0.1
KNOWN_MIN_WORDS = 8

# --- how much is read -----------------------------------------------------------------------------
# The review reads the first 10,000 characters of a draft and says so when there is more. The longest
# message the guide writes is a letter of at most 170 words (about 1,100 characters); 10,000 is some
# 1,700 words, ten times any channel's budget, so whatever a candidate really means to send is read
# whole, and the length check still fails a long draft. A cap keeps every review of a pasted book (or
# of 200 KB of dots) as quick as the review of one letter: the panel re-reviews on each edit, and one
# participant's paste must not hold a core of the room's server.
DRAFT_CAP = 10_000
# A subject line is a few words (mail clients show about 60 characters); 300 is already far too long.
SUBJECT_CAP = 300


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
# A story told in few linking words ("The bus was full. The next one was stuck. My phone died."): more
# than one sentence about what went wrong (``review.read.story`` words: the bus, the alarm, the maps
# app, "then", a frustrating morning) that together take at least this share of the message's words.
# One plain sentence of reason in a 60-word email is a sixth of it; the chapter's example, whose story
# takes two of its five sentences, is about half (tests/review_calibration holds both sides).
STORY_SENTENCES = 2
STORY_SHARE = 0.4
STRENGTHS_SHOWN = 2  # what the summary praises before the one thing to fix
# A draft with no apology anywhere never scores full marks where one is expected (moving an interview
# asks them to change plans; an unknown draft is most likely an apology that forgot to say sorry).
APOLOGY_EXPECTED = (None, "missed", "late", "reschedule")
# The messages the plan asks for after the first one, but a reply to the employer's own message (a first
# message in all but its opening).
LATER_MESSAGES = tuple(kind for kind in AFTER_KINDS if not KIND_SPECS[kind].answers_them)
NO_APOLOGY_MOST = 90
# With anything to fix at "must" level, a draft is not ready: its score is scaled into 0-49, below
# the half-way mark a reader takes for "nearly there".
MUST_FAILED_MOST = 49
QUOTE_MAX = 40  # characters of the draft quoted back in a reason


@lru_cache(maxsize=1)
def preventable_reasons() -> frozenset[str]:
    """Reasons with a concrete prevention step: those the catalogue has advice for ("prevention.<reason>").
    A function, not a constant, so importing this module does not load the whole catalogue."""
    return frozenset(key.split(".", 1)[1] for key in table() if key.startswith("prevention."))
