"""The cancellation messages: the candidate calls off a booked interview and wants no other slot.

What must hold for every channel, tone, format and reason: it is unmistakably a cancellation (003: not a
request to switch times), it apologizes for the booked slot, thanks them, never names or ranks another
employer (hiring practice), and apologizes for short notice when the interview is under a day away.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta

import pytest

from guide import FORMATS, TONES, InvalidSituation, channels_for, compose, reasons_for

from .message_support import LEFTOVER, naive_and_aware_clock, paragraphs_between_greeting_and_closing, situation_maker

CHANNELS = channels_for("cancel")
REASONS = reasons_for("cancel")

# Tuesday 10 March 2026, 2 PM; the interview is Thursday 12 March, 10 AM: two days' notice.
NOW = datetime(2026, 3, 10, 14, 0)
INTERVIEW = datetime(2026, 3, 12, 10, 0)
INTERVIEW_WORDS = "Thursday, March 12, 2026, at 10:00 AM"

# How a candidate would ask for another slot. Saying there is *no* need for one is allowed and wanted.
ASKS_FOR_NEW_TIME = re.compile(
    r"reschedul|would it be possible|could we|new time|another time|would one of|available (at|on)|"
    r"convenient for you|suits you|when (are|would) you (be )?free",
    re.I,
)
SAYS_NO_NEW_DATE = re.compile(r"\b(not|no|won't)\b[^.\"]*\banother (date|day)\b", re.I)
CONTRACTIONS = re.compile(r"\b(I'm|I'd|I'll|I've|there's|won't|don't|can't|it's|you're|wasn't)\b")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")
TEXTSPEAK = {"pls", "plz", "thx", "thanks!", "u", "ur", "asap", "btw", "msg", "tmrw", "appt", "info", "ok"}


clock = naive_and_aware_clock(NOW, INTERVIEW)


@pytest.fixture
def cancel(clock):
    """Factory: a valid cancellation two days ahead; keyword arguments replace fields."""
    return situation_maker("cancel", clock)


# --- every combination -------------------------------------------------------------------------------


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("interview_format", FORMATS)
@pytest.mark.parametrize("reason", REASONS)
def test_every_cancellation_is_complete_clear_and_polite(cancel, clock, channel, tone, interview_format, reason):
    message = compose(cancel(tone=tone, interview_format=interview_format, reason=reason), channel)
    body = message.body

    assert not LEFTOVER.search(body), body
    assert "Ana García" in body and "Warehouse Associate" in body
    if channel in ("email", "letter"):
        assert "Acme Corp" in body
    assert INTERVIEW_WORDS in body  # which appointment is being called off, exactly
    if clock[0].tzinfo is not None and interview_format != "in_person":
        assert "10:00 AM EST" in body  # a call across zones needs its zone

    # A cancellation, unmistakably, and not a disguised request for another slot.
    assert re.search(r"\bcancel", body, re.I)
    assert SAYS_NO_NEW_DATE.search(body), body
    assert not ASKS_FOR_NEW_TIME.search(body), ASKS_FOR_NEW_TIME.search(body)

    # Apologize for the booked slot, and thank them.
    assert re.search(r"\b(sorry|apologize)\b", body, re.I)
    assert re.search(r"\bthank", body, re.I)

    # Never rank the other job; never name another employer (only the unnamed "another organization").
    assert not re.search(r"\bbetter\b|\bmore money\b|\bsalary\b", body, re.I)
    if reason == "accepted_offer" and channel != "text":
        assert "another organization" in body

    if channel == "email":
        assert message.subject == "Interview cancellation – Ana García – Warehouse Associate"
        assert 90 <= message.word_count <= 160, message.word_count
        assert 70 <= len(paragraphs_between_greeting_and_closing(body).split()) <= 150
    else:
        assert message.subject is None
    if channel == "letter":
        assert 70 <= len(paragraphs_between_greeting_and_closing(body).split()) <= 150


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("interview_format", FORMATS)
def test_the_format_decides_what_the_meeting_is_called_and_what_they_can_release(cancel, channel, interview_format):
    body = compose(cancel(interview_format=interview_format), channel).body
    if interview_format == "phone":
        assert "phone interview" in body and "video" not in body
        if channel in ("email", "letter"):
            assert "need to call me" in body
    elif interview_format == "video":
        assert "video interview" in body and "phone interview" not in body
        if channel in ("email", "letter"):
            assert "video call invitation" in body
    else:
        assert "video interview" not in body and "phone interview" not in body
        if channel in ("email", "letter"):
            assert "at 12 Dock St" in body and "not be coming in" in body


# --- tone --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("channel", CHANNELS)
def test_the_two_tones_are_visibly_different(cancel, channel):
    formal = compose(cancel(tone="formal"), channel).body
    warm = compose(cancel(tone="warm"), channel).body
    assert formal != warm
    if channel in ("email", "letter", "text", "voicemail"):
        # The formal wording spells everything out; the warm one talks the way people speak.
        assert not CONTRACTIONS.search(formal), CONTRACTIONS.search(formal)
        assert CONTRACTIONS.search(warm)


def test_formal_and_warm_emails_open_and_close_differently(cancel):
    formal = compose(cancel(tone="formal"), "email").body
    warm = compose(cancel(tone="warm"), "email").body
    assert formal.startswith("Dear Ms. Lee,") and "\nSincerely,\nAna García" in formal
    assert warm.startswith("Hello Ms. Lee,") and "\nKind regards,\nAna García" in warm


# --- notice ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_less_than_a_day_ahead_the_message_apologizes_for_the_short_notice(cancel, clock, channel, tone):
    _, at = clock
    short = compose(cancel(tone=tone, now=at - timedelta(hours=5)), channel).body
    assert "short notice" in short
    roomy = compose(cancel(tone=tone), channel).body
    assert "short notice" not in roomy


def test_just_over_a_day_ahead_is_not_short_notice(cancel, clock):
    _, at = clock
    body = compose(cancel(now=at - timedelta(hours=24, minutes=1)), "email").body
    assert "short notice" not in body and "apologize for any inconvenience" in body


# --- reasons -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("channel", ["email", "letter"])
def test_each_reason_is_one_honest_sentence(cancel, channel):
    expected = {
        "family_emergency": "A family emergency needs my attention",
        "illness": "I am unwell",
        "conflict": "A commitment I cannot move",
        "accepted_offer": "I have accepted a position with another organization.",
        "not_interested": "not the right fit for me",
        "other": "A personal matter needs my attention",
    }
    assert set(expected) == set(REASONS)
    for reason, words in expected.items():
        body = compose(cancel(reason=reason), channel).body
        assert words in body, (reason, body)
        others = [w for r, w in expected.items() if r != reason]
        assert not any(w in body for w in others), reason


@pytest.mark.parametrize("channel", ["email", "letter"])
@pytest.mark.parametrize("tone", TONES)
def test_asking_to_be_remembered_depends_on_the_reason(cancel, channel, tone):
    for reason in REASONS:
        body = compose(cancel(reason=reason, tone=tone), channel).body
        if reason == "not_interested":
            # Saying the role is not for you and then asking for more of the same would ring hollow.
            assert "future" not in body and "right person for the role" in body
        else:
            assert "future" in body and "with your team" in body


def test_after_accepting_an_offer_the_phone_script_says_the_employer_need_not_be_named(cancel):
    body = compose(cancel(reason="accepted_offer"), "phone").body
    assert "you don't have to name the other employer" in body
    assert "where you are going" not in compose(cancel(reason="illness"), "phone").body


# --- channels in detail ------------------------------------------------------------------------------


def test_letter_has_letterhead_reference_line_and_the_exact_appointment(cancel):
    body = compose(cancel(candidate_email="ana@example.org", candidate_phone="555-0100"), "letter").body
    blocks = body.split("\n\n")
    assert blocks[0] == "Ana García\n555-0100\nana@example.org"
    assert blocks[1] == "Tuesday, March 10, 2026"
    assert blocks[2] == "Ms. Lee\nAcme Corp\n12 Dock St"
    assert blocks[3] == f"Re: Cancellation of my interview for the Warehouse Associate position on {INTERVIEW_WORDS}"
    assert f"scheduled for {INTERVIEW_WORDS} at 12 Dock St." in body
    assert blocks[-1] == "Sincerely,\nAna García\n555-0100\nana@example.org"


def test_phone_script_cancels_and_holds_firm_if_offered_another_day(cancel):
    body = compose(cancel(), "phone").body
    assert "May I speak to Ms. Lee" in body
    assert "I am calling to cancel it." in body
    assert "If they offer to find you another day" in body and "cancel it rather than move it" in body
    assert "email today to confirm the cancellation" in body


def test_voicemail_leaves_a_way_back_and_promises_the_email(cancel):
    with_phone = compose(cancel(candidate_phone="555-0100"), "voicemail").body
    assert with_phone.count("555-0100") == 2
    assert "confirm this by email today" in with_phone
    without = compose(cancel(), "voicemail").body
    assert "number on my application" in without


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("short_notice", [False, True])
def test_text_is_short_plain_and_says_an_email_follows(cancel, clock, tone, short_notice):
    now = clock[1] - timedelta(hours=3) if short_notice else clock[0]
    message = compose(cancel(tone=tone, now=now), "text")
    assert message.word_count <= 70
    assert "\n" not in message.body  # one short message, no letter layout
    assert re.search(r"send you an email\b.*\btoday|email today", message.body)
    assert not EMOJI.search(message.body)
    words = {w.strip(".,").lower() for w in message.body.split()}
    assert not words & TEXTSPEAK
    assert message.note  # the advice on when a text is acceptable travels with it


# --- optional fields ---------------------------------------------------------------------------------


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_without_a_contact_the_greeting_is_generic(cancel, channel, tone):
    body = compose(cancel(contact_name="", tone=tone), channel).body
    assert "Ms. Lee" not in body and " ," not in body and "  " not in body
    if channel in ("email", "letter"):
        assert ("\nDear Hiring Manager,\n" in "\n" + body) if tone == "formal" else ("\nHello,\n" in "\n" + body)
    if channel == "letter":
        assert "\nHiring Manager\nAcme Corp\n" in body
    if channel in ("voicemail", "text"):
        assert body.lstrip('"').startswith("Hello, this is" if tone == "formal" else "Hi, it's")


@pytest.mark.parametrize("channel", ["email", "letter"])
def test_a_call_has_no_address_even_when_one_was_typed(cancel, channel):
    body = compose(cancel(interview_format="video"), channel).body
    assert "12 Dock St" not in body


def test_a_past_interview_cannot_be_cancelled(cancel, clock):
    now, _ = clock
    with pytest.raises(InvalidSituation):
        compose(cancel(interview_at=now - timedelta(hours=1)), "email")


def test_an_overlong_name_is_refused_with_a_message_not_a_template_error(cancel):
    with pytest.raises(InvalidSituation) as caught:
        compose(cancel(candidate_name="A" * 10_000), "email")
    assert "10,000" in str(caught.value)


# --- hostile input -----------------------------------------------------------------------------------

HOSTILE = ["{{ 7*7 }}", "<b>x</b>", "{% raw %}", "Zoë 😀", "محمد عبد الله", "שרה כהן"]


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("text", HOSTILE)
def test_typed_text_is_printed_literally_and_escaped_in_html(cancel, channel, text):
    message = compose(
        cancel(candidate_name=text, role=text, contact_name=text, company=text, location=text), channel
    )
    assert text in message.body
    assert "49" not in message.body  # {{ 7*7 }} is data, never evaluated
    assert html.escape(text) in message.html
    if "<" in text:
        assert "<b>x</b>" not in message.html
    if channel == "email":
        assert message.subject == f"Interview cancellation – {text} – {text}"
