"""Each scenario, message kind and reason, declared once, with every fact the guide knows about it.

A scenario ("missed", "late", ...), a kind of message ("phone", ..., and the later ones such as "confirm")
and a reason ("overslept", ...) used to be plain strings whose facts sat in parallel tables across many
modules. Here each is one frozen spec keyed by a ``StrEnum``; the tables the rest of the guide reads
(``SCENARIOS``, ``KINDS``, ``MEDIUM``, the reasons of a scenario, the downloads of a kind, ...) are derived
from these specs, so a new concept is added in one place and ``tests/test_domain.py`` names what it still
lacks (templates, catalogue entries, a plan builder).

The ids are ``StrEnum`` members: ``ScenarioId.MISSED == "missed"``, so a saved file, a form value or a
caller passing the plain string keeps working. Catalogue keys are written out in full in the specs (not
built with f-strings), so searching for a key finds the one place that declares it.

This module imports nothing from the guide: everything else may import it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Mapping


class _Id(StrEnum):
    """An id that is its plain string everywhere it shows: equal to it, hashed like it, and printed like it
    (a tuple of kinds reads ``('phone', 'email')``, as it did before the registry)."""

    def __repr__(self) -> str:
        return repr(self.value)


class ScenarioId(_Id):
    MISSED = "missed"
    LATE = "late"
    RESCHEDULE = "reschedule"
    CANCEL = "cancel"
    WITHDRAW = "withdraw"


class KindId(_Id):
    """A kind of message: the five ways of first getting in touch (channels), then the later messages."""

    PHONE = "phone"
    VOICEMAIL = "voicemail"
    TEXT = "text"
    EMAIL = "email"
    LETTER = "letter"
    REPLY = "reply"
    CONFIRM = "confirm"
    THANKS = "thanks"
    FOLLOW_UP = "follow_up"
    DECLINED = "declined"


ChannelId = KindId  # a channel is a kind of first message; one enum keeps them in one order


class ReasonId(_Id):
    OVERSLEPT = "overslept"
    TRAFFIC = "traffic"
    FAMILY_EMERGENCY = "family_emergency"
    ILLNESS = "illness"
    FORGOT = "forgot"
    CONFUSION = "confusion"
    CONFLICT = "conflict"
    TECHNICAL = "technical"
    ACCEPTED_OFFER = "accepted_offer"
    NOT_INTERESTED = "not_interested"
    OTHER = "other"


class When(StrEnum):
    """Where the interview stands when the candidate comes to the guide; validation reads it."""

    PAST = "past"  # it happened without them: its time must be in the past
    UNDER_WAY = "under_way"  # they are on their way now: its time is close to now
    AHEAD = "ahead"  # it is still to come: its time must be in the future


# --- kinds of message ------------------------------------------------------------------------------------

# The files a message may be downloaded as, and the catalogue key of each one's button.
DOWNLOAD_LABELS: Mapping[str, str] = MappingProxyType({"txt": "ui.take.txt", "eml": "ui.take.eml", "docx": "ui.take.docx"})


@dataclass(frozen=True)
class Kind:
    id: KindId
    medium: KindId  # how it travels: phone, voicemail, text, email or letter
    first: bool  # a first contact (templates/<scenario>/<id>.txt.j2), else a later one (templates/after/)
    # (fewest, most) words of prose; None: no bound. Hiring practice: brief; a voicemail is about 30 seconds.
    budget: tuple[int | None, int | None]
    downloads: tuple[str, ...]  # files offered under it beyond copying: "txt", "eml", "docx"
    label: str  # catalogue key of its tab title
    file_label: str  # catalogue key of its part of a download's file name
    note: str | None = None  # catalogue key of the advice shown with it, if any
    # A later message that is only offered while the candidate may still go to the interview (the thank-you
    # after arriving late): very late, they may be told to come anyway; beyond that, never.
    only_if_can_still_come: bool = False
    # Only for when the employer wrote first: never the message to send first, and read by the draft
    # review as a first message in all but its opening.
    answers_them: bool = False

    @property
    def spoken(self) -> bool:
        """Said aloud (a call, a voicemail): dates are said as people say them."""
        return self.medium in (KindId.PHONE, KindId.VOICEMAIL)

    @property
    def letterform(self) -> bool:
        """A written message with a salutation and a sign-off (an email or a letter)."""
        return self.medium in (KindId.EMAIL, KindId.LETTER)

    def template(self, scenario: str) -> str:
        """Its template's name under a language's template folder."""
        return f"{scenario}/{self.id}.txt.j2" if self.first else f"after/{self.id}.txt.j2"


_LATER_BUDGET = (35, 120)
_EMAIL_FILES = ("txt", "eml")

KIND_SPECS: Mapping[KindId, Kind] = MappingProxyType({k.id: k for k in (
    Kind(KindId.PHONE, KindId.PHONE, True, (None, None), ("txt",), "channel.phone", "export.file.phone"),
    Kind(KindId.VOICEMAIL, KindId.VOICEMAIL, True, (None, 75), ("txt",), "channel.voicemail", "export.file.voicemail"),
    Kind(KindId.TEXT, KindId.TEXT, True, (None, 45), ("txt",), "channel.text", "export.file.text",
         note="rule.text-only-if-they-text"),
    Kind(KindId.EMAIL, KindId.EMAIL, True, (90, 150), _EMAIL_FILES, "channel.email", "export.file.email"),
    Kind(KindId.LETTER, KindId.LETTER, True, (None, 170), ("docx", "txt"), "channel.letter", "export.file.letter"),
    Kind(KindId.REPLY, KindId.EMAIL, False, _LATER_BUDGET, _EMAIL_FILES, "channel.reply", "export.file.reply",
         answers_them=True, note="message.reply-note"),
    Kind(KindId.CONFIRM, KindId.EMAIL, False, _LATER_BUDGET, _EMAIL_FILES, "channel.confirm", "export.file.confirm"),
    Kind(KindId.THANKS, KindId.EMAIL, False, _LATER_BUDGET, _EMAIL_FILES, "channel.thanks", "export.file.thanks",
         only_if_can_still_come=True),
    Kind(KindId.FOLLOW_UP, KindId.EMAIL, False, _LATER_BUDGET, _EMAIL_FILES, "channel.follow_up",
         "export.file.follow_up"),
    Kind(KindId.DECLINED, KindId.EMAIL, False, _LATER_BUDGET, _EMAIL_FILES, "channel.declined",
         "export.file.declined"),
)})  # fmt: skip


def kind(kind_id: str) -> Kind:
    return KIND_SPECS[KindId(kind_id)]


# --- reasons ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    id: ReasonId
    label: str  # catalogue key of its choice in the form
    # The candidate's own doing: only these are owned as "my mistake" in a message. Illness, an emergency
    # or a transit strike are nobody's fault, and saying so would be false (hiring practice: no blame,
    # including of oneself where there is none).
    own_doing: bool = False
    # Passes with time: someone canceling for it may still want the job, and moving the interview would
    # serve them better (validate() says so, as a warning; rule "weak-reasons").
    passes_with_time: bool = False
    prevention: str | None = None  # catalogue key of the concrete step that stops it happening again
    # ...worded for once a new time is agreed, where the usual words ("before agreeing to a time") are past.
    prevention_agreed: str | None = None
    # ...worded for a phone interview, where the usual words speak of a video link.
    prevention_phone: str | None = None
    # ...worded for a video or phone interview, where the usual words send the candidate on a journey.
    prevention_remote: str | None = None
    remote_only: bool = False  # happens only where the interview is a call (a device that failed)
    maybe_driving: bool = False  # a late candidate may be at the wheel: stop safely before calling
    about_the_clock: bool = False  # a mix-up of times: every time in the messages carries its zone
    took_other_offer: bool = False  # other employers' interviews are cancelled too

    @property
    def preventable(self) -> bool:
        return self.prevention is not None


R = ReasonId
REASON_SPECS: Mapping[ReasonId, Reason] = MappingProxyType({r.id: r for r in (
    Reason(R.OVERSLEPT, "reason.overslept", own_doing=True, prevention="prevention.overslept"),
    Reason(R.TRAFFIC, "reason.traffic", prevention="prevention.traffic", prevention_remote="prevention.traffic-remote",
           maybe_driving=True),
    Reason(R.FAMILY_EMERGENCY, "reason.family_emergency", passes_with_time=True),
    Reason(R.ILLNESS, "reason.illness", passes_with_time=True),
    Reason(R.FORGOT, "reason.forgot", own_doing=True, prevention="prevention.forgot"),
    Reason(R.CONFUSION, "reason.confusion", own_doing=True, prevention="prevention.confusion",
           prevention_agreed="prevention.confusion-agreed",
           about_the_clock=True),
    Reason(R.CONFLICT, "reason.conflict", own_doing=True, passes_with_time=True, prevention="prevention.conflict",
           prevention_agreed="prevention.conflict-agreed"),
    Reason(R.TECHNICAL, "reason.technical", prevention="prevention.technical", remote_only=True,
           prevention_phone="prevention.technical-phone"),
    Reason(R.ACCEPTED_OFFER, "reason.accepted_offer", took_other_offer=True),
    Reason(R.NOT_INTERESTED, "reason.not_interested"),
    Reason(R.OTHER, "reason.other"),
)})  # fmt: skip


def reason(reason_id: str) -> Reason | None:
    """The reason's spec, or None for a value that is no reason (validate() reports it)."""
    try:
        return REASON_SPECS.get(reason_id)  # type: ignore[call-overload]
    except TypeError:  # a value that can't even be looked up (a list passed from code)
        return None


# --- scenarios -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    """Alex's case in a scenario (``guide.examples``). Times are (days after the example's "now", a Tuesday
    3:30 PM; hour; minute), so the example reads the same on any day."""

    reason: ReasonId
    interview: tuple[int, int, int] | None
    slots: tuple[tuple[int, int, int], ...] = ()
    eta_minutes: int | None = None
    interviews_so_far: int = 0


@dataclass(frozen=True)
class Workshop:
    """What the phone-practice role plays need of a scenario (``guide.workshop.cards``)."""

    timings: tuple[str, ...]  # when it happens: catalogue keys "workshop.timing.<timing>"
    observer_rules: tuple[str, ...]  # rule ids the observer watches in every call of this scenario
    situation: str  # catalogue keys of the cards' lines
    goal: str
    manager: str


@dataclass(frozen=True)
class Scenario:
    id: ScenarioId
    label: str  # catalogue key of its choice in the form
    heading: str  # catalogue key of its heading in the guidance
    reasons: tuple[ReasonId, ...]  # in the order the form offers them
    # The first messages it writes, in page order. A text message is acceptable only for time-critical or
    # logistical news, never for an apology after the fact or a withdrawal (hiring practice).
    channels: tuple[KindId, ...]
    later: tuple[KindId, ...]  # the messages the plan asks for after the first contact, in page order
    once_agreed: tuple[KindId, ...]  # what replaces all of them once a new time is agreed (empty: never)
    interview: When
    # The problem when the interview's time is on the wrong side of now (missed in the future, ...).
    interview_misplaced: str | None
    key_points: tuple[str, ...]  # the rules that matter most, in the order a counselor would say them
    example: Example
    workshop: Workshop
    interview_required: bool = True  # withdrawing before any interview is booked is legitimate
    # A formal letter only where it helps: after a missed interview (source 000), and withdrawing late in a
    # process (hiring practice), where ``letter_needs_late_stage`` drops it from an early withdrawal.
    letter_needs_late_stage: bool = False
    # A few minutes late is one call (its voicemail if nobody answers), or a text where they already text:
    # an email and the offer of another day belong to real lateness (hiring practice: in proportion).
    email_needs_very_late: bool = False
    voicemail_until_agreed: bool = False  # the plan has a call that may go unanswered, until a time is agreed
    warns_passing_reason: bool = False  # backing out of a job one may want: suggest moving it instead
    warns_no_slots: bool = False  # asking for a new time without offering any
    warns_late_stage: bool = True  # after several interviews, call first (withdrawing has its own call)
    moved_before_problem: str = "problem.moved_before"
    # The form's fields that mean something only in some scenarios (``guide.fields``, marked
    # ``per_scenario``) and that this one uses: the form shows them, validate() checks them.
    fields: tuple[str, ...] = ()

    @property
    def on_the_way(self) -> bool:
        """The candidate is on the way now: minutes late and an arrival time mean something."""
        return self.interview is When.UNDER_WAY

    @property
    def after_the_fact(self) -> bool:
        """The interview already went by: days since it count (a slow apology says so)."""
        return self.interview is When.PAST

    @property
    def kinds(self) -> tuple[KindId, ...]:
        """Every kind of message it may write, first contacts first."""
        return tuple(dict.fromkeys(self.channels + self.later + self.once_agreed))


S, K = ScenarioId, KindId
SCENARIO_SPECS: Mapping[ScenarioId, Scenario] = MappingProxyType({s.id: s for s in (
    Scenario(
        S.MISSED, "scenario.missed", "ui.guidance.heading.missed",
        reasons=(R.OVERSLEPT, R.TRAFFIC, R.FAMILY_EMERGENCY, R.ILLNESS, R.FORGOT, R.CONFUSION, R.CONFLICT,
                 R.TECHNICAL, R.OTHER),
        channels=(K.PHONE, K.VOICEMAIL, K.EMAIL, K.LETTER),
        later=(K.REPLY, K.FOLLOW_UP, K.DECLINED),
        # The letter goes even once a new time is settled: it thanks them for it (apology-letter source).
        once_agreed=(K.CONFIRM, K.LETTER),
        interview=When.PAST, interview_misplaced="problem.missed_in_future",
        voicemail_until_agreed=True,
        # A second move is what the guidance warns against; new times may be offered and agreed.
        fields=("times_moved", "proposed_slots", "agreed_at"),
        # The unusual cases (booked by an agency, no phone number, days gone by) are in the full list and
        # in the chapters' "if..." sections, so the key points stay short.
        key_points=("check-messages", "call-first", "no-answer", "take-responsibility", "honest-brief",
                    "personal-matter", "ask-new-time", "offer-slots", "prevention", "email-after-call"),
        # Missed an in-person interview this morning because of traffic; offers two new times.
        example=Example(R.TRAFFIC, (0, 10, 0), slots=((2, 10, 0), (3, 14, 0))),
        workshop=Workshop(
            ("missed_this_morning", "missed_yesterday"), ("take-responsibility", "honest-brief", "ask-new-time"),
            "workshop.card.situation.missed", "workshop.card.goal.missed", "workshop.card.manager.context.missed",
        ),
    ),
    Scenario(
        S.LATE, "scenario.late", "ui.guidance.heading.late",
        reasons=(R.OVERSLEPT, R.TRAFFIC, R.FAMILY_EMERGENCY, R.ILLNESS, R.CONFUSION, R.TECHNICAL, R.OTHER),
        channels=(K.PHONE, K.VOICEMAIL, K.TEXT, K.EMAIL),
        later=(K.REPLY, K.THANKS),
        # No letter for lateness: the confirmation thanks them for the new time.
        once_agreed=(K.CONFIRM,),
        interview=When.UNDER_WAY, interview_misplaced=None,  # its own window: problem.late_long_ago / _too_early
        voicemail_until_agreed=True, email_needs_very_late=True,
        # Very late candidates offer to come another time, so they may offer and agree times too.
        fields=("eta_minutes", "times_moved", "proposed_slots", "agreed_at"),
        key_points=("call-order", "realistic-eta", "offer-reschedule-if-very-late", "no-answer", "honest-brief",
                    "text-only-if-they-text", "on-arrival"),
        # On a slow bus at 3:30 PM, 40 minutes from a 3:45 PM interview: Alex calls before the start, as the
        # chapter says to, and will be 25 minutes late, more than 20, so offers another time.
        example=Example(R.TRAFFIC, (0, 15, 45), slots=((2, 10, 0),), eta_minutes=40),
        workshop=Workshop(
            ("late_10", "late_30"), ("take-responsibility", "realistic-eta", "honest-brief"),
            "workshop.card.situation.late", "workshop.card.goal.late", "workshop.card.manager.context.late",
        ),
    ),
    Scenario(
        S.RESCHEDULE, "scenario.reschedule", "ui.guidance.heading.reschedule",
        reasons=(R.FAMILY_EMERGENCY, R.ILLNESS, R.CONFLICT, R.OTHER),
        channels=(K.PHONE, K.VOICEMAIL, K.TEXT, K.EMAIL),
        later=(K.FOLLOW_UP, K.DECLINED),
        once_agreed=(K.CONFIRM,),
        interview=When.AHEAD, interview_misplaced="problem.already_passed",
        voicemail_until_agreed=True, warns_no_slots=True, moved_before_problem="problem.moved_before_reschedule",
        fields=("times_moved", "proposed_slots", "agreed_at"),
        key_points=("act-fast", "call-first", "offer-slots", "reschedule-once", "personal-matter",
                    "confirm-received", "confirm-in-writing"),
        # A conflicting appointment on Thursday; asks to move it and offers two times.
        example=Example(R.CONFLICT, (2, 10, 0), slots=((6, 10, 0), (7, 14, 0))),
        workshop=Workshop(
            ("reschedule_tomorrow", "reschedule_next_week"), ("honest-brief", "ask-new-time", "offer-slots"),
            "workshop.card.situation.reschedule", "workshop.card.goal.reschedule",
            "workshop.card.manager.context.reschedule",
        ),
    ),
    Scenario(
        S.CANCEL, "scenario.cancel", "ui.guidance.heading.cancel",
        reasons=(R.FAMILY_EMERGENCY, R.ILLNESS, R.CONFLICT, R.ACCEPTED_OFFER, R.NOT_INTERESTED, R.OTHER),
        channels=(K.PHONE, K.VOICEMAIL, K.TEXT, K.EMAIL),
        later=(),
        once_agreed=(),
        interview=When.AHEAD, interview_misplaced="problem.already_passed",
        warns_passing_reason=True,
        key_points=("move-rather-than-cancel", "cancel-notice", "cancel-clearly", "personal-matter", "thank-them",
                    "confirm-received"),
        # No longer interested; cancels Thursday's interview two days ahead.
        example=Example(R.NOT_INTERESTED, (2, 10, 0)),
        workshop=Workshop(
            ("cancel_tomorrow", "cancel_in_three_days"), ("cancel-clearly", "honest-brief", "thank-them"),
            "workshop.card.situation.cancel", "workshop.card.goal.cancel", "workshop.card.manager.context.cancel",
        ),
    ),
    Scenario(
        S.WITHDRAW, "scenario.withdraw", "ui.guidance.heading.withdraw",
        reasons=(R.ACCEPTED_OFFER, R.NOT_INTERESTED, R.OTHER),
        channels=(K.PHONE, K.VOICEMAIL, K.EMAIL, K.LETTER),
        later=(),
        once_agreed=(),
        # The date here is the interview being given up; past interviews are counted in interviews_so_far.
        interview=When.AHEAD, interview_misplaced="problem.withdraw_past_interview", interview_required=False,
        letter_needs_late_stage=True, warns_late_stage=False,
        key_points=("offer-accepted-first", "withdraw-call-late-stage", "withdraw-clearly", "no-other-employer",
                    "future-roles", "withdraw-not-needed"),
        # Accepted another offer after two interviews; withdraws before the third.
        example=Example(R.ACCEPTED_OFFER, (2, 10, 0), interviews_so_far=2),
        workshop=Workshop(
            ("withdraw_after_two", "withdraw_after_three"),
            ("withdraw-clearly", "no-other-employer", "thank-them"),
            "workshop.card.situation.withdraw", "workshop.card.goal.withdraw",
            "workshop.card.manager.context.withdraw",
        ),
    ),
)})  # fmt: skip
del S, K, R


def scenario(scenario_id: str) -> Scenario | None:
    """The scenario's spec, or None for a value that is no scenario (validate() reports it)."""
    try:
        return SCENARIO_SPECS.get(scenario_id)  # type: ignore[call-overload]
    except TypeError:  # a value that can't even be looked up (a list passed from code)
        return None


# --- derived tables: what the rest of the guide reads ------------------------------------------------------

SCENARIOS: tuple[ScenarioId, ...] = tuple(SCENARIO_SPECS)
REASON_IDS: tuple[ReasonId, ...] = tuple(REASON_SPECS)
# The one order of the message tabs, whatever the situation offers: the first contact, then what follows.
KINDS: tuple[KindId, ...] = tuple(KIND_SPECS)
CHANNELS: tuple[KindId, ...] = tuple(k for k in KINDS if KIND_SPECS[k].first)  # the first contacts
AFTER_KINDS: tuple[KindId, ...] = tuple(k for k in KINDS if not KIND_SPECS[k].first)
MEDIUM: Mapping[KindId, KindId] = MappingProxyType({k: spec.medium for k, spec in KIND_SPECS.items()})
DOWNLOADS: Mapping[KindId, tuple[str, ...]] = MappingProxyType({k: s.downloads for k, s in KIND_SPECS.items()})
SPOKEN: tuple[KindId, ...] = tuple(k for k in CHANNELS if KIND_SPECS[k].spoken)
WRITTEN: tuple[KindId, ...] = tuple(k for k in CHANNELS if KIND_SPECS[k].letterform)
# Reason -> the scenarios it fits ("overslept" explains a missed or late interview, not a withdrawal).
REASONS: Mapping[ReasonId, tuple[ScenarioId, ...]] = MappingProxyType({
    r: tuple(s for s, spec in SCENARIO_SPECS.items() if r in spec.reasons) for r in REASON_IDS
})


def channels_for(scenario_id: str) -> tuple[KindId, ...]:
    """The first messages a scenario writes, in page order (none for an unknown scenario)."""
    spec = scenario(scenario_id)
    return spec.channels if spec else ()


def reasons_for(scenario_id: str) -> tuple[ReasonId, ...]:
    """The reasons that fit a scenario, in the order a form should offer them."""
    spec = scenario(scenario_id)
    return spec.reasons if spec else ()
