"""The reschedule messages: asking, in advance and once, to move an interview to another time.

Every channel, tone, format and reason, with and without short notice, with two, three or no offered
times, in naive and zone-aware dates. The checks read the message: the reason in one sentence, a clear
request, the offered times, the "only once" promise, the short-notice apology, and nothing left over.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from guide import InvalidSituation, Situation, channels_for, compose, reasons_for

from .message_support import APOLOGY, CONTRACTION, ZONE_LABEL, ZONES, assert_clean, content, each_zone, prose_words

CHANNELS = ("phone", "voicemail", "email", "letter", "text")
TONES = ("formal", "warm")
FORMATS = ("in_person", "phone", "video")
REASONS = reasons_for("reschedule")
NAME, COMPANY, ROLE = "Ana García", "Northwind Logistics", "Warehouse Associate"
LOCATION = "12 Harbor Road, Springfield"

# The interview is on Friday, March 14, 2025, at 10:00. Four days ahead is ample notice; the afternoon
# before is short notice (under 24 hours).
AT = datetime(2025, 3, 14, 10, 0)
NOW_AHEAD = datetime(2025, 3, 10, 15, 0)
NOW_SHORT = datetime(2025, 3, 13, 16, 0)
SLOTS = (datetime(2025, 3, 17, 10, 0), datetime(2025, 3, 18, 14, 30), datetime(2025, 3, 19, 9, 0))
SLOT_TEXT = (
    "Monday, March 17, 2025, at 10:00 AM",
    "Tuesday, March 18, 2025, at 2:30 PM",
    "Wednesday, March 19, 2025, at 9:00 AM",
)
# How each reason is said in advance: one sentence, no detail (the key words of that sentence).
REASON_WORDS = {
    "family_emergency": "family emergency",
    "illness": "unwell",
    "conflict": "commitment I cannot move",
    "other": "personal matter",
}

ONCE = re.compile(r"\b(will not|won't) ask to (change|move) (the time|it) again\b")


def resched(zone: str = "naive", short_notice: bool = False, **changes) -> Situation:
    tz = ZONES[zone]
    now = NOW_SHORT if short_notice else NOW_AHEAD
    base = Situation(
        scenario="reschedule",
        reason="conflict",
        candidate_name=NAME,
        company=COMPANY,
        role=ROLE,
        contact_name="Mr. Okafor",
        interview_at=AT.replace(tzinfo=tz),
        now=now.replace(tzinfo=tz),
        location=LOCATION,
        interview_format="in_person",
        tone="formal",
        candidate_phone="+1 555 0100",
        candidate_email="ana@example.org",
        proposed_slots=tuple(s.replace(tzinfo=tz) for s in SLOTS[:2]),
    )
    return base.replace(**changes)


zone = each_zone


@pytest.mark.parametrize("slot_count", [0, 2, 3])
@pytest.mark.parametrize("short_notice", [False, True], ids=["ahead", "short"])
@pytest.mark.parametrize("reason", REASONS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_every_reschedule_message_says_what_it_should(channel, tone, fmt, reason, short_notice, slot_count, zone):
    tz = ZONES[zone]
    slots = tuple(s.replace(tzinfo=tz) for s in SLOTS[:slot_count])
    s = resched(zone, short_notice, reason=reason, tone=tone, interview_format=fmt, proposed_slots=slots)
    m = compose(s, channel)
    body = m.body
    said = content(channel, body)

    assert m.channel == channel
    assert_clean(body)
    assert NAME in body and ROLE in body and COMPANY in body

    if channel == "email":
        assert m.subject == f"Request to reschedule interview – {NAME} – {ROLE}"
    else:
        assert m.subject is None

    # The interview being moved is named exactly, with its zone when a call may cross zones.
    time_shown = "10:00 AM" + (f" {ZONE_LABEL[zone]}" if zone != "naive" and fmt != "in_person" else "")
    assert f"Friday, March 14, 2025, at {time_shown}" in said
    meeting = {"in_person": "interview", "phone": "phone interview", "video": "video interview"}[fmt]
    assert meeting in said
    if channel in ("email", "letter"):
        assert (f"at {LOCATION}" in said) == (fmt == "in_person")
    if fmt != "in_person":
        assert LOCATION not in body

    # Sorry first, then a clear request for another time.
    assert APOLOGY.search(" ".join(said.split()[:40])), said
    assert re.search(r"\b(move|moved)\b", said)
    assert re.search(r"\b(another|a new) (time|date)\b", said)

    # One honest sentence of reason, except in a text, which leaves the details to the email.
    if channel == "text":
        assert REASON_WORDS[reason] not in body
        assert "email" in body
    else:
        assert REASON_WORDS[reason] in said
        assert said.count(REASON_WORDS[reason]) == 1

    # Times offered: each one listed when given; otherwise an open offer (email and letter).
    for shown in SLOT_TEXT[:slot_count]:
        if channel != "text":
            assert shown in said
    for shown in SLOT_TEXT[slot_count:]:
        assert shown not in body
    if channel in ("email", "letter"):
        if slot_count:
            zone_suffix = time_shown[len("10:00 AM"):]
            assert "\n".join(f"- {t}{zone_suffix}" for t in SLOT_TEXT[:slot_count]) in said
        else:
            assert "whatever time" in said

    # Asked once, sorry for the trouble, and thanks.
    if channel in ("email", "letter", "phone"):
        assert ONCE.search(said), said
    if channel in ("email", "letter"):
        assert "inconvenience" in said
    assert re.search(r"\bthank", said, re.IGNORECASE)

    # Less than 24 hours ahead, the message owns up to the short notice; otherwise it does not mention it.
    assert ("short notice" in said) == short_notice
    if not short_notice and channel in ("email", "letter"):
        assert "notice" in said or "early" in said  # and says it is writing as early as it can

    # The two tones read differently: formal never contracts, warm does.
    if tone == "formal":
        assert not CONTRACTION.search(said.replace("Again, that's", "")), said
    else:
        assert "I'm" in said


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_tones_differ_for_every_channel(channel, fmt):
    formal = compose(resched(interview_format=fmt, tone="formal"), channel).body
    warm = compose(resched(interview_format=fmt, tone="warm"), channel).body
    assert formal != warm
    if channel in ("email", "letter"):
        assert "Dear Mr. Okafor," in formal and "Sincerely," in formal
        assert "Hello Mr. Okafor," in warm and "Kind regards," in warm
    if channel in ("voicemail", "text"):
        assert formal.lstrip('"').startswith("Hello Mr. Okafor, this is")
        assert warm.lstrip('"').startswith("Hi Mr. Okafor, it's")


@pytest.mark.parametrize("channel", ("email", "letter"))
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("short_notice", [False, True], ids=["ahead", "short"])
def test_written_messages_are_brief(channel, tone, fmt, short_notice):
    for reason in REASONS:
        for slot_count in (0, 2, 3):
            s = resched(short_notice=short_notice, reason=reason, tone=tone, interview_format=fmt,
                        proposed_slots=SLOTS[:slot_count])
            body = compose(s, channel).body
            assert 90 <= prose_words(channel, body) <= 160, (prose_words(channel, body), body)


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("short_notice", [False, True], ids=["ahead", "short"])
def test_spoken_and_texted_messages_are_short(tone, short_notice):
    for fmt in FORMATS:
        for reason in REASONS:
            s = resched(short_notice=short_notice, reason=reason, tone=tone, interview_format=fmt,
                        proposed_slots=SLOTS)
            assert compose(s, "text").word_count <= 75
            assert compose(s, "voicemail").word_count <= 150
            assert prose_words("phone", compose(s, "phone").body) <= 200


@pytest.mark.parametrize("tone", TONES)
def test_text_is_a_plain_sms_that_announces_the_email(tone):
    for short_notice in (False, True):
        m = compose(resched(short_notice=short_notice, tone=tone), "text")
        assert "\n" not in m.body
        assert m.body.replace(NAME, "").isascii()  # no emoji or symbols of our own
        assert not re.search(r"\b(asap|pls|thx|approx|btw|u|resched)\b", m.body, re.IGNORECASE)
        assert re.search(r"\bemail\b.*\b(shortly|today)\b", m.body)
        assert m.note


def test_illness_is_not_described():
    for channel in CHANNELS:
        body = compose(resched(reason="illness"), channel).body.lower()
        for detail in ("doctor", "hospital", "fever", "surgery", "sick", "symptom"):
            assert detail not in body


def test_phone_script_covers_yes_no_and_when_are_you_free():
    body = compose(resched(proposed_slots=SLOTS), "phone").body
    assert "If they offer a new time:" in body and "confirm it by email today" in body
    assert "If they cannot move it:" in body and "original time" in body
    assert f'"I could do {SLOT_TEXT[0]}, or {SLOT_TEXT[1]}, or {SLOT_TEXT[2]}."' in body
    without = compose(resched(proposed_slots=()), "phone").body
    assert "If they ask when you are free:" not in without


def test_voicemail_offers_times_then_leaves_the_door_open():
    body = compose(resched(proposed_slots=SLOTS[:2]), "voicemail").body
    assert f"I am available {SLOT_TEXT[0]}, or {SLOT_TEXT[1]}, or at another time that suits you." in body
    assert "the details" in body and "email today" in body


def test_without_contact_or_phone_the_generic_forms_are_used():
    s = resched(contact_name="", candidate_phone="", candidate_email="")
    assert compose(s, "email").body.startswith("Dear Hiring Manager,\n")
    assert compose(s.replace(tone="warm"), "email").body.startswith("Hello,\n")
    letter = compose(s, "letter").body
    assert "\nHiring Manager\n" in letter and "Dear Hiring Manager," in letter
    assert compose(s, "voicemail").body.startswith('"Hello, this is Ana García.')
    assert "the phone number on my application" in compose(s, "voicemail").body
    assert compose(s.replace(tone="warm"), "text").body.startswith("Hi, it's Ana García,")
    assert "the person who arranged my interview" in compose(s, "phone").body
    assert compose(s, "email").body.endswith("Sincerely,\nAna García")


def test_letter_is_dated_addressed_and_names_the_appointment():
    body = compose(resched(), "letter").body
    head = body.split("\n\n")
    assert head[0] == "Ana García\n+1 555 0100\nana@example.org"
    assert head[1] == "Monday, March 10, 2025"
    assert head[2] == f"Mr. Okafor\n{COMPANY}\n{LOCATION}"
    assert head[3] == (
        "Re: Request to reschedule my interview for the Warehouse Associate position on "
        "Friday, March 14, 2025, at 10:00 AM"
    )


def test_zone_aware_slots_show_their_zone_for_a_call():
    s = resched("new_york", interview_format="video", proposed_slots=tuple(t.replace(tzinfo=ZONES["new_york"]) for t in SLOTS))
    body = compose(s, "email").body
    assert "- Monday, March 17, 2025, at 10:00 AM EDT" in body
    assert "Friday, March 14, 2025, at 10:00 AM EDT" in body


def test_a_past_interview_cannot_be_rescheduled_in_advance():
    with pytest.raises(InvalidSituation) as raised:
        compose(resched(now=datetime(2025, 3, 15, 9, 0)), "email")
    assert any(p.field == "interview_at" for p in raised.value.problems)


def test_all_reschedule_channels_have_templates():
    assert set(channels_for("reschedule")) == set(CHANNELS)
