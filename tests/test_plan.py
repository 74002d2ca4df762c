"""The action plan: what comes first, and when each step is due (business hours respected)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from guide import SCENARIOS, plan
from guide.catalogue import source_table, text
from guide.rules import SOURCES, rule

from .conftest import NOW, make_situation

FRIDAY_9PM = datetime(2026, 11, 20, 21, 0)
SATURDAY_NOON = datetime(2026, 11, 21, 12, 0)
MONDAY_9AM = datetime(2026, 11, 23, 9, 0)


def channels(p):
    return [step.channel for step in p]


def by_rule(p, rule_id):
    return next(step for step in p if step.rule_id == rule_id)


def first_call(p):
    return next(step for step in p if step.channel == "phone")


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_steps_why_belongs_to_the_step_where_it_stands(situation, language):
    """The "Why" explains the step beside it: an email sent before the call (the office is closed) is
    not "After the call, send an email"; the candidate's own preparation is not "Tell them the step"."""
    from guide import i18n

    with i18n.speaking(language):
        night = plan(situation("missed", now=datetime(2026, 11, 20, 22, 0), language=language))
        email = next(st for st in night if st.channel == "email")
        call = next(st for st in night if st.channel == "phone")
        assert email.due < call.due and "email-after-call" not in (email.rule_id, email.cited), email
        day = plan(situation("missed", language=language))
        assert next(st for st in day if st.channel == "email").rule_id == "email-after-call"
        for scenario in ("missed", "late"):
            steps = plan(situation(scenario, language=language, eta_minutes=40) if scenario == "late" else situation(scenario, language=language))
            prevention = next((st for st in steps if st.rule_id == "prevention"), None)
            assert prevention is None or prevention.why != rule("prevention").text, (scenario, prevention.why)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_step_cites_its_rule_and_a_known_source(situation, scenario):
    steps = plan(situation(scenario))
    assert len(steps) >= 1
    for step in steps:
        assert step.source in SOURCES
        # A why is a reason the step doesn't give (``why.<rule>`` of the rule it cites where it stands),
        # never the rule's advice said again.
        assert step.why != rule(step.rule_id).text
        # A move asked for ahead has its own whys for the steps that would otherwise speak of a slip.
        moved = f"why.{step.rule_id}-moved"
        if scenario == "reschedule" and moved in source_table():
            assert step.why == text(moved)
        else:
            assert step.why == (text(f"why.{step.cited}") if f"why.{step.cited}" in source_table() else "")
        assert step.source == rule(step.cited).source
        assert scenario in rule(step.rule_id).scenarios and scenario in rule(step.cited).scenarios
        assert step.action and "{" not in step.action


def test_missed_in_office_hours_checks_messages_calls_and_emails_right_after(situation):
    steps = plan(situation("missed"))
    # A glance at the inbox first: if they already wrote, the answer is a reply to that.
    assert steps.first.rule_id == "check-messages" and steps.first.channel == "reply" and steps.first.due == NOW
    assert steps[1].channel == "phone" and steps[1].due == NOW
    assert "Ms. Lee" in steps[1].action and "Acme Corp" in steps[1].action
    assert steps[2].channel == "voicemail"
    email = next(s for s in steps if s.channel == "email")
    assert email.due == NOW and "after the call" in email.action


def test_missed_found_out_at_9pm_emails_now_and_calls_next_business_morning(situation):
    steps = plan(situation("missed", now=FRIDAY_9PM))
    # In the order the candidate acts: the email tonight, the call on Monday morning.
    assert channels(steps)[:4] == ["reply", "email", "phone", "voicemail"]
    email = next(s for s in steps if s.channel == "email")
    assert email.due == FRIDAY_9PM and "waiting" in email.action
    assert first_call(steps).due == MONDAY_9AM  # Friday night: the next business morning is Monday


def test_missed_found_out_on_a_saturday_calls_on_monday(situation):
    steps = plan(situation("missed", now=SATURDAY_NOON))
    assert first_call(steps).due == MONDAY_9AM


def test_missed_letter_and_follow_up_are_counted_in_business_days(situation):
    steps = plan(situation("missed"))
    letter = next(s for s in steps if s.channel == "letter")
    assert letter.due == MONDAY_9AM  # one business day after a Friday
    follow_up = next(s for s in steps if s.rule_id == "follow-up-once")
    # Five business days after Friday 20th: Mon, Tue, Wed, (Thanksgiving skipped), Fri 27th, Mon 30th.
    assert follow_up.due == datetime(2026, 11, 30, 9, 0)


def test_missed_ends_with_what_to_do_once_a_new_time_is_agreed(situation):
    steps = plan(situation("missed", reason="overslept"))
    tail = [s.rule_id for s in steps][-3:]
    assert tail == ["confirm-in-writing", "prevention", "arrive-early"]
    assert all(s.due is None for s in steps[-3:])
    assert "two alarms" in steps[-2].action


def test_a_reason_without_a_prevention_step_gets_a_general_one(situation):
    steps = plan(situation("missed", reason="other"))
    prevention = next(s for s in steps if s.rule_id == "prevention")
    assert "alarm" not in prevention.action and prevention.action


def test_dated_steps_are_never_due_before_now(situation):
    for scenario in SCENARIOS:
        for step in plan(situation(scenario)):
            assert step.due is None or step.due >= NOW, (scenario, step)


def test_late_calls_now_with_the_arrival_time(situation):
    steps = plan(situation("late", eta_minutes=15))
    call = first_call(steps)
    assert call.due == NOW
    assert "15 minutes" in call.action and "1:15 PM" in call.action
    assert "reception" in call.action
    assert any(s.rule_id == "on-arrival" for s in steps)


def test_lateness_is_measured_from_the_start_time_not_from_now(situation):
    # Calling 30 minutes before a 13:30 start, 35 minutes away: 5 minutes late, not 35.
    s = situation("late", interview_at=datetime(2026, 11, 20, 13, 30), eta_minutes=35)
    assert first_call(plan(s)).rule_id == "call-order"


def test_very_late_offers_to_reschedule_instead(situation):
    steps = plan(situation("late", eta_minutes=45))
    assert first_call(steps).rule_id == "offer-reschedule-if-very-late"
    assert "another time" in first_call(steps).action
    # Arriving is only what happens if they say to come anyway (issue 24): a condition, not a time.
    assert all(s.due is None and "anyway" in s.action for s in steps if s.rule_id == "on-arrival")
    assert steps[-1].rule_id == "arrive-early"


def test_late_calls_even_outside_office_hours(situation):
    evening = datetime(2026, 11, 20, 18, 0)
    s = situation("late", now=evening, interview_at=datetime(2026, 11, 20, 18, 0))
    assert plan(s).first.due == evening


def test_reschedule_checks_the_message_arrived_before_the_original_time(situation):
    s = situation("reschedule")
    steps = plan(s)
    assert channels(steps)[:3] == ["phone", "voicemail", "email"]
    check = next(x for x in steps if x.rule_id == "confirm-received")
    assert NOW <= check.due < s.interview_at


def test_reschedule_on_a_saturday_calls_monday_and_confirms_before_the_interview(situation):
    s = situation("reschedule", now=SATURDAY_NOON, interview_at=datetime(2026, 11, 23, 11, 0),
                  proposed_slots=(datetime(2026, 11, 25, 10, 0),))
    steps = plan(s)
    assert first_call(steps).due == MONDAY_9AM
    check = next(x for x in steps if x.rule_id == "confirm-received")
    # After the call, with time for a reply, and an hour before the 11:00 interview: time to act on it
    # (issue 24: a check a quarter of an hour before is no check).
    assert check.due == datetime(2026, 11, 23, 10, 0)


def test_cancel_with_less_than_a_day_calls_first(situation):
    s = situation("cancel", interview_at=NOW + timedelta(hours=20))
    first = plan(s).first
    assert first.channel == "phone" and first.rule_id == "cancel-notice"


def test_cancel_with_notice_emails(situation):
    first = plan(situation("cancel", reason="not_interested")).first
    assert first.channel == "email" and first.rule_id == "cancel-clearly"


def test_cancel_after_accepting_an_offer_reminds_to_cancel_other_interviews(situation):
    assert any(s.rule_id == "cancel-others-after-offer" for s in plan(situation("cancel")))
    assert not any(
        s.rule_id == "cancel-others-after-offer" for s in plan(situation("cancel", reason="not_interested"))
    )


def test_withdraw_before_any_interview_needs_no_formal_withdrawal(situation):
    first = plan(situation("withdraw", interview_at=None)).first
    assert first.rule_id == "withdraw-not-needed"


def test_withdraw_late_in_the_process_calls_first(situation):
    first = plan(situation("withdraw", interviews_so_far=3)).first
    assert first.channel == "phone" and first.rule_id == "withdraw-call-late-stage"


def test_zone_aware_times_keep_their_zone(situation):
    zone = timezone(timedelta(hours=-5))
    s = situation("missed", now=FRIDAY_9PM.replace(tzinfo=zone),
                  interview_at=datetime(2026, 11, 20, 10, 0, tzinfo=zone))
    assert first_call(plan(s)).due == MONDAY_9AM.replace(tzinfo=zone)


def test_a_now_in_another_zone_is_read_on_the_interview_clock(situation):
    new_york = timezone(timedelta(hours=-5))
    # 20:00 UTC is 3 PM in New York: offices there are open, so the call is due now, not at dawn.
    s = situation("missed", interview_at=datetime(2026, 11, 20, 10, 0, tzinfo=new_york),
                  now=datetime(2026, 11, 20, 20, 0, tzinfo=timezone.utc))
    first = first_call(plan(s))
    assert first.due == datetime(2026, 11, 20, 15, 0, tzinfo=new_york)
    assert first.due.utcoffset() == timedelta(hours=-5)


def test_a_same_day_reschedule_on_a_saturday_calls_before_the_interview(situation):
    s = situation("reschedule", now=datetime(2026, 11, 21, 14, 0), interview_at=datetime(2026, 11, 21, 15, 30),
                  proposed_slots=(datetime(2026, 11, 25, 10, 0),))
    before = [x for x in plan(s) if x.channel in ("phone", "voicemail") and x.due < s.interview_at]
    # Call and voicemail; no check a quarter of an hour before the start (issue 24): the call is the check.
    # The email goes at once (their office is closed on Saturday), so the call's reason says it was written first.
    assert [x.rule_id for x in before] == ["write-while-closed", "no-answer-written"]
    for step in before:  # the follow-up a week later is rightly after it; these must not be
        assert datetime(2026, 11, 21, 14, 0) <= step.due < s.interview_at, step


def test_cancelling_twenty_minutes_ahead_never_schedules_anything_in_the_past(situation):
    s = situation("cancel", interview_at=NOW + timedelta(minutes=20))
    for step in plan(s):
        assert step.due is None or step.due >= NOW, step


def test_a_short_notice_cancel_at_night_calls_when_the_office_opens(situation):
    two_am = datetime(2026, 11, 20, 2, 0)
    s = situation("cancel", now=two_am, interview_at=datetime(2026, 11, 20, 11, 0))
    steps = plan(s)
    assert steps.first.channel == "email" and steps.first.due == two_am  # written now, whatever the hour
    assert first_call(steps).due == datetime(2026, 11, 20, 9, 0)


def test_very_late_says_how_late_not_how_far(situation):
    # Interview in 10 minutes, 45 minutes away: 35 minutes late.
    s = situation("late", interview_at=NOW + timedelta(minutes=10), eta_minutes=45)
    assert "about 35 minutes late" in first_call(plan(s)).action


def test_withdrawing_at_short_notice_calls_first(situation):
    s = situation("withdraw", interview_at=NOW + timedelta(hours=3))
    first = plan(s).first
    assert first.channel == "phone" and first.due >= NOW


def test_running_late_to_a_video_interview_does_not_send_you_to_reception(situation):
    steps = plan(situation("late", interview_format="video"))
    assert "reception" not in first_call(steps).action and "Ms. Lee" in first_call(steps).action
    assert any("call starts" in s.action for s in steps)
    assert steps[-1].channel == "thanks"  # the thank-you after the interview, last in time


def test_withdrawing_late_in_the_process_from_an_interview_today_calls_before_it(situation):
    saturday_morning = datetime(2026, 11, 21, 8, 0)
    s = situation("withdraw", now=saturday_morning, interview_at=datetime(2026, 11, 21, 11, 0), interviews_so_far=3)
    first = first_call(plan(s))
    assert saturday_morning <= first.due < s.interview_at
    assert "withdraw" in rule(first.rule_id).scenarios


# --- issue 11: the plan right at every hour ---------------------------------------------------------
WEDNESDAY_10PM = datetime(2026, 11, 18, 22, 0)
THURSDAY_9AM = datetime(2026, 11, 19, 9, 0)
THANKSGIVING = datetime(2026, 11, 26)  # a US public holiday, a Thursday


def assert_in_time_order(steps):
    dated = [s.due for s in steps if s.due is not None]
    assert dated == sorted(dated), [(s.rule_id, s.due) for s in steps]
    first_open = next((i for i, s in enumerate(steps) if s.due is None), len(steps))
    assert all(s.due is None for s in steps[first_open:]), "conditional steps come last"


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize(
    "now",
    [NOW, FRIDAY_9PM, SATURDAY_NOON, datetime(2026, 11, 25, 19, 0), datetime(2026, 11, 20, 7, 0)],
    ids=["afternoon", "friday-night", "saturday", "thanksgiving-eve", "early-morning"],
)
def test_every_plan_reads_in_the_order_the_candidate_acts(situation, scenario, now):
    overrides = {"now": now}
    if scenario == "missed":
        overrides["interview_at"] = now - timedelta(hours=3)
    elif scenario == "late":
        overrides["interview_at"] = now + timedelta(minutes=5)
    else:
        overrides["interview_at"] = now + timedelta(hours=14)  # short notice: the awkward case
        overrides["proposed_slots"] = (datetime(2026, 12, 2, 10, 0),)
    steps = plan(situation(scenario, **overrides))
    assert_in_time_order(steps)
    for step in steps:
        assert step.due is None or step.due >= now


def test_a_check_comes_after_the_call_it_checks_with_time_for_a_reply(situation):
    # The case: Wednesday 10 pm, moving a Thursday 9:00 interview.
    s = situation("reschedule", now=WEDNESDAY_10PM, interview_at=THURSDAY_9AM,
                  proposed_slots=(datetime(2026, 11, 24, 10, 0),))
    steps = plan(s)
    assert steps.first.channel == "email" and steps.first.due == WEDNESDAY_10PM  # written tonight
    call = first_call(steps)
    assert call.due == datetime(2026, 11, 19, 8, 30)  # before the interview, the office not yet open
    # Half an hour before the start leaves no time for a reply and a check (issue 24): none is planned.
    assert not any(x.rule_id == "confirm-received" for x in steps)


def test_a_check_waits_for_a_reply_when_there_is_time(situation):
    steps = plan(situation("reschedule"))  # Friday 1 PM, interview next Tuesday
    call, check = first_call(steps), by_rule(steps, "confirm-received")
    assert check.due - call.due >= timedelta(hours=2)


def test_canceling_at_9pm_for_930_next_morning_writes_now_and_calls_at_opening(situation):
    nine_pm = datetime(2026, 11, 19, 21, 0)
    s = situation("cancel", now=nine_pm, interview_at=datetime(2026, 11, 20, 9, 30))
    steps = plan(s)
    assert steps.first.channel == "email" and steps.first.due == nine_pm
    assert "whatever the hour" in steps.first.action
    call = first_call(steps)
    # The why of a call after the email says it comes after it (issue 24), not "call first".
    assert call.due == datetime(2026, 11, 20, 9, 0) and call.rule_id == "write-while-closed"
    # Half an hour before the start: the call is the check (issue 24), no second one at 9:15.
    assert not any(x.rule_id == "confirm-received" for x in steps)


def test_canceling_at_short_notice_in_office_hours_calls_then_writes(situation):
    s = situation("cancel", interview_at=NOW + timedelta(hours=20))
    steps = plan(s)
    assert channels(steps)[:2] == ["phone", "email"] and steps[0].due == steps[1].due == NOW
    assert "after the call" in steps[1].action


@pytest.mark.parametrize("now", [NOW, FRIDAY_9PM])
def test_canceling_with_notice_is_written_at_once_whatever_the_hour(situation, now):
    steps = plan(situation("cancel", reason="not_interested", now=now))
    assert steps.first.channel == "email" and steps.first.due == now
    assert "phone" not in channels(steps)[:1]


def test_withdrawing_at_night_before_an_interview_tomorrow_writes_now_and_calls_at_opening(situation):
    s = situation("withdraw", now=datetime(2026, 11, 19, 21, 0), interview_at=datetime(2026, 11, 20, 11, 0))
    steps = plan(s)
    assert steps.first.channel == "email" and steps.first.due == s.now
    assert first_call(steps).due == datetime(2026, 11, 20, 9, 0)


def test_withdrawing_late_in_the_process_with_time_to_spare_calls_first_then_writes(situation):
    s = situation("withdraw", reason="not_interested", now=FRIDAY_9PM, interview_at=datetime(2026, 12, 1, 10, 0),
                  interviews_so_far=3)
    steps = plan(s)
    assert channels(steps)[:2] == ["phone", "email"]
    assert steps[0].due == steps[1].due == MONDAY_9AM and "after the call" in steps[1].action


def test_canceling_late_in_the_process_calls_too(situation):
    steps = plan(situation("cancel", reason="not_interested", interviews_so_far=2))
    assert first_call(steps).rule_id == "late-stage-call"


# --- public holidays ----------------------------------------------------------------------------------
def test_a_call_due_on_thanksgiving_waits_for_the_next_business_day(situation):
    s = situation("missed", now=datetime(2026, 11, 25, 18, 0), interview_at=datetime(2026, 11, 25, 10, 0))
    steps = plan(s)
    assert first_call(steps).due == datetime(2026, 11, 27, 9, 0)  # Friday, not Thanksgiving
    assert by_rule(steps, "formal-letter").due == datetime(2026, 11, 27, 9, 0)


def test_the_five_day_follow_up_never_lands_on_a_holiday(situation):
    # Friday 19 Nov... five business days from Thursday 19th would be Thursday 26th without the holiday.
    # (The times offered are far off, so the follow-up is not brought forward to come before them.)
    s = situation("reschedule", now=datetime(2026, 11, 19, 10, 0), interview_at=datetime(2026, 11, 24, 10, 0),
                  proposed_slots=(datetime(2026, 12, 9, 10, 0),))
    follow_up = by_rule(plan(s), "follow-up-once")
    assert follow_up.due == datetime(2026, 11, 27, 9, 0) and follow_up.channel == "follow_up"


def test_holidays_follow_the_employers_country(situation):
    s = situation("missed", now=datetime(2026, 11, 25, 18, 0), interview_at=datetime(2026, 11, 25, 10, 0),
                  country="DE")
    assert first_call(plan(s)).due == datetime(2026, 11, 26, 9, 0)  # no Thanksgiving in Germany


def test_the_country_is_read_from_the_interviews_zone(situation):
    from zoneinfo import ZoneInfo

    from guide.situation import employer_country

    berlin = ZoneInfo("Europe/Berlin")
    # 26 December is a public holiday in Germany (not in the US): Friday 25th and Saturday 26th are out.
    s = situation("missed", now=datetime(2026, 12, 24, 18, 0, tzinfo=berlin),
                  interview_at=datetime(2026, 12, 24, 10, 0, tzinfo=berlin))
    assert employer_country(s) == "DE"
    assert first_call(plan(s)).due == datetime(2026, 12, 28, 9, 0, tzinfo=berlin)
    assert employer_country(situation("missed")) == "US"  # a naive time: the default


# --- once a new time is agreed ------------------------------------------------------------------------
AGREED = datetime(2026, 11, 24, 10, 0)


@pytest.mark.parametrize("scenario, letter", [("missed", True), ("reschedule", False)])
def test_once_a_time_is_agreed_the_plan_moves_on(situation, scenario, letter):
    steps = plan(situation(scenario, agreed_at=AGREED))
    expected = ["confirm-in-writing"] + (["formal-letter"] if letter else []) + ["prevention", "arrive-early"]
    assert [s.rule_id for s in steps] == expected
    assert steps.first.channel == "confirm" and steps.first.due == NOW
    assert "Tuesday, November 24, at" in steps.first.action and "2026" not in steps.first.action  # near: no year
    for step in steps:
        assert step.due is not None and NOW <= step.due <= AGREED
        assert "ask for a new time" not in step.action and "say no" not in step.action
    assert not any(s.rule_id in ("follow-up-once", "gracious-if-declined", "call-first") for s in steps)
    assert steps[-1].due == AGREED - timedelta(minutes=15)
    if letter:
        assert "new time" in by_rule(steps, "formal-letter").action  # the letter thanks them for it


def test_an_agreed_time_after_being_very_late_moves_on_too(situation):
    steps = plan(situation("late", eta_minutes=45, agreed_at=AGREED, interview_format="video"))
    # No letter for lateness (only where it helps): the confirmation carries the thanks for the new time.
    assert [s.rule_id for s in steps] == ["confirm-in-writing", "prevention", "arrive-early"]
    assert steps[-1].due == AGREED - timedelta(minutes=5)  # a call: join a few minutes early


def test_without_an_agreed_time_the_follow_ups_are_named_for_their_messages(situation):
    steps = plan(situation("missed"))
    assert by_rule(steps, "follow-up-once").channel == "follow_up"
    assert by_rule(steps, "gracious-if-declined").channel == "declined"
    assert by_rule(steps, "confirm-in-writing").channel == "confirm"


# --- running late ---------------------------------------------------------------------------------------
def test_a_late_call_is_due_before_the_start_even_before_offices_open(situation):
    early = datetime(2026, 11, 20, 7, 10)
    s = situation("late", now=early, interview_at=datetime(2026, 11, 20, 7, 30), eta_minutes=30)
    steps = plan(s)
    for step in steps:
        if step.channel in ("phone", "voicemail"):
            assert early <= step.due < s.interview_at


def test_in_traffic_stopping_safely_comes_first(situation):
    steps = plan(situation("late", reason="traffic"))
    assert steps.first.rule_id == "stop-safely" and "driving" in steps.first.action
    assert steps[1].channel == "phone"
    assert not any(s.rule_id == "stop-safely" for s in plan(situation("late", reason="overslept")))


def test_more_than_an_hour_late_asks_for_a_new_time_rather_than_coming(situation):
    steps = plan(situation("late", eta_minutes=75))
    call = first_call(steps)
    assert call.rule_id == "offer-reschedule-if-very-late"
    assert "about 75 minutes late" in call.action and "new time instead" in call.action
    assert not any(s.rule_id == "on-arrival" for s in steps)
    assert "new time instead" not in first_call(plan(situation("late", eta_minutes=45))).action


def test_the_thank_you_after_arriving_late_comes_after_the_interview(situation):
    steps = plan(situation("late", eta_minutes=15))
    thanks = by_rule(steps, "thank-them")
    assert thanks.channel == "thanks" and thanks.due > by_rule(steps, "on-arrival").due


# --- moved once already ---------------------------------------------------------------------------------
def test_a_second_move_is_weighed_first(situation):
    steps = plan(situation("reschedule", times_moved=1))
    assert steps.first.rule_id == "reschedule-once" and steps.first.due == NOW
    assert "canceling" in steps.first.action
    assert [s.rule_id for s in steps].count("reschedule-once") == 1


# --- two clocks -------------------------------------------------------------------------------------------
def test_due_times_name_both_clocks_when_the_candidate_is_elsewhere(situation):
    from zoneinfo import ZoneInfo

    from guide.situation import own_zone
    from guide.timeline import due_label

    new_york = ZoneInfo("America/New_York")
    now = datetime(2026, 11, 20, 7, 0, tzinfo=new_york)  # 4 AM in Los Angeles: the candidate is up early
    s = situation("reschedule", now=now, candidate_zone="America/Los_Angeles",
                  interview_at=datetime(2026, 11, 20, 12, 40, tzinfo=new_york),
                  proposed_slots=(datetime(2026, 11, 24, 10, 0, tzinfo=new_york),))
    check = by_rule(plan(s), "confirm-received")
    assert check.due == datetime(2026, 11, 20, 11, 0, tzinfo=new_york)
    assert due_label(check.due, now, own_zone(s)) == "Today, 11:00 AM New York time, 8:00 AM yours"
    assert due_label(check.due, now) == "Today, 11:00 AM"  # one clock when no other is given
    assert due_label(now, now, own_zone(s)) == "Right away"  # "now" is the same on every clock


def test_a_zone_aware_now_says_which_clock_is_the_candidates():
    from zoneinfo import ZoneInfo

    from guide.timeline import due_label

    new_york, tokyo = ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo")
    now = datetime(2026, 11, 20, 13, 0, tzinfo=new_york)
    due = datetime(2026, 11, 20, 15, 0, tzinfo=new_york)
    # Across midnight the day is named too: 3 PM Friday in New York is 5 AM Saturday in Tokyo.
    assert due_label(due, now, tokyo) == "Today, 3:00 PM New York time, Saturday 5:00 AM yours"
    assert due_label(due, now, timezone(timedelta(hours=-5))) == "Today, 3:00 PM"  # same offset: one clock


@pytest.mark.parametrize(
    "scenario, overrides",
    [
        ("missed", {"agreed_at": AGREED}),
        ("missed", {"interview_at": datetime(2026, 11, 16, 10, 0)}),
        ("late", {"eta_minutes": 75}),
        ("late", {"eta_minutes": 45, "agreed_at": AGREED}),
        ("reschedule", {"times_moved": 1}),
        ("reschedule", {"agreed_at": AGREED}),
        ("cancel", {"interviews_so_far": 3, "now": FRIDAY_9PM}),
        ("withdraw", {"interviews_so_far": 3, "now": FRIDAY_9PM}),
    ],
)
def test_every_variant_step_cites_a_rule_for_its_scenario(situation, scenario, overrides):
    for step in plan(situation(scenario, **overrides)):
        assert scenario in rule(step.rule_id).scenarios and scenario in rule(step.cited).scenarios, step.rule_id
        assert step.why != rule(step.rule_id).text and step.action and "{" not in step.action


# --- issue 24: the plan's timing --------------------------------------------------------------------------
# Public holidays: a call waits only for a day most employers close; other holidays are a note in the plan.
@pytest.mark.parametrize("language", ["en", "en-GB", "es"])
def test_a_friday_miss_before_columbus_day_is_called_about_on_monday_with_a_note(situation, language):
    s = situation("missed", now=datetime(2026, 10, 9, 21, 0), interview_at=datetime(2026, 10, 9, 10, 0),
                  language=language)
    call = first_call(plan(s))
    assert call.due == datetime(2026, 10, 12, 9, 0)  # Columbus Day: most private employers are open
    # Named in the reader's language (the holiday calendar's own names, or guide/spanish.py's for the US).
    assert {"en": "Columbus Day", "en-GB": "Columbus Day", "es": "Día de la Hispanidad"}[language] in call.action
    note = {"en": "may be closed", "en-GB": "may be closed", "es": "podría estar cerrada"}[language]
    assert note in call.action
    # The letter, due that day too, goes by email or post: it needs nobody at the office, so no note.
    assert "Columbus" not in by_rule(plan(s), "formal-letter").action


def test_veterans_day_is_a_working_day_with_a_note(situation):
    s = situation("missed", now=datetime(2026, 11, 10, 18, 0), interview_at=datetime(2026, 11, 10, 10, 0))
    call = first_call(plan(s))
    assert call.due == datetime(2026, 11, 11, 9, 0) and "Veterans Day" in call.action


@pytest.mark.parametrize(
    "now, call",
    [
        (datetime(2026, 12, 31, 18, 0), datetime(2027, 1, 4, 9, 0)),  # New Year's Day (Friday), then a weekend
        (datetime(2026, 5, 22, 18, 0), datetime(2026, 5, 26, 9, 0)),  # Memorial Day
        (datetime(2026, 7, 2, 18, 0), datetime(2026, 7, 6, 9, 0)),  # Independence Day, observed on Friday 3rd
        (datetime(2026, 9, 4, 18, 0), datetime(2026, 9, 8, 9, 0)),  # Labor Day
        (datetime(2026, 11, 25, 18, 0), datetime(2026, 11, 27, 9, 0)),  # Thanksgiving
        (datetime(2026, 12, 24, 18, 0), datetime(2026, 12, 28, 9, 0)),  # Christmas
    ],
)
def test_the_six_days_most_us_employers_close_move_the_call(situation, now, call):
    s = situation("missed", now=now, interview_at=now - timedelta(hours=8))
    assert first_call(plan(s)).due == call
    assert "may be closed" not in first_call(plan(s)).action


@pytest.mark.parametrize("language", ["en", "en-GB", "es"])
@pytest.mark.parametrize(
    "now, call",
    [
        (datetime(2026, 4, 2, 18, 0), datetime(2026, 4, 7, 9, 0)),  # Good Friday and Easter Monday
        (datetime(2026, 8, 28, 18, 0), datetime(2026, 9, 1, 9, 0)),  # the summer bank holiday (31 August)
        (datetime(2026, 12, 24, 18, 0), datetime(2026, 12, 29, 9, 0)),  # Christmas, Boxing Day (observed 28th)
    ],
)
def test_uk_bank_holidays_close_the_office(situation, now, call, language):
    s = situation("missed", now=now, interview_at=now - timedelta(hours=8), country="GB", language=language)
    assert first_call(plan(s)).due == call


def test_elsewhere_every_public_holiday_closes_the_office(situation):
    # Germany: the package's public holidays (3 October falls on a Saturday; Easter Monday 2026 is 6 April).
    s = situation("missed", now=datetime(2026, 4, 2, 18, 0), interview_at=datetime(2026, 4, 2, 10, 0), country="DE")
    assert first_call(plan(s)).due == datetime(2026, 4, 7, 9, 0)


# "Make sure they got it" at a sensible moment.
def test_a_cancellation_days_ahead_is_checked_on_the_next_working_day_not_two_hours_later(situation):
    s = situation("cancel", reason="not_interested")  # Friday 1 PM, interview Tuesday 10 AM
    steps = plan(s)
    email, check = by_rule(steps, "cancel-clearly"), by_rule(steps, "confirm-received")
    assert email.due == NOW
    assert check.due == MONDAY_9AM  # the next working morning, a day before the interview


@pytest.mark.parametrize("scenario", ["reschedule", "cancel"])
def test_no_check_a_quarter_of_an_hour_before_the_interview(situation, scenario):
    # Wednesday 10 PM, a Thursday 9:00 interview: the call at 8:30 is the only chance; a check at 8:45 is none.
    s = situation(scenario, now=WEDNESDAY_10PM, interview_at=THURSDAY_9AM,
                  proposed_slots=(datetime(2026, 11, 24, 10, 0),))
    steps = plan(s)
    assert first_call(steps).due == datetime(2026, 11, 19, 8, 30)
    assert not any(st.rule_id == "confirm-received" for st in steps)


def test_a_check_leaves_time_to_act_before_the_interview(situation):
    s = situation("reschedule", now=SATURDAY_NOON, interview_at=datetime(2026, 11, 23, 11, 0),
                  proposed_slots=(datetime(2026, 11, 25, 10, 0),))
    check = by_rule(plan(s), "confirm-received")
    assert check.due == datetime(2026, 11, 23, 10, 0)  # an hour after the 9:00 call, an hour before 11:00


# Nothing planned that the situation has already passed.
@pytest.mark.parametrize("language", ["en", "en-GB", "es"])
def test_once_a_time_is_agreed_no_advice_about_agreeing_to_one(situation, language):
    s = situation("reschedule", reason="conflict", agreed_at=AGREED, language=language)
    prevention = by_rule(plan(s), "prevention")
    assert "before agreeing" not in prevention.action and "antes de aceptar" not in prevention.action
    assert prevention.action
    # Confirming it in writing is the plan's first step then, not a prevention for later.
    mixed_up = by_rule(plan(situation("missed", reason="confusion", agreed_at=AGREED, language=language)), "prevention")
    assert "in writing" not in mixed_up.action and "por escrito" not in mixed_up.action


def test_an_offered_letter_is_in_the_plan(situation):
    from guide import advise

    for s in (situation("withdraw", interviews_so_far=3), situation("missed"),
              situation("missed", agreed_at=AGREED)):
        advice = advise(s)
        if "letter" in advice.kinds:
            assert any(st.channel == "letter" for st in advice.plan), s.scenario


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_letter_about_an_interview_days_away_is_not_posted(situation, language):
    # Agreed on Friday for Monday 9:00: a posted letter would arrive after the interview it is about.
    s = situation("missed", agreed_at=datetime(2026, 11, 23, 9, 0), language=language)
    letter = by_rule(plan(s), "formal-letter")
    attach, post = {"en": ("attach", "post"), "es": ("adjúntela", "correo postal")}[language]
    assert letter.due < s.agreed_at and attach in letter.action.lower() and post not in letter.action
    # Two weeks ahead, the post is fast enough.
    far = situation("missed", agreed_at=datetime(2026, 12, 8, 10, 0), language=language)
    assert by_rule(plan(far), "formal-letter").due < far.agreed_at and post in by_rule(plan(far), "formal-letter").action


def test_the_follow_up_comes_before_the_first_offered_time(situation):
    # Missed on Friday, offered Wednesday 25th and Friday 27th: five working days would be Monday 30th,
    # after both. The one follow-up is a note about those times, the working day before the first.
    s = situation("missed", proposed_slots=(datetime(2026, 11, 25, 10, 0), datetime(2026, 11, 27, 14, 0)))
    steps = plan(s)
    follow_up = next(st for st in steps if st.channel == "follow_up")
    assert follow_up.rule_id == "follow-up-times" and follow_up.due == datetime(2026, 11, 24, 9, 0)
    assert not any(st.rule_id == "follow-up-once" for st in steps)  # one follow-up, not two
    assert_in_time_order(steps)
    # Moving Tuesday's interview to Wednesday: a note on Tuesday morning lands on the interview being moved
    # (the check before it is the plan's step then), so the five-day follow-up stands (issue 24).
    moved = plan(situation("reschedule", proposed_slots=(datetime(2026, 11, 25, 10, 0),)))
    assert by_rule(moved, "follow-up-once").due == datetime(2026, 11, 30, 9, 0)
    # Moving Monday's interview to Wednesday: the note goes on Tuesday, after it and before the new time.
    monday = situation("reschedule", interview_at=datetime(2026, 11, 23, 10, 0),
                       proposed_slots=(datetime(2026, 11, 25, 10, 0),))
    assert by_rule(plan(monday), "follow-up-times").due == datetime(2026, 11, 24, 9, 0)
    # A time offered for the next working day leaves no time for an answer: the five working days stand.
    soon = situation("reschedule", proposed_slots=(datetime(2026, 11, 23, 10, 0),))
    assert by_rule(plan(soon), "follow-up-once").due == datetime(2026, 11, 30, 9, 0)
    far = situation("reschedule", proposed_slots=(datetime(2026, 12, 9, 10, 0),))
    assert by_rule(plan(far), "follow-up-once").due == datetime(2026, 11, 30, 9, 0)


# Day counts as people count them.
def test_thursday_to_monday_is_four_days(situation):
    from guide import advise
    from guide.situation import days_since_missed

    s = situation("missed", now=datetime(2026, 11, 23, 9, 0), interview_at=datetime(2026, 11, 19, 10, 0))
    assert days_since_missed(s) == 4
    warning = next(p for p in advise(s).problems if p.field == "interview_at")
    assert "4 days" in warning.message


# --- issue 24, the plan read cold by a recruiter (notes/reads/recruiter.md): one rule per class ---------
from guide.clock import add_business_days  # noqa: E402
from guide.messages import kinds_for  # noqa: E402
from guide.policy import FOLLOW_UP_BUSINESS_DAYS, NUDGE_BUSINESS_DAYS  # noqa: E402

LANGUAGES = ["en", "en-GB", "es"]
# Moments a candidate comes to the guide: a weekday lunch, 7 am, 9 pm, a Saturday, Thanksgiving eve.
GRID_NOWS = [NOW, datetime(2026, 12, 8, 7, 0), datetime(2026, 12, 8, 21, 0), SATURDAY_NOON,
             datetime(2026, 11, 25, 16, 30)]


def grid(scenario, language="en"):
    """Situations of ``scenario`` at every moment of GRID_NOWS, near and far, in ``language``."""
    for now in GRID_NOWS:
        if scenario == "missed":
            shapes = [dict(interview_at=now - timedelta(hours=3)), dict(interview_at=now - timedelta(days=4))]
        elif scenario == "late":
            shapes = [dict(interview_at=now + timedelta(minutes=5), eta_minutes=eta) for eta in (8, 30, 75)]
        else:
            shapes = [dict(interview_at=now + timedelta(hours=h)) for h in (4, 20, 70, 170)]
        for shape in shapes:
            at = shape["interview_at"]
            for days in ((1, 2), (3, 4), (8, 9)):  # offered times: soon, within the week, later
                slots = tuple((max(now, at) + timedelta(days=d)).replace(hour=10, minute=0) for d in days)
                extra = dict(proposed_slots=slots) if scenario in ("missed", "reschedule") else {}
                for interviews in (0, 3):
                    yield make_situation(scenario, now=now, language=language, interviews_so_far=interviews,
                                         **shape, **extra)


def _plans(scenarios, language="en"):
    from guide.situation import validate

    for scenario in scenarios:
        for s in grid(scenario, language):
            if not any(p.severity == "error" for p in validate(s)):
                yield s, plan(s)


# 1. The follow-up: after the policy's wait; about the times offered only before the first of them.
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_follow_up_waits_and_says_what_its_timing_means(language):
    from guide import advise

    seen = set()
    for s, steps in _plans(["missed", "reschedule"], language):
        follow_up = next((st for st in steps if st.channel == "follow_up"), None)
        if follow_up is None:
            continue
        country = "US"
        assert follow_up.due >= add_business_days(s.now, NUDGE_BUSINESS_DAYS, country), (s.now, follow_up)
        if s.scenario == "reschedule":  # never on the morning of the interview being moved
            assert follow_up.due.date() > s.interview_at.date(), (s.now, s.interview_at, follow_up.due)
        seen.add(follow_up.rule_id)
        if follow_up.rule_id == "follow-up-times":
            assert follow_up.due < min(s.proposed_slots), (s.now, follow_up.due, s.proposed_slots)
        else:
            assert follow_up.rule_id == "follow-up-once"
            after = s.interview_at if s.scenario == "reschedule" else s.now  # the one being moved is over
            assert follow_up.due == max(add_business_days(s.now, FOLLOW_UP_BUSINESS_DAYS, country),
                                        add_business_days(after, 1, country))
        body = advise(s).message("follow_up").body
        filled = {"en": "filled", "en-GB": "filled", "es": "cubierto"}[language]
        assert (filled in body) == (follow_up.rule_id == "follow-up-once"), body
    assert seen == {"follow-up-times", "follow-up-once"}


# 6. A step's why agrees with the step's real order and scenario.
CALL_FIRST_WHYS = {"call-first", "cancel-notice", "late-stage-call", "withdraw-call-late-stage", "email-after-call",
                   "no-answer"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_why_agrees_with_the_order_and_the_scenario(language):
    for s, steps in _plans(SCENARIOS, language):
        calls = [st.due for st in steps if st.channel == "phone" and st.rule_id != "confirm-received"]
        emails = [st.due for st in steps if st.channel == "email"]
        if calls and emails and min(emails) < min(calls):  # written first: no why says "call first"
            order = [st.rule_id for st in steps if st.channel in ("phone", "voicemail", "email")]
            assert not CALL_FIRST_WHYS & set(order), (s.scenario, s.now, order)
        for st in steps:
            if st.channel == "letter":
                assert st.rule_id in ("formal-letter", "withdraw-letter"), st
            if s.scenario == "withdraw":  # a withdrawal is not a cancellation
                assert st.rule_id != "cancel-clearly", st
    assert by_rule(plan(situation_at_9pm("missed")), "write-while-closed").channel == "email"


def situation_at_9pm(scenario):
    return make_situation(scenario, now=FRIDAY_9PM, interview_at=datetime(2026, 11, 20, 10, 0))


# 8. "Make sure they got it" never after a call that reached them: only after a voicemail or an email.
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_check_is_only_for_a_message_nobody_answered(language):
    after_call = {"en": "only reached voicemail", "en-GB": "only reached voicemail", "es": "solo dejó un mensaje"}
    after_email = {"en": "No answer to your email", "en-GB": "No answer to your email", "es": "su correo"}
    seen = set()
    for s, steps in _plans(["reschedule", "cancel"], language):
        for check in (st for st in steps if st.rule_id == "confirm-received"):
            called = any(st.channel == "phone" and st.rule_id != "confirm-received" and st.due <= check.due
                         for st in steps)
            marker = (after_call if called else after_email)[language]
            assert marker in check.action, (s.scenario, s.now, check.action)
            seen.add(called)
    assert seen == {True, False}


# 10. No prevention for what nobody could prevent; no video link after a phone interview.
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("reason", ["illness", "family_emergency"])
def test_no_prevention_step_for_an_illness_or_an_emergency(language, reason):
    for scenario in ("missed", "late", "reschedule"):
        for extra in ({}, {"agreed_at": AGREED}):
            steps = plan(make_situation(scenario, reason=reason, language=language, **extra))
            assert not any(st.rule_id == "prevention" for st in steps), (scenario, extra)
    # A cause that can be prevented keeps its step.
    assert any(st.rule_id == "prevention" for st in plan(make_situation("missed", reason="overslept")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_phone_interview_gets_no_video_link_advice(language):
    video = "video"  # "videollamada" in Spanish
    for fmt, expected in (("phone", False), ("video", True)):
        s = make_situation("missed", reason="technical", interview_format=fmt, location="", language=language)
        assert (video in by_rule(plan(s), "prevention").action.lower()) is expected, fmt


# 11. A step names only messages the situation writes.
KIND_WORDS = {"the email": "email", "an email": "email", "the voicemail": "voicemail", "the letter": "letter",
              "the text": "text", "“Thank-you”": "thanks", "the follow-up": "follow_up"}


@pytest.mark.parametrize("language", ["en", "en-GB"])
def test_every_step_names_only_messages_the_situation_writes(language):
    for s, steps in _plans(SCENARIOS, language):
        kinds = kinds_for(s)
        for st in steps:
            assert written(st, s, kinds), (s.scenario, st)
            for words, kind in KIND_WORDS.items():
                if words in st.action or words in st.why:
                    assert kind in kinds, (s.scenario, s.eta_minutes, words, st)


def test_every_step_channel_is_a_message_written_in_spanish_too():
    for s, steps in _plans(SCENARIOS, "es"):
        kinds = kinds_for(s)
        assert all(written(st, s, kinds) for st in steps), s.scenario


def written(step, s, kinds):
    """Whether the message ``step`` uses is written now, or (a step for "once a new time is agreed") will be
    once that time is entered."""
    from guide.domain import SCENARIO_SPECS

    later = step.due is None and step.channel in SCENARIO_SPECS[s.scenario].once_agreed
    return step.channel is None or step.channel in kinds or later


# 12. Very late, they may still say "come anyway": the plan has the arrival and the thank-you for it.
@pytest.mark.parametrize("language", LANGUAGES)
def test_very_late_plans_for_being_told_to_come_anyway(language):
    from guide import advise

    anyway = {"en": "anyway", "en-GB": "anyway", "es": "de todos modos"}[language]
    s = make_situation("late", eta_minutes=40, language=language)
    steps = plan(s)
    arrival, thanks = by_rule(steps, "on-arrival"), by_rule(steps, "thank-them")
    assert arrival.due is None and anyway in arrival.action
    assert thanks.due is None and thanks.channel == "thanks" and "thanks" in advise(s).kinds
    # More than an hour late, coming is off: neither.
    far = plan(make_situation("late", eta_minutes=75, language=language))
    assert not any(st.rule_id in ("on-arrival", "thank-them") for st in far)


# 14. Quiet days: offices open, many people away or gone home early.
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_call_on_a_quiet_day_says_they_may_be_hard_to_reach(language):
    note = {"en": "may not reach them", "en-GB": "may not reach them", "es": "no consiga hablar"}[language]
    # Thanksgiving eve, moving Monday's interview: the check falls on the day after Thanksgiving.
    s = make_situation("reschedule", now=datetime(2026, 11, 25, 16, 30), interview_at=datetime(2026, 11, 30, 10, 0),
                       proposed_slots=(datetime(2026, 12, 1, 10, 0), datetime(2026, 12, 2, 14, 0)),
                       language=language)
    check = by_rule(plan(s), "confirm-received")
    assert check.due == datetime(2026, 11, 27, 9, 0) and note in check.action
    # UK, 3 PM on Christmas Eve: the call right away says the office may already be shut.
    uk = make_situation("reschedule", now=datetime(2026, 12, 24, 15, 0), interview_at=datetime(2026, 12, 29, 10, 0),
                        proposed_slots=(datetime(2026, 12, 30, 10, 0), datetime(2027, 1, 4, 14, 0)),
                        country="GB", language=language)
    assert note in first_call(plan(uk)).action
    # Not on the interview's own day (their office is open for it), and not on an ordinary day.
    late = make_situation("late", now=datetime(2026, 12, 24, 9, 50), interview_at=datetime(2026, 12, 24, 10, 0),
                          language=language)
    assert note not in first_call(plan(late)).action
    assert note not in first_call(plan(make_situation("missed", language=language))).action


# --- a call is not a journey: no route, no "leave now" for a video or phone interview --------------------------
_TRAVEL = re.compile(
    r"leave now|go straight there|\broute\b|\barrive\b|get there|\btravel|"
    r"salga ya|vaya directamente|\bcamino\b|\bruta\b|\bllegue\b|\bllegar\b",
    re.IGNORECASE,
)


def _remote_cases():
    from guide import domain
    from guide.situation import FORMATS

    for sc, spec in domain.SCENARIO_SPECS.items():
        for fmt in FORMATS:
            if fmt == "in_person":
                continue
            for reason in spec.reasons:
                for extra in ({}, {"eta_minutes": 5}, {"eta_minutes": 15}, {"eta_minutes": 45}) if spec.on_the_way else ({},):
                    yield sc, fmt, str(reason), extra


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("scenario, fmt, reason, extra", list(_remote_cases()), ids=lambda v: str(v))
def test_a_video_or_phone_interview_is_never_told_to_travel(lang, scenario, fmt, reason, extra):
    """Every scenario x interview format: the problems the form shows and every step of the plan (its
    action and its why) speak of joining a call, never of a route or leaving for somewhere."""
    from guide.i18n import speaking
    from guide.situation import validate

    from .conftest import make_situation

    with speaking(lang):
        values = dict(interview_format=fmt, reason=reason, **extra)
        if extra.get("eta_minutes") == 5:  # five minutes to go before a start an hour away: not late at all
            values["interview_at"] = NOW + timedelta(hours=1)
        s = make_situation(scenario, language=lang, **values)
        said = [p.message for p in validate(s)]
        if not any(p.severity == "error" for p in validate(s)):
            said += [t for step in plan(s) for t in (step.action, step.why)]
    assert [t for t in said if _TRAVEL.search(t)] == []


# An employer whose own hours run into evenings and weekends (retail, hospitality, warehouses): the
# candidate says so, and the plan calls in those hours instead of waiting for Monday morning.
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_an_employer_open_evenings_and_weekends_is_called_in_their_hours(situation, scenario):
    saturday_11 = datetime(2026, 11, 21, 11, 0)
    weekday_7pm = datetime(2026, 11, 20, 19, 0)
    fields = {"late": {"interview_at": saturday_11 + timedelta(minutes=10), "eta_minutes": 15}}.get(scenario, {})
    for now in (saturday_11, weekday_7pm):
        if scenario == "late" and now == weekday_7pm:
            continue
        office = situation(scenario, now=now, interviews_so_far=2, **fields)
        extended = office.replace(employer_hours="extended")
        for step in plan(extended):
            if step.channel == "phone" and step.rule_id != "confirm-received":
                assert step.due == now, (scenario, now, step)
        if scenario in ("missed", "reschedule"):
            assert first_call(plan(office)).due > now  # the office waits for Monday (or the morning)
    # Nine at night is too late for anyone: the call waits for the morning.
    late_night = situation("missed", now=datetime(2026, 11, 21, 21, 0), interview_at=datetime(2026, 11, 21, 10, 0))
    assert first_call(plan(late_night.replace(employer_hours="extended"))).due == datetime(2026, 11, 22, 9, 0)


# --- recruiter read #2 (tests/reads/recruiter-2026-12-07.md): its defect classes, one rule each --------

@pytest.mark.parametrize("language", LANGUAGES)
def test_a_phone_interview_is_prepared_for_as_a_phone_call(language):
    """4. "Test the link and join the call 5 minutes ahead" after a phone interview: there is no link. A
    phone interview's candidate charges the phone, finds a quiet place and answers at once."""
    link = re.compile(r"\blink\b|join the call|enlace|conéctese", re.I)
    phone_words = {"en": "charged", "en-GB": "charged", "es": "cargado"}[language]
    for scenario in ("missed", "late", "reschedule"):
        late = {"eta_minutes": 45} if scenario == "late" else {}  # very late: another time is asked for
        for extra in (late, {**late, "agreed_at": AGREED}):
            s = make_situation(scenario, interview_format="phone", location="", language=language, **extra)
            early = by_rule(plan(s), "arrive-early")
            assert not link.search(early.action) and phone_words in early.action, (scenario, extra, early.action)
    video = make_situation("missed", interview_format="video", location="", language=language)
    assert phone_words not in by_rule(plan(video), "arrive-early").action


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_move_asked_for_ahead_is_not_a_slip(language):
    """11. Asking days ahead to move an interview is a courtesy: its plan's whys never speak of a slip or of
    it "not happening again"."""
    slip = re.compile(r"slip|happen again|desliz|tropiezo|vuelva a pasar|se repita", re.I)
    for s, steps in _plans(["reschedule"], language):
        assert [st.why for st in steps if slip.search(st.why)] == [], (s.now, s.interview_at)
    for reason in ("conflict", "other"):
        for extra in ({}, {"agreed_at": AGREED}):
            steps = plan(make_situation("reschedule", reason=reason, language=language, **extra))
            assert [st.why for st in steps if slip.search(st.why)] == [], (reason, extra)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_time_in_a_steps_words_names_its_zone_when_the_clocks_differ(language):
    """9. "Before Friday, November 27, at 6:00 PM, make sure..." is read on the candidate's clock: where the
    employer's differs, the time in the action names its zone (the due column already shows both)."""
    from zoneinfo import ZoneInfo

    ny, la = ZoneInfo("America/New_York"), ZoneInfo("America/Los_Angeles")
    zone = {"en": "Los Angeles time", "en-GB": "Los Angeles time", "es": "hora de Los Ángeles"}[language]
    s = make_situation("reschedule", language=language, now=datetime(2026, 11, 20, 12, 0, tzinfo=ny),
                       candidate_zone="America/New_York", interview_at=datetime(2026, 11, 24, 18, 0, tzinfo=la),
                       proposed_slots=(datetime(2026, 11, 30, 18, 0, tzinfo=la), datetime(2026, 12, 1, 18, 0, tzinfo=la)))
    assert zone in by_rule(plan(s), "confirm-received").action
    agreed = plan(s.replace(agreed_at=datetime(2026, 12, 1, 18, 0, tzinfo=la)))
    assert zone in by_rule(agreed, "confirm-in-writing").action and zone in by_rule(agreed, "arrive-early").action
    # One clock: no zone in the words.
    same = s.replace(candidate_zone="America/Los_Angeles", now=datetime(2026, 11, 20, 9, 0, tzinfo=la))
    assert zone not in by_rule(plan(same), "confirm-received").action


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_cafe_or_a_store_has_no_reception_no_assistant_and_no_office_hours(language):
    """8 and 12. An employer open evenings and weekends (a café, a store, a warehouse): its plan sends no one
    to "reception" or to "their assistant", and says nothing of "office hours"."""
    from guide.situation import validate

    office = re.compile(r"reception|assistant|office hours|recepción|asistente|horario de oficina", re.I)
    found = []
    for scenario in SCENARIOS:
        for s in grid(scenario, language):
            s = s.replace(employer_hours="extended")
            if any(p.severity == "error" for p in validate(s)):
                continue
            found += [(scenario, s.now, st.action) for st in plan(s) if office.search(st.action)]
    assert found == [], found[:3]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_moved_before_warning_counts_right_and_is_gone_once_a_time_is_agreed(language):
    """6. Moved twice, the warning said "moved once already"; with a new time agreed, it still warned
    about asking again, when nothing is left to ask."""
    from guide.situation import validate

    once = {"en": "once", "en-GB": "once", "es": "una vez"}[language]
    for scenario in ("missed", "reschedule"):
        twice = make_situation(scenario, times_moved=2, language=language)
        warned = [p.message for p in validate(twice) if p.field == "times_moved"]
        assert len(warned) == 1 and "2" in warned[0] and once not in warned[0], warned
        agreed = twice.replace(agreed_at=AGREED if scenario == "reschedule" else datetime(2026, 11, 24, 10, 0))
        assert [p.message for p in validate(agreed) if p.field == "times_moved"] == []
    step = by_rule(plan(make_situation("reschedule", times_moved=2, language=language)), "reschedule-once")
    assert "2" in step.action and once not in step.action, step.action


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_afternoon_call_on_an_eve_says_so_even_on_the_interviews_day(language):
    """7. A morning interview missed on Christmas Eve (UK) or the day before Thanksgiving (US), found in the
    afternoon: the call "right away" may reach an office already emptying, and says so; the morning call
    on such a day does not."""
    note = {"en": "may not reach them", "en-GB": "may not reach them", "es": "no consiga hablar"}[language]
    for now, country in ((datetime(2026, 12, 24, 15, 0), "GB"), (datetime(2026, 11, 25, 16, 30), "US")):
        s = make_situation("missed", now=now, interview_at=now.replace(hour=10), country=country, language=language)
        assert note in first_call(plan(s)).action, (now, first_call(plan(s)).action)
        morning = s.replace(now=now.replace(hour=11, minute=0), interview_at=now.replace(hour=9))
        assert note not in first_call(plan(morning)).action
