"""What the draft review checks, as data: each check once, in ``CHECKS``, with the rule it enforces, how
much it matters, where it applies and the function that judges a draft (in ``checks_*``). Its id is
written here only; its texts are the catalogue's ``review.<id>.*`` entries (``Check.key``). The
thresholds are in ``policy``, the word lists in ``phrases`` and ``vocabulary``.

Each check cites a guidance rule of ``guide/rules.py``, so the review, the plan and the messages share
one statement of each rule and its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain import CHANNELS, SPOKEN, WRITTEN  # noqa: F401  (reading reads checklist.SPOKEN)
from ..rules import BY_ID, Rule
from . import checks_details, checks_message, checks_style
from .language import ENGLISH, can_read
from .outcome import Checker
from .policy import MUST, NOTE, SEVERITIES, SHOULD, STYLE, WEIGHTS  # noqa: F401  (named here too)

# WRITTEN (email, letter) and SPOKEN (phone, voicemail) come from guide.domain with the channels.
EVERY_CHANNEL = CHANNELS


def guidance_rule(rule_id: str) -> Rule:
    """The guidance rule a check cites."""
    return BY_ID[rule_id]


@dataclass(frozen=True)
class Check:
    """One line of the review. ``where`` maps each scenario it applies to onto the channels it applies to;
    ``None`` means every scenario, and also a draft whose scenario is unknown, on ``channels``."""

    id: str  # also names its catalogue entries, "review.<id>.title" and so on (see ``key``)
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
    # The function that judges a draft (``checks_*``): an ``Outcome``, or None when it does not apply.
    run: Checker = field(kw_only=True)

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

    def key(self, part: str, variant: str = "") -> str:
        """The catalogue key of one of its texts: ``review.<id>.<part>`` ("title", "pass", "fail",
        "fix", "problem", "good"), or ``review.<id>.<part>.<variant>``. The one place such keys are
        made, so ``grep "review.apology-first"`` finds every text of the check in the catalogue."""
        return f"review.{self.id}.{part}.{variant}" if variant else f"review.{self.id}.{part}"


def _on(channels: tuple[str, ...], *scenarios: str) -> dict[str, tuple[str, ...]]:
    return {s: channels for s in scenarios}


# In order of importance: findings of equal severity are listed in this order.
CHECKS: tuple[Check, ...] = (
    Check("no-placeholders", "details-right", MUST, run=checks_details.no_placeholders),
    Check("details-match", "details-right", MUST, needs_situation=True, run=checks_details.details_match),
    Check("apology-first", "apology-first", MUST, _on(EVERY_CHANNEL, "missed", "late"), languages=ENGLISH, run=checks_message.apology_first),
    # A text is a two-line heads-up while on the way; the call, voicemail and email carry the ownership.
    Check(
        "take-responsibility",
        "take-responsibility",
        MUST,
        {"missed": EVERY_CHANNEL, "late": ("phone", "voicemail", "email", "letter")},
        languages=ENGLISH,
        run=checks_message.take_responsibility,
    ),
    Check("ask-new-time", "ask-new-time", MUST, _on(EVERY_CHANNEL, "missed", "reschedule"), languages=ENGLISH, run=checks_message.ask_new_time),
    Check("cancel-clearly", "cancel-clearly", MUST, _on(EVERY_CHANNEL, "cancel"), languages=ENGLISH, run=checks_message.cancel_clearly),
    Check("withdraw-clearly", "withdraw-clearly", MUST, _on(EVERY_CHANNEL, "withdraw"), languages=ENGLISH, run=checks_message.withdraw_clearly),
    # The follow-up letter is written after the day, when there is no arrival time left to give.
    Check("arrival-time", "realistic-eta", MUST, _on(("phone", "voicemail", "text", "email"), "late"), run=checks_message.arrival_time),
    Check(
        "eta-matches",
        "realistic-eta",
        MUST,
        _on(("phone", "voicemail", "text", "email"), "late"),
        needs_situation=True,
        run=checks_message.eta_matches,
    ),
    Check("subject-line", "subject-line", SHOULD, channels=("email",), run=checks_details.subject_line),
    Check("no-blame", "no-blame", SHOULD, languages=ENGLISH, run=checks_message.no_blame),
    # A jury summons, a lock-out, a robbery or a transit strike happen to candidates too: if true, it is
    # worth one plain sentence, so the check only asks them to look again.
    Check("no-invented-excuse", "no-invented-excuses", NOTE, languages=ENGLISH, run=checks_message.no_invented_excuse),
    Check("no-medical-detail", "no-medical-detail", SHOULD, languages=ENGLISH, run=checks_message.no_medical_detail),
    # Any language: a story that fills the message is found by each language's ``review.read.story``
    # words; the count of English linking phrases is added in English.
    Check("not-over-explained", "honest-brief", SHOULD, run=checks_message.not_over_explained),
    Check("no-better-job", "no-other-employer", SHOULD, _on(EVERY_CHANNEL, "cancel", "withdraw"), languages=ENGLISH, run=checks_message.no_better_job),
    Check(
        "very-late-offer",
        "offer-reschedule-if-very-late",
        SHOULD,
        _on(("phone", "voicemail", "text", "email"), "late"),
        languages=ENGLISH,
        run=checks_message.very_late_offer,
    ),
    # 001 puts the prevention step into the call and the email that follow a missed interview; a
    # voicemail stays short, and a late candidate promises it in the letter written afterwards.
    Check(
        "prevention",
        "prevention",
        SHOULD,
        {"missed": ("phone", "email", "letter"), "late": ("letter",)},
        languages=ENGLISH,
        run=checks_message.prevention,
    ),
    # Slots go where the request is made in full; a missed-interview letter follows the call and email.
    Check(
        "offer-slots",
        "offer-slots",
        SHOULD,
        {"missed": ("phone", "email"), "reschedule": ("phone", "voicemail", "email", "letter")},
        languages=ENGLISH,
        compares_in_any_language=True,
        run=checks_message.offer_slots,
    ),
    # A phone script branches on what they answer, so it has no single last line to judge.
    Check("close-warmly", "close-warmly", SHOULD, channels=("voicemail", "email", "letter", "text"), languages=ENGLISH, run=checks_message.close_warmly),
    Check("details-named", "details-right", SHOULD, channels=WRITTEN, needs_situation=True, run=checks_details.details_named),
    Check(
        "name-the-appointment",
        "name-the-appointment",
        SHOULD,
        _on(("letter",), "missed", "late", "reschedule", "cancel"),
        run=checks_details.name_the_appointment,
    ),
    Check("length", "keep-it-short", SHOULD, channels=("voicemail", "email", "letter", "text"), run=checks_style.length),
    # Text-speak in an email or a letter ("hey", "thx", "!!", all in lower case) is what a recruiter notices first.
    Check("formal-register", "formal-register", SHOULD, must_on=WRITTEN, languages=ENGLISH, run=checks_style.formal_register),
    Check("no-markup", "details-right", SHOULD, run=checks_style.no_markup),
    Check("readability", "plain-words", STYLE, channels=("voicemail", "email", "letter", "text"), languages=ENGLISH, run=checks_style.readability),
)

CHECK_BY_ID: dict[str, Check] = {c.id: c for c in CHECKS}
