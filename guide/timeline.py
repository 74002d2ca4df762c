"""``plan()``: what to do, in what order, and by when.

Each step cites the rule it comes from, so the plan view can show the "why" and its source. Due times
are computed from ``now`` and the interview time: a phone call waits for office hours (a call at 9 pm
helps nobody), while an email can go at once and be waiting in the morning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .catalogue import text
from .clock import add_business_days, aligned, is_business_hours, next_business_moment, resolve_now
from .formatting import format_date, format_datetime, format_time
from .rules import rule
from .situation import SHORT_NOTICE, Situation, arrival, is_very_late, minutes_late, require_valid

FOLLOW_UP_BUSINESS_DAYS = 5
CALL_MARGIN = timedelta(minutes=30)  # a call about an interview should reach them before it starts
LATE_STAGE_INTERVIEWS = 2
PREVENTION_REASONS = ("overslept", "traffic", "forgot", "confusion", "technical", "conflict")


@dataclass(frozen=True)
class Step:
    action: str
    channel: str | None  # the message tab this step uses, if any
    due: datetime | None  # None: when a condition is met ("once a new time is agreed")
    why: str
    source: str
    rule_id: str


@dataclass(frozen=True)
class ActionPlan:
    """Ordered steps, most urgent first. Iterable and indexable like the tuple it wraps."""

    steps: tuple[Step, ...]

    def __iter__(self):
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __getitem__(self, index: int) -> Step:
        return self.steps[index]

    @property
    def first(self) -> Step:
        return self.steps[0]


# A step due within this margin of "now" is simply due now.
NOW_MARGIN = timedelta(minutes=1)


def due_label(due: datetime | None, now: datetime) -> str:
    """When a step is due, in words read at a glance: "Right away", "Today, 9:00 AM", "Tomorrow, ...".

    The screen and the printed plan both use this, so they never disagree.
    """
    if due is None:
        return text("plan.due.open")
    now, due = aligned(now, due)
    if due <= now + NOW_MARGIN:
        return text("plan.due.now")
    # Read "today" on the due time's own clock (the interview's date may fall in another UTC offset).
    today = now.astimezone(due.tzinfo).date() if due.tzinfo else now.date()
    if due.date() == today:
        return text("plan.due.today", time=format_time(due))
    if due.date() == today + timedelta(days=1):
        return text("plan.due.tomorrow", time=format_time(due))
    return text("plan.due.date", date=format_date(due), time=format_time(due))


def plan(s: Situation) -> ActionPlan:
    """The action plan for ``s``. Raises ``InvalidSituation`` if ``s`` has errors."""
    require_valid(s)
    return plan_checked(s)


def plan_checked(s: Situation) -> ActionPlan:
    """``plan`` for a situation already validated (``advise`` validates once for everything)."""
    now = resolve_now(s)
    if s.interview_at is not None:
        # Read a naive "now" in the interview's zone (or vice versa) once, so every comparison below works.
        now, _ = aligned(now, s.interview_at)
    steps = _BUILDERS[s.scenario](s, now)
    return ActionPlan(tuple(steps))


def _step(rule_id: str, action: str, channel: str | None, due: datetime | None) -> Step:
    r = rule(rule_id)
    return Step(action=action, channel=channel, due=due, why=r.text, source=r.source, rule_id=rule_id)


def _contact(s: Situation) -> str:
    # A contact never typed in (None, from code rather than the form) reads like an empty one.
    return (s.contact_name or "").strip() or text("plan.someone")


def _after_agreement(s: Situation) -> list[Step]:
    """What to do once a new time is agreed: the same for every scenario that asks for one."""
    steps = [_step("confirm-in-writing", text("step.confirm-new-time"), "email", None)]
    if s.reason in PREVENTION_REASONS:
        action = text("step.prevention", prevention=text(f"prevention.{s.reason}"))
    else:
        action = text("step.prevention-generic")
    steps.append(_step("prevention", action, None, None))
    steps.append(_step("arrive-early", text("step.arrive-early"), None, None))
    return steps


def _missed(s: Situation, now: datetime) -> list[Step]:
    call_at = next_business_moment(now)
    office_open = is_business_hours(now)
    email_action = text("step.email-after-call" if office_open else "step.email-missed-now")
    steps = [
        _step("call-first", text("step.call-missed", contact=_contact(s), company=s.company.strip()), "phone", call_at),
        _step("no-answer", text("step.voicemail"), "voicemail", call_at),
        # The email never waits for office hours: sent tonight, it is read first thing tomorrow.
        _step("email-after-call", email_action, "email", now),
        _step("formal-letter", text("step.letter"), "letter", add_business_days(now, 1)),
        _step("follow-up-once", text("step.follow-up"), "phone", add_business_days(now, FOLLOW_UP_BUSINESS_DAYS)),
        _step("gracious-if-declined", text("step.if-declined"), "email", None),
    ]
    return steps + _after_agreement(s)


def _late(s: Situation, now: datetime) -> list[Step]:
    eta = int(s.eta_minutes or 0)
    arrives = arrival(s)
    very_late = is_very_late(s)
    # Reception exists only at an office: for a call, the interviewer is the one to try next.
    remote = "" if s.interview_format == "in_person" else "-remote"
    key = ("step.call-late-offer" if very_late else "step.call-late") + remote
    # The normal call gives the travel time; the very-late call says how late that makes them.
    call = text(key, contact=_contact(s), eta=eta, late=minutes_late(s), arrival=format_time(arrives))
    steps = [
        _step("offer-reschedule-if-very-late" if very_late else "call-order", call, "phone", now),
        _step("no-answer", text("step.voicemail-late"), "voicemail", now),
    ]
    if not very_late:
        steps.append(_step("on-arrival", text("step.on-arrival" + remote), None, arrives))
    # The follow-up is a thank-you email after the interview; the email tab holds the running-late note.
    steps.append(_step("thank-them", text("step.late-follow-up"), "thanks", None))
    return steps + (_after_agreement(s) if very_late else [])


def _call_before(now: datetime, at: datetime) -> datetime:
    """When to phone about an interview at ``at``: office hours if they come in time, else straight away.

    Waiting for Monday morning is right for an interview next week, wrong for one this afternoon.
    """
    return max(now, min(next_business_moment(now), at - CALL_MARGIN))


def _reschedule(s: Situation, now: datetime) -> list[Step]:
    assert s.interview_at is not None  # guaranteed by validate()
    now_a, at = aligned(now, s.interview_at)
    call_at = _call_before(now_a, at)
    contact = _contact(s)
    steps = [
        _step("call-first", text("step.call-reschedule", contact=contact, company=s.company.strip()), "phone", call_at),
        _step("no-answer", text("step.voicemail"), "voicemail", call_at),
        _step("offer-slots", text("step.email-reschedule"), "email", now),
        _step(
            "confirm-received",
            text("step.confirm-received", contact=contact, original=format_datetime(s.interview_at)),
            "phone",
            max(now_a, min(at - timedelta(hours=1), call_at)),
        ),
        _step("reschedule-once", text("step.reschedule-once"), None, None),
        _step("follow-up-once", text("step.follow-up"), "phone", add_business_days(now, FOLLOW_UP_BUSINESS_DAYS)),
        _step("gracious-if-declined", text("step.if-declined"), "email", None),
    ]
    return steps + _after_agreement(s)


def _cancel(s: Situation, now: datetime) -> list[Step]:
    assert s.interview_at is not None
    now_a, at = aligned(now, s.interview_at)
    contact = _contact(s)
    if at - now_a < SHORT_NOTICE:
        first = _step("cancel-notice", text("step.call-cancel", contact=contact), "phone", _call_before(now_a, at))
    else:
        first = _step("cancel-clearly", text("step.email-cancel"), "email", now)
    steps = [
        first,
        _step(
            "confirm-received",
            text("step.confirm-received", contact=contact, original=format_datetime(s.interview_at)),
            "phone",
            max(now_a, min(at - timedelta(hours=1), _call_before(now_a, at))),
        ),
    ]
    if s.reason == "accepted_offer":
        steps.append(_step("cancel-others-after-offer", text("step.withdraw-others"), None, now))
    return steps


def _withdraw(s: Situation, now: datetime) -> list[Step]:
    contact = _contact(s)
    steps: list[Step] = []
    at = aligned(now, s.interview_at)[1] if s.interview_at is not None else None
    call_at = _call_before(now, at) if at is not None else next_business_moment(now)
    if at is None and s.interviews_so_far == 0:
        steps.append(_step("withdraw-not-needed", text("step.withdraw-not-needed"), "email", now))
    elif s.interviews_so_far >= LATE_STAGE_INTERVIEWS:
        steps.append(_step("withdraw-call-late-stage", text("step.withdraw-call", contact=contact), "phone", call_at))
    elif at is not None and at - now < SHORT_NOTICE:
        steps.append(_step("cancel-notice", text("step.call-cancel", contact=contact), "phone", call_at))
    else:
        steps.append(_step("cancel-clearly", text("step.withdraw-email", contact=contact), "email", now))
    if s.reason == "accepted_offer":
        steps.append(_step("cancel-others-after-offer", text("step.withdraw-others"), None, now))
    return steps


_BUILDERS = {
    "missed": _missed,
    "late": _late,
    "reschedule": _reschedule,
    "cancel": _cancel,
    "withdraw": _withdraw,
}
