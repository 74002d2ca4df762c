"""``plan()``: what to do, in what order, and by when.

Each step cites the rule it comes from, so the plan view can show the "why" and its source. Due times
are computed from ``now`` and the interview time: a phone call waits for office hours (a call at 9 pm
helps nobody), while an email can go at once and be waiting in the morning. Business days skip the
public holidays of the employer's country. The plan reads top to bottom in the order the candidate acts:
steps are sorted by due time, and steps that wait on a condition ("if they say no") come last.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from typing import Callable

from .address import Addressee
from .catalogue import source_table, text
from .i18n import in_its_language
from .clock import (
    OPENS,
    add_business_days,
    aligned,
    hours_of,
    is_business_day,
    is_business_hours,
    next_business_moment,
    open_holiday,
    quiet_day,
    resolve_now,
    same_clock,
    zone_place,
)
from . import domain
from .domain import ScenarioId
from .facts import clocks_differ, zone_words
from .formatting import date_and_time, day_and_date, format_time, weekday
from .policy import (
    ARRIVE_EARLY,
    CALL_MARGIN,
    CHECK_LEAD,
    FOLLOW_UP_BUSINESS_DAYS,
    JOIN_EARLY,
    MIN_CHECK_GAP,
    NUDGE_BUSINESS_DAYS,
    POST_BUSINESS_DAYS,
    REPLY_WINDOW,
    SHORT_NOTICE,
)
from .rules import rule
from .situation import (
    Situation,
    arrival,
    employer_country,
    is_delayed_contact,
    is_late_stage,
    is_too_late_to_come,
    is_very_late,
    minutes_late,
    require_valid,
    was_moved_before,
)

# Steps that need someone at their office that day (calls; the follow-up is by phone if possible): on a
# holiday most offices keep, a note says theirs may be closed. An email or a letter waits for them anyway.
OFFICE_CHANNELS = ("phone", "follow_up")


@dataclass(frozen=True)
class Step:
    action: str
    channel: str | None  # the message tab this step uses, if any
    due: datetime | None  # None: when a condition is met ("once a new time is agreed")
    why: str
    source: str
    rule_id: str  # what the step is (the plan, the handout and the review know a step by it)
    cites: str = ""  # the rule its "Why" and source are from, when not ``rule_id``'s own (see ``_step``)

    @property
    def cited(self) -> str:
        return self.cites or self.rule_id


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


# The why of a call (and its voicemail) that waits for their office to open after an email sent at once.
WRITE_WHILE_CLOSED = "write-while-closed"

# From this hour, an eve's office may already be emptying (Christmas Eve, the day before Thanksgiving).
EVE_AFTERNOON = 12

# A step due within this margin of "now" is simply due now.
NOW_MARGIN = timedelta(minutes=1)


def due_label(due: datetime | None, now: datetime, own_zone: tzinfo | None = None) -> str:
    """When a step is due, in words read at a glance: "Right away", "Today, 9:00 AM", "Tomorrow, ...".

    The screen and the printed plan both use this, so they never disagree. With ``own_zone`` (the
    candidate's clock, see ``situation.own_zone``) on another clock than the due time's, the label names
    both: "Today, 12:10 PM New York time, 9:10 AM yours".
    """
    if due is None:
        return text("plan.due.open")
    now, due = aligned(now, due)
    if due <= now + NOW_MARGIN:
        return text("plan.due.now")
    label = _one_clock_label(due, now)
    if own_zone is None or due.tzinfo is None or same_clock(own_zone, due.tzinfo, due):
        return label
    mine = due.astimezone(own_zone)
    if mine.date() == due.date():
        mine_text = format_time(mine)
    else:  # across midnight: the day matters as much as the hour
        mine_text = text("plan.due.day_time", day=weekday(mine), time=format_time(mine))
    return text("plan.due.two_clocks", due=label, place=zone_place(due.tzinfo, due), mine=mine_text)


def _one_clock_label(due: datetime, now: datetime) -> str:
    # Read "today" on the due time's own clock (the interview's date may fall in another UTC offset).
    today = now.astimezone(due.tzinfo).date() if due.tzinfo else now.date()
    if due.date() == today:
        return text("plan.due.today", time=format_time(due))
    if due.date() == today + timedelta(days=1):
        return text("plan.due.tomorrow", time=format_time(due))
    return text("plan.due.date", date=day_and_date(due, now), time=format_time(due))


@in_its_language
def plan(s: Situation) -> ActionPlan:
    """The action plan for ``s``, in the order the candidate acts. Raises ``InvalidSituation`` if ``s`` has errors."""
    require_valid(s)
    return plan_checked(s)


@in_its_language
def plan_checked(s: Situation) -> ActionPlan:
    """``plan`` for a situation already validated (``advise`` validates once for everything)."""
    now = resolve_now(s)
    if s.interview_at is not None:
        # Read a naive "now" in the interview's zone (or vice versa) once, so every comparison below works.
        now, _ = aligned(now, s.interview_at)
    c = _Ctx(s, now)
    steps = [_with_holiday_note(c, st) for st in _BUILDERS[s.scenario](c)]
    return ActionPlan(_in_time_order(_why_in_its_order(steps)))


# The rules that say "call first, then write", and what a step cites instead when the plan writes first.
_CALL_FIRST_RULES = frozenset({"call-first", "email-after-call", "cancel-notice", "late-stage-call", "withdraw-call-late-stage"})
_WHEN_WRITTEN_FIRST = {"no-answer": "no-answer-written"}


def _why_in_its_order(steps: list[Step]) -> list[Step]:
    """Each step's reason agrees with the plan's own order: where the email goes before the call (their
    office is closed at 7 am or at night), no step says "call first", and the voicemail's reason says the
    email is already there."""
    def first(channel: str) -> datetime | None:
        return next((st.due for st in steps if st.channel == channel and st.due and st.rule_id != "confirm-received"), None)

    call, email = first("phone"), first("email")
    if call is None or email is None or email >= call:
        return steps
    out = []
    for st in steps:
        if st.rule_id in _CALL_FIRST_RULES:
            st = _step("write-while-closed", st.action, st.channel, st.due)
        elif st.rule_id in _WHEN_WRITTEN_FIRST:
            st = _step(_WHEN_WRITTEN_FIRST[st.rule_id], st.action, st.channel, st.due)
        out.append(st)
    return out


def _with_holiday_note(c: "_Ctx", step: Step) -> Step:
    """A step reaching their office on a holiday most employers keep (Columbus Day) says that this one
    may be closed, and on a quiet day (the day after Thanksgiving, Christmas Eve) that they may be hard
    to reach: the day is not lost, but an unanswered call then is no surprise. Not on the interview's own
    day: their office is open for it."""
    if step.due is None or step.channel not in OFFICE_CHANNELS:
        return step
    if c.at is not None and c.at.date() == step.due.date():
        # Their office was open for the interview; but on an eve many empty by the afternoon, and a call
        # then "right away" may reach nobody (recruiter read #2: 3 PM on Christmas Eve, no word of it).
        quiet = quiet_day(step.due, c.country) if step.due.hour >= EVE_AFTERNOON and step.due > c.at else None
        return replace(step, action=text("plan.quiet-note", action=step.action, day=text(quiet))) if quiet else step
    holiday = open_holiday(step.due, c.country)
    if holiday is not None:
        return replace(step, action=text("plan.holiday-note", action=step.action, holiday=holiday))
    quiet = quiet_day(step.due, c.country)
    if quiet is not None:
        return replace(step, action=text("plan.quiet-note", action=step.action, day=text(quiet)))
    return step


def _in_time_order(steps: list[Step]) -> tuple[Step, ...]:
    """Dated steps by due time; steps due together keep the order they were written in (a call before
    the voicemail left when it goes unanswered); conditional steps last, in their written order."""
    dated = sorted((st for st in steps if st.due is not None), key=lambda st: st.due)  # type: ignore[arg-type,return-value]
    return tuple(dated) + tuple(st for st in steps if st.due is None)


class _Ctx:
    """What every builder needs: the situation, now on the interview's clock, and the employer's calendar."""

    def __init__(self, s: Situation, now: datetime):
        self.s = s
        self.now = now
        self.country = employer_country(s)
        # When someone there picks up the phone: office hours, or evenings and weekends too (retail,
        # hospitality, warehouses). Working-day counts (a letter's post, the follow-up) stay office days.
        self.hours = hours_of(s.employer_hours, self.country)
        self.at = aligned(now, s.interview_at)[1] if s.interview_at is not None else None
        self.agreed = _on_clock_of(now, s.agreed_at) if s.agreed_at is not None else None
        # A contact never typed in (None, from code rather than the form) reads like an empty one.
        # ...carrying how the candidate asked to address them (guide.address: "la Lic. Ramírez").
        typed = (s.contact_name or "").strip()
        self.contact = Addressee(typed, s.address_as) if typed else text("plan.someone")
        self.remote = s.interview_format != "in_person"

    def office_open(self) -> datetime:
        return next_business_moment(self.now, self.country, self.hours)

    def call_before(self) -> datetime:
        """When to phone about the interview: office hours if they come in time, else as early as helps.

        Waiting for Monday morning is right for an interview next week, wrong for one this afternoon.
        """
        if self.at is None:
            return self.office_open()
        return max(self.now, min(self.office_open(), self.at - CALL_MARGIN))

    def check_after(self, contact_at: datetime) -> datetime | None:
        """When to make sure a message arrived: once they could have answered, with time left to act.

        An interview days away gives them a working day: the check is the next working morning (not two
        hours after the email). A close one gives them two office hours, and the check comes at least an
        hour before the start. None when no such moment exists (a call at 8:30 for a 9:00 interview).
        """
        if self.at is not None and self.at - contact_at <= SHORT_NOTICE:
            target = next_business_moment(contact_at + REPLY_WINDOW, self.country, self.hours)
        else:
            target = add_business_days(contact_at, 1, self.country)
        if self.at is not None:
            target = min(target, self.at - CHECK_LEAD)
            if target - contact_at < MIN_CHECK_GAP:
                return None
        return max(contact_at, target)

    def follow_up(self) -> tuple[datetime, bool]:
        """The one follow-up, and whether it is about the times offered.

        Five working days on, it asks after the request as a whole (has the position been filled?). A time
        offered before then would be gone by that day: the follow-up becomes a short note about the times
        instead, the working day before the first of them, provided they have had ``NUDGE_BUSINESS_DAYS``
        to answer and (when an interview is being moved) that interview is over, since until then the
        check before it is the plan's step. No such day: the five-day follow-up stands (never before the
        working day after the interview being moved), and asks for any time that suits them.
        """
        due = self.business_days_on(FOLLOW_UP_BUSINESS_DAYS)
        if self.at is not None and self.at > self.now:
            # Not before the interview being moved is over (until then the check before it is the step).
            due = max(due, add_business_days(self.at, 1, self.country))
        offered = sorted(_on_clock_of(self.now, slot) for slot in self.s.proposed_slots or () if isinstance(slot, datetime))
        offered = [slot for slot in offered if slot > self.now]
        if not offered or offered[0] > due:
            return due, False
        day = offered[0].replace(hour=OPENS.hour, minute=OPENS.minute, second=0, microsecond=0) - timedelta(days=1)
        while not is_business_day(day, self.country):
            day -= timedelta(days=1)
        earliest = self.business_days_on(NUDGE_BUSINESS_DAYS)
        if self.at is not None and self.at > self.now:
            earliest = max(earliest, add_business_days(self.at, 1, self.country))
        return (day, True) if day >= earliest else (due, False)

    def can_post_before(self, moment: datetime) -> bool:
        """Whether a letter posted today would arrive before ``moment`` (``POST_BUSINESS_DAYS``)."""
        return add_business_days(self.now, POST_BUSINESS_DAYS, self.country) < moment

    def business_days_on(self, days: int) -> datetime:
        return add_business_days(self.now, days, self.country)


def _small(c: _Ctx, key: str) -> str:
    """``key``'s wording for an employer open evenings and weekends (a café, a store, a warehouse): no
    "reception" to call and no "assistant" to ask, only whoever answers there (recruiter read #2)."""
    small = key + "-extended"
    return small if c.s.employer_hours == "extended" and small in source_table() else key


def _their_time(c: _Ctx, moment: datetime) -> str:
    """A time of theirs in a step's words, no year when it is near, and with its zone named ("6:00 PM Los
    Angeles time") when the candidate's clock is another: the due column shows both clocks, and the
    action must not be read on the candidate's (recruiter read #2)."""
    shown = date_and_time(moment, c.now)
    return shown + " " + zone_words(moment) if clocks_differ(c.s) and moment.tzinfo is not None else shown


def _on_clock_of(now: datetime, moment: datetime) -> datetime:
    """``moment`` comparable with ``now`` and on its clock: a naive ``now`` is the wall clock every other
    due time is read on, so an aware moment is read as that wall-clock time (as ``aligned`` reads it)."""
    if now.tzinfo is None:
        return moment.replace(tzinfo=None)
    return aligned(now, moment)[1].astimezone(now.tzinfo)


# Each scenario's plan builder, registered beside it (``@_builds``): a scenario of ``guide.domain`` without
# one fails tests/test_domain.py, which names it.
_BUILDERS: dict[ScenarioId, Callable[["_Ctx"], list[Step]]] = {}


def _builds(scenario: ScenarioId):
    def register(builder: Callable[["_Ctx"], list[Step]]):
        _BUILDERS[scenario] = builder
        return builder

    return register


def builder_for(scenario: str) -> Callable[["_Ctx"], list[Step]] | None:
    """The function that writes ``scenario``'s plan, or None if it has none yet."""
    return _BUILDERS.get(scenario)  # type: ignore[call-overload]


def _took_other_offer(s: Situation) -> bool:
    reason = domain.reason(s.reason)
    return bool(reason and reason.took_other_offer)


def _step(rule_id: str, action: str, channel: str | None, due: datetime | None, why: str | None = None) -> Step:
    """A step of the plan, named by its rule; ``why`` names another rule that explains this step better
    where it is placed (the email sent before the call is not "after the call"). Its "Why:" is that rule's
    reason (``_why``), and its source that rule's."""
    cited = why or rule_id
    return Step(action=action, channel=channel, due=due, why=_why(cited), source=rule(cited).source, rule_id=rule_id,
                cites=why or "")


def _why(rule_id: str) -> str:
    """Why the step matters (``why.<rule>``), or "" where there is nothing to add. Never the rule's own
    sentence: the step carries that advice out, so saying it again under "Why:" only repeats the step."""
    key = f"why.{rule_id}"
    return text(key) if key in source_table() else ""


def _prevention(c: _Ctx, due: datetime | None) -> list[Step]:
    """The concrete step that stops it happening again, where one exists. An illness or a family emergency
    is nobody's doing and passes with time: nothing to prevent, so no step (and no "so it cannot happen
    again" beside it)."""
    reason = domain.reason(c.s.reason)
    if reason and reason.prevention:
        key = reason.prevention_agreed if c.agreed is not None and reason.prevention_agreed else reason.prevention
        if c.s.interview_format == "phone" and reason.prevention_phone:  # no video link to test
            key = reason.prevention_phone
        elif c.remote and reason.prevention_remote:  # a call: no route, no leaving with time to spare
            key = reason.prevention_remote
        action = text("step.prevention", prevention=text(key))
    elif reason and reason.passes_with_time and not reason.own_doing:
        return []
    else:
        action = text("step.prevention-generic")
    # This step is the candidate's own preparation, not what the message tells them ("Tell them the
    # concrete step..."): its "Why" is getting every detail right from here on, where that rule applies
    # (a missed or late interview).
    why = "show-commitment" if c.s.scenario in rule("show-commitment").scenarios else None
    return [_asked_ahead(c, _step("prevention", action, None, due, why))]


def _asked_ahead(c: _Ctx, step: Step) -> Step:
    """A move asked for days ahead is a courtesy, not a slip: its preparation steps say why in those terms
    ("why.<rule>-moved"), never "after a slip" or "it won't happen again" (recruiter read #2)."""
    key = f"why.{step.rule_id}-moved"
    if c.s.scenario != ScenarioId.RESCHEDULE or key not in source_table():
        return step
    return replace(step, why=text(key))


def _follow_up(c: _Ctx) -> Step:
    """The one follow-up: about the times offered when one comes before the usual wait is over (its own
    why), else the five-day one (``_Ctx.follow_up``)."""
    due, about_times = c.follow_up()
    if about_times:
        return _step("follow-up-times", text("step.follow-up-times"), "follow_up", due)
    return _step("follow-up-once", text("step.follow-up"), "follow_up", due)


def _if_agreed(c: _Ctx) -> list[Step]:
    """While no new time is agreed: what to do once one is (conditional steps, shown last)."""
    return [
        _step("confirm-in-writing", text("step.confirm-new-time"), "confirm", None),
        *_prevention(c, None),
        _asked_ahead(c, _step("arrive-early", text(_arrive_early_key(c, "step.arrive-early")), None, None)),
    ]


def _arrive_early_key(c: _Ctx, key: str) -> str:
    """Getting ready for the next interview, by its format: a phone interview has no link to test and no
    call to join; its candidate charges the phone and waits somewhere quiet (recruiter read #2)."""
    return key + ("-phone" if c.s.interview_format == "phone" else "-remote" if c.remote else "")


def _agreed(c: _Ctx, with_letter: bool) -> list[Step]:
    """Once a new time is agreed the plan moves on: confirm it, (apologize in the letter), prepare, go."""
    assert c.agreed is not None
    shown = _their_time(c, c.s.agreed_at)  # type: ignore[arg-type]
    steps = [_step("confirm-in-writing", text("step.confirm-agreed", agreed=shown), "confirm", c.now)]
    if with_letter:
        # The letter goes even though the new time is settled: it thanks them for it (apology-letter source).
        # Posted, it must arrive before that new time; too close for the post, it goes attached to an email.
        key = "step.letter-agreed" if c.can_post_before(c.agreed) else "step.letter-agreed-attached"
        steps.append(_step("formal-letter", text(key), "letter", c.now))
    steps += _prevention(c, max(c.now, c.agreed - timedelta(days=1)))
    early = JOIN_EARLY if c.remote else ARRIVE_EARLY
    key = _arrive_early_key(c, "step.arrive-early-agreed")
    steps.append(_asked_ahead(c, _step("arrive-early", text(key, agreed=shown), None, max(c.now, c.agreed - early))))
    return steps


@_builds(ScenarioId.MISSED)
def _missed(c: _Ctx) -> list[Step]:
    s, now = c.s, c.now
    if c.agreed is not None:
        return _agreed(c, with_letter=True)
    call_at = c.office_open()
    office_open = is_business_hours(now, c.country, c.hours)
    company = s.company.strip()
    call_key = "step.call-missed-delayed" if is_delayed_contact(s) else "step.call-missed"
    # "Outside office hours" means nothing to a store open at 6 am: its email is simply sent first.
    closed_key = "step.email-missed-now" if s.employer_hours != "extended" else "step.email-missed-now-extended"
    email_action = text("step.email-after-call" if office_open else closed_key)
    # The email never waits for office hours: sent tonight, it is read first thing tomorrow. Then it comes
    # before the call, and every step of the three says so in its why ("call first" would contradict it).
    call_rule, voicemail_rule, email_rule = (
        ("call-first", "no-answer", "email-after-call") if office_open
        else (WRITE_WHILE_CLOSED, "no-answer-written", WRITE_WHILE_CLOSED)
    )
    steps = [
        _step("check-messages", text("step.check-messages"), "reply", now),
        _step(call_rule, text(call_key, contact=c.contact, company=company), "phone", call_at),
        _step(voicemail_rule, text("step.voicemail"), "voicemail", call_at),
        _step(email_rule, email_action, "email", now),
        _step("formal-letter", text("step.letter"), "letter", c.business_days_on(1)),
        _follow_up(c),
        _step("gracious-if-declined", text("step.if-declined"), "declined", None),
    ]
    return steps + _if_agreed(c)


@_builds(ScenarioId.LATE)
def _late(c: _Ctx) -> list[Step]:
    s, now = c.s, c.now
    if c.agreed is not None:
        # No letter for lateness: the confirmation thanks them for the new time (a letter only where it helps).
        return _agreed(c, with_letter=False)
    steps: list[Step] = []
    reason = domain.reason(s.reason)
    if reason and reason.maybe_driving:
        # Before any call: a candidate stuck in traffic may be at the wheel.
        steps.append(_step("stop-safely", text("step.stop-safely"), None, now))
    eta = int(s.eta_minutes or 0)
    arrives = arrival(s)
    very_late, too_late = is_very_late(s), is_too_late_to_come(s)
    # Reception exists only at an office: for a call, the interviewer is the one to try next.
    remote = "-remote" if c.remote else ""
    key = "step.call-too-late" if too_late else "step.call-late-offer" if very_late else "step.call-late"
    # The normal call gives the travel time; the very-late call says how late that makes them.
    call = text(_small(c, key + remote), contact=c.contact, eta=eta, late=minutes_late(s), arrival=format_time(arrives))
    # Due now, which is before the start whenever the start is still ahead: a late call never waits.
    steps += [
        _step("offer-reschedule-if-very-late" if very_late else "call-order", call, "phone", now),
        # A few minutes late writes no email (in proportion): the voicemail step names only what exists.
        # ...and its why: "send an email right after it" only where there is one.
        _step("no-answer", text("step.voicemail-late"), "voicemail", now) if very_late
        else _step("realistic-eta", text("step.voicemail-late-short"), "voicemail", now),
    ]
    if not very_late:
        steps.append(_step("on-arrival", text("step.on-arrival" + remote), None, arrives))
        # After the interview: the thank-you that also apologizes for keeping them waiting.
        steps.append(_step("thank-them", text("step.late-follow-up"), "thanks", arrives + timedelta(hours=1)))
        return steps
    if not too_late:
        # Offered another day, they may still say "come anyway" (the call's script has that answer): then
        # the plan is the arrival and the thank-you, as for a shorter delay.
        steps += [
            _step("on-arrival", text("step.on-arrival-anyway" + remote), None, None),
            _step("thank-them", text("step.late-follow-up-anyway"), "thanks", None),
        ]
    return steps + _if_agreed(c)


@_builds(ScenarioId.RESCHEDULE)
def _reschedule(c: _Ctx) -> list[Step]:
    s, now = c.s, c.now
    if c.agreed is not None:
        return _agreed(c, with_letter=False)
    assert c.at is not None  # guaranteed by validate()
    call_at = c.call_before()
    company = s.company.strip()
    steps: list[Step] = []
    if was_moved_before(s):
        # A second move is what the guidance warns against: decide that first, before asking for it.
        key = "step.moved-before-more" if s.times_moved > 1 else "step.moved-before"
        steps.append(_step("reschedule-once", text(key, count=s.times_moved), None, now))
    # The email goes now; a call that must wait for the office comes after it, and its why says so.
    waits = call_at > now + NOW_MARGIN
    steps += [
        _step(WRITE_WHILE_CLOSED if waits else "call-first",
              text("step.call-reschedule", contact=c.contact, company=company), "phone", call_at),
        _step("no-answer-written" if waits else "no-answer", text("step.voicemail"), "voicemail", call_at),
        _step("offer-slots", text("step.email-reschedule"), "email", now),
    ]
    steps += _check(c, call_at, after_call=True)
    if not was_moved_before(s):
        steps.append(_step("reschedule-once", text("step.reschedule-once"), None, None))
    steps += [
        _follow_up(c),
        _step("gracious-if-declined", text("step.if-declined"), "declined", None),
    ]
    return steps + _if_agreed(c)


def _backing_out(
    c: _Ctx, email_key: str, email_rule: str, call_rule: str | None, call_first_if_calm: bool
) -> list[Step]:
    """A cancellation or withdrawal: the written message goes now, whatever the hour, and the call (where
    one helps) when the office opens, before the interview.

    ``email_rule`` is the written message's why (canceling, or withdrawing); ``call_rule`` names why a call
    is needed (None: no call), when the call comes first; a call that waits for the office comes after
    the email, and says so (``WRITE_WHILE_CLOSED``). ``call_first_if_calm``: with no interview
    close, the call comes first and the email right after it (a long process deserves a voice first).
    """
    now = c.now
    if call_rule is None:
        return [_step(email_rule, text(email_key, contact=c.contact), "email", now)]
    call_at = c.call_before()
    urgent = c.at is not None and c.at - now < SHORT_NOTICE
    if call_at <= now + NOW_MARGIN or (call_first_if_calm and not urgent):
        return [
            _step(call_rule, text("step.call-back-out", contact=c.contact), "phone", call_at),
            _step(email_rule, text(email_key + "-after-call", contact=c.contact), "email", call_at),
        ]
    return [
        _step(email_rule, text(email_key + "-now", contact=c.contact), "email", now),
        _step(WRITE_WHILE_CLOSED, text("step.call-back-out-open", contact=c.contact), "phone", call_at),
    ]


def _check(c: _Ctx, contacted: datetime, after_call: bool) -> list[Step]:
    """The step making sure they got the message, when there is a sensible moment for it (else none).

    Planned before anyone answers, it is worded for the case that needs it: a call that reached them is
    its own answer, so the check is only for a voicemail (``after_call``) or an email left unanswered.
    """
    due = c.check_after(contacted)
    if due is None:
        return []
    original = _their_time(c, c.s.interview_at)  # type: ignore[arg-type]
    key = _small(c, "step.confirm-received-after-call" if after_call else "step.confirm-received")
    return [_step("confirm-received", text(key, contact=c.contact, original=original), "phone", due)]


@_builds(ScenarioId.CANCEL)
def _cancel(c: _Ctx) -> list[Step]:
    s, now = c.s, c.now
    assert c.at is not None
    short = c.at - now < SHORT_NOTICE
    call_rule = "cancel-notice" if short else "late-stage-call" if is_late_stage(s) else None
    steps = _backing_out(c, "step.email-cancel", "cancel-clearly", call_rule, call_first_if_calm=False)
    contacted = max(st.due for st in steps if st.due is not None)
    steps += _check(c, contacted, after_call=any(st.channel == "phone" for st in steps))
    if _took_other_offer(s):
        steps.append(_step("cancel-others-after-offer", text("step.withdraw-others"), None, now))
    return steps


@_builds(ScenarioId.WITHDRAW)
def _withdraw(c: _Ctx) -> list[Step]:
    s, now = c.s, c.now
    steps: list[Step]
    if c.at is None and s.interviews_so_far == 0:
        steps = [_step("withdraw-not-needed", text("step.withdraw-not-needed"), "email", now)]
    else:
        short = c.at is not None and c.at - now < SHORT_NOTICE
        late_stage = is_late_stage(s)
        call_rule = "withdraw-call-late-stage" if late_stage else "cancel-notice" if short else None
        steps = _backing_out(c, "step.withdraw-email", "withdraw-clearly", call_rule, call_first_if_calm=late_stage)
        if late_stage:
            # The letter the page offers after several interviews: a formal record, sent with the email
            # (and posted only if it would still arrive before the interview it withdraws from).
            written = next(st.due for st in steps if st.channel == "email")
            key = "step.letter-withdraw" if c.at is None or c.can_post_before(c.at) else "step.letter-withdraw-attached"
            steps.append(_step("withdraw-letter", text(key), "letter", written))
    if _took_other_offer(s):
        steps.append(_step("cancel-others-after-offer", text("step.withdraw-others"), None, now))
    return steps


