"""The withdrawal messages: the candidate takes themselves out of the running, with or without a booked
interview.

What must hold for every channel, tone, format and reason: it says "withdraw" plainly and never asks for
another slot (003), thanks them, never names or ranks another employer (hiring practice), mentions an
interview only when one is booked, apologizes for short notice when it is under a day away, and after
several interviews thanks them for those interviews.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta

import pytest

from guide import FORMATS, TONES, InvalidSituation, UnsupportedChannel, channels_for, compose, reasons_for

from .message_support import LEFTOVER, naive_and_aware_clock, paragraphs_between_greeting_and_closing, situation_maker

CHANNELS = channels_for("withdraw")
REASONS = reasons_for("withdraw")

# Tuesday 10 March 2026, 2 PM; the next interview is Thursday 12 March, 10 AM: two days' notice.
NOW = datetime(2026, 3, 10, 14, 0)
INTERVIEW = datetime(2026, 3, 12, 10, 0)
INTERVIEW_WORDS = "Thursday, March 12, 2026, at 10:00 AM"

ASKS_FOR_NEW_TIME = re.compile(
    r"reschedul|would it be possible|could we|new time|another time|another date|would one of|"
    r"available (at|on)|convenient for you|suits you|when (are|would) you (be )?free",
    re.I,
)
CONTRACTIONS = re.compile(r"\b(I'm|I'd|I'll|I've|there's|won't|don't|can't|it's|you're|you've|wasn't)\b")
MONTHS_AND_CLOCK = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|"
                              r"November|December) \d|\b\d{1,2}:\d\d\b")


clock = naive_and_aware_clock(NOW, INTERVIEW)


@pytest.fixture
def withdraw(clock):
    """Factory: a valid withdrawal with an interview two days ahead; keyword arguments replace fields."""
    return situation_maker("withdraw", clock)


# --- every combination -------------------------------------------------------------------------------


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("interview_format", FORMATS)
@pytest.mark.parametrize("reason", REASONS)
@pytest.mark.parametrize("booked", [True, False], ids=["booked", "nothing-booked"])
@pytest.mark.parametrize("interviews_so_far", [0, 1, 3])
def test_every_withdrawal_is_complete_clear_and_polite(
    withdraw, clock, channel, tone, interview_format, reason, booked, interviews_so_far
):
    s = withdraw(
        tone=tone,
        interview_format=interview_format,
        reason=reason,
        interview_at=clock[1] if booked else None,
        interviews_so_far=interviews_so_far,
    )
    message = compose(s, channel)
    body = message.body

    assert not LEFTOVER.search(body), body
    assert "Ana García" in body and "Warehouse Associate" in body
    if channel in ("email", "letter"):
        assert "Acme Corp" in body

    # A withdrawal, said plainly, and no hint of wanting another slot.
    assert re.search(r"\bwithdraw", body, re.I)
    assert not ASKS_FOR_NEW_TIME.search(body), ASKS_FOR_NEW_TIME.search(body)
    assert "cancel" not in body.lower() or (booked and interview_format == "video")  # "cancel the invitation"

    assert re.search(r"\bthank", body, re.I)
    assert not re.search(r"\bbetter\b|\bmore money\b|\bsalary\b", body, re.I)
    if reason == "accepted_offer":
        assert "another organization" in body

    # The booked interview is named exactly; with none booked there is no date sentence at all.
    if booked:
        assert INTERVIEW_WORDS in body
        assert re.search(r"\b(sorry|apologize)\b", body, re.I)  # a booked slot is being given back
    else:
        words = body.replace("Tuesday, March 10, 2026", "") if channel == "letter" else body  # letter's date
        assert not MONTHS_AND_CLOCK.search(words), MONTHS_AND_CLOCK.search(words)
        assert "scheduled for" not in body and "short notice" not in body

    if interviews_so_far >= 2:
        assert "interviews so far" in body
    else:
        assert "interviews so far" not in body

    if channel == "email":
        assert message.subject == "Withdrawal of application – Ana García – Warehouse Associate"
        assert 90 <= message.word_count <= 160, message.word_count
        assert 70 <= len(paragraphs_between_greeting_and_closing(body).split()) <= 150
    else:
        assert message.subject is None
    if channel == "letter":
        assert 70 <= len(paragraphs_between_greeting_and_closing(body).split()) <= 150


def test_there_is_no_text_message_for_a_withdrawal(withdraw):
    with pytest.raises(UnsupportedChannel):
        compose(withdraw(), "text")


# --- with and without an interview -------------------------------------------------------------------


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_with_nothing_booked_it_still_composes_and_asks_to_be_taken_off_the_list(withdraw, channel, tone):
    message = compose(withdraw(interview_at=None, tone=tone), channel)
    assert message.body
    if channel == "email":
        expected = "take my name out of the running" if tone == "warm" else "remove my name from consideration"
        assert expected in message.body
        assert "no need to reply" in message.body.lower()


@pytest.mark.parametrize("channel", ["email", "letter", "voicemail", "phone"])
@pytest.mark.parametrize("interview_format", FORMATS)
def test_a_booked_interview_is_given_back_in_the_words_of_its_format(withdraw, channel, interview_format):
    body = compose(withdraw(interview_format=interview_format), channel).body
    meeting = {"phone": "phone interview", "video": "video interview", "in_person": "interview"}[interview_format]
    assert re.search(rf"\b(not|won't) (attend|be at) (our|the) {meeting} (on|scheduled for|set for) {INTERVIEW_WORDS}", body), body
    if channel in ("email", "letter"):
        release = {"phone": "need to call me", "video": "video call invitation", "in_person": "not be coming in"}
        assert release[interview_format] in body
        assert ("at 12 Dock St" in body) == (interview_format == "in_person")


def test_the_letter_names_the_booked_interview_with_date_time_and_place(withdraw):
    body = compose(withdraw(candidate_email="ana@example.org"), "letter").body
    blocks = body.split("\n\n")
    assert blocks[0] == "Ana García\nana@example.org"
    assert blocks[1] == "Tuesday, March 10, 2026"
    assert blocks[2] == "Ms. Lee\nAcme Corp\n12 Dock St"
    assert blocks[3] == "Re: Withdrawal of my application for the Warehouse Associate position"
    assert f"scheduled for {INTERVIEW_WORDS} at 12 Dock St." in body
    assert blocks[-1] == "Sincerely,\nAna García\nana@example.org"


# --- notice and earlier rounds -----------------------------------------------------------------------


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_an_interview_less_than_a_day_away_brings_a_short_notice_apology(withdraw, clock, channel, tone):
    _, at = clock
    assert "short notice" in compose(withdraw(tone=tone, now=at - timedelta(hours=4)), channel).body
    assert "short notice" not in compose(withdraw(tone=tone), channel).body


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_after_several_interviews_it_thanks_them_for_those_interviews(withdraw, channel, tone):
    late = compose(withdraw(interviews_so_far=2, interview_at=None, tone=tone), channel).body
    assert "Thank you for the interviews so far" in late
    once = compose(withdraw(interviews_so_far=1, interview_at=None, tone=tone), channel).body
    assert "interviews so far" not in once
    assert ("first conversation" if tone == "warm" else "meeting with me earlier in the process") in once
    if channel in ("email", "letter"):
        # Stepping away late in a process costs them more; the written message owns that.
        assert re.search(r"sorry to step away (this late in|at this stage of) the process", late)
        assert "step away" not in once


def test_the_phone_script_for_a_first_contact_does_not_mention_an_interview(withdraw):
    body = compose(withdraw(interview_at=None, interviews_so_far=0, contact_name=""), "phone").body
    assert "the person handling applications for the Warehouse Associate position" in body
    assert "arranged my interview" not in body and "calendar" not in body
    later = compose(withdraw(interview_at=None, interviews_so_far=2, contact_name=""), "phone").body
    assert "arranged my interview" in later


# --- tone --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("booked", [True, False])
def test_the_two_tones_are_visibly_different(withdraw, clock, channel, booked):
    at = clock[1] if booked else None
    formal = compose(withdraw(tone="formal", interview_at=at), channel).body
    warm = compose(withdraw(tone="warm", interview_at=at), channel).body
    assert formal != warm
    assert CONTRACTIONS.search(warm)
    if channel != "phone":  # the phone script's coaching lines are spoken, whatever the tone
        assert not CONTRACTIONS.search(formal), CONTRACTIONS.search(formal)
    if channel in ("email", "letter"):
        assert formal.count("Dear Ms. Lee,") == 1 and "\nSincerely,\n" in formal
        assert warm.count("Hello Ms. Lee,") == 1 and "\nKind regards,\n" in warm


# --- reasons -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("channel", CHANNELS)
def test_each_reason_is_given_in_one_honest_sentence(withdraw, channel):
    expected = {
        "accepted_offer": "I have accepted a position with another organization.",
        "not_interested": "I have decided that this role is not the right fit for me at this point.",
        "other": "My circumstances have changed, and I am no longer in a position to pursue this opportunity.",
    }
    assert set(expected) == set(REASONS)
    for reason, sentence in expected.items():
        body = compose(withdraw(reason=reason), channel).body
        assert sentence in body
        assert not any(other in body for r, other in expected.items() if r != reason)
        # "at that time" belongs to a clash with a booked slot, not to leaving a process.
        assert "at that time" not in body or "call me at that time" in body


@pytest.mark.parametrize("channel", ["email", "letter"])
@pytest.mark.parametrize("tone", TONES)
def test_asking_to_be_remembered_depends_on_the_reason(withdraw, channel, tone):
    for reason in REASONS:
        body = compose(withdraw(reason=reason, tone=tone), channel).body
        if reason == "not_interested":
            assert "future" not in body and "right person for the role" in body
        else:
            assert "future" in body and "with your team" in body


def test_the_phone_script_coaches_not_naming_the_new_employer(withdraw):
    body = compose(withdraw(reason="accepted_offer"), "phone").body
    assert "you don't have to name the other employer" in body
    assert "If they ask you to reconsider" in body
    assert "email today" in body


# --- optional fields and bad input -------------------------------------------------------------------


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_without_a_contact_the_greeting_is_generic(withdraw, channel, tone):
    body = compose(withdraw(contact_name="", tone=tone), channel).body
    assert "Ms. Lee" not in body and " ," not in body and "  " not in body
    if channel in ("email", "letter"):
        assert ("\nDear Hiring Manager,\n" in "\n" + body) if tone == "formal" else ("\nHello,\n" in "\n" + body)
    if channel == "voicemail":
        assert body.startswith('"Hello, this is' if tone == "formal" else '"Hi, it\'s')


def test_an_overlong_role_is_refused_with_a_message_not_a_template_error(withdraw):
    with pytest.raises(InvalidSituation) as caught:
        compose(withdraw(role="R" * 10_000, interview_at=None), "letter")
    assert "10,000" in str(caught.value)


HOSTILE = ["{{ 7*7 }}", "<b>x</b>", "{% raw %}", "Zoë 😀", "محمد عبد الله", "שרה כהן"]


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("booked", [True, False])
def test_typed_text_is_printed_literally_and_escaped_in_html(withdraw, clock, channel, text, booked):
    s = withdraw(
        candidate_name=text, role=text, contact_name=text, company=text, location=text,
        interview_at=clock[1] if booked else None,
    )
    message = compose(s, channel)
    assert text in message.body
    assert "49" not in message.body  # {{ 7*7 }} is data, never evaluated
    assert html.escape(text) in message.html
    if "<" in text:
        assert "<b>x</b>" not in message.html
    if channel == "email":
        assert message.subject == f"Withdrawal of application – {text} – {text}"
