"""The running-late messages: every channel, tone, format and reason, read for what they actually say.

Each case builds a ``Situation`` with fixed dates (naive and zone-aware), composes it, and checks the
content a recruiter would see: who, which role, when the candidate will really get there, an apology
at the start, an offer to reschedule when the delay is long, and nothing left of the template itself.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from guide import InvalidSituation, Situation, channels_for, compose, reasons_for

from .message_support import APOLOGY, CONTRACTION, ZONE_LABEL, ZONES, assert_clean, content, each_zone, prose_words

CHANNELS = ("phone", "voicemail", "text", "email", "letter")
TONES = ("formal", "warm")
FORMATS = ("in_person", "phone", "video")
NAME, COMPANY, ROLE = "Ana García", "Northwind Logistics", "Warehouse Associate"
LOCATION = "12 Harbor Road, Springfield"
SLOTS_NAIVE = (datetime(2025, 3, 12, 10, 0), datetime(2025, 3, 13, 14, 30))

# Monday, March 10, 2025, 10:00; the candidate calls at 9:55. New York is on daylight time (EDT) then.
# eta -> the clock time the candidate will be there, worked out by hand from 9:55.
ARRIVALS = {15: "10:10 AM", 35: "10:30 AM"}


def valid_reasons(fmt: str) -> list[str]:
    # A technical failure cannot explain lateness to an in-person interview (validation rejects it).
    return [r for r in reasons_for("late") if not (r == "technical" and fmt == "in_person")]


MATRIX = [
    (channel, tone, fmt, reason)
    for channel in CHANNELS
    for tone in TONES
    for fmt in FORMATS
    for reason in valid_reasons(fmt)
]


def late(zone: str = "naive", **changes) -> Situation:
    tz = ZONES[zone]
    base = Situation(
        scenario="late",
        reason="traffic",
        candidate_name=NAME,
        company=COMPANY,
        role=ROLE,
        contact_name="Ms. Rivera",
        interview_at=datetime(2025, 3, 10, 10, 0, tzinfo=tz),
        now=datetime(2025, 3, 10, 9, 55, tzinfo=tz),
        location=LOCATION,
        interview_format="in_person",
        tone="formal",
        eta_minutes=15,
        candidate_phone="+1 555 0100",
        candidate_email="ana@example.org",
        proposed_slots=tuple(s.replace(tzinfo=tz) for s in SLOTS_NAIVE),
    )
    return base.replace(**changes)


zone = each_zone


@pytest.mark.parametrize("very_late", [False, True], ids=["eta15", "eta35"])
@pytest.mark.parametrize("channel,tone,fmt,reason", MATRIX)
def test_every_late_message_says_what_it_should(channel, tone, fmt, reason, very_late, zone):
    eta = 35 if very_late else 15
    s = late(zone, reason=reason, tone=tone, interview_format=fmt, eta_minutes=eta)
    m = compose(s, channel)
    body = m.body
    said = content(channel, body)

    assert m.channel == channel
    assert_clean(body)
    assert NAME in body and ROLE in body and COMPANY in body

    if channel == "email":
        assert m.subject == f"Running late for interview – {NAME} – {ROLE}"
    else:
        assert m.subject is None

    # Apologize first: within the opening sentence or two of what the recruiter reads or hears.
    assert APOLOGY.search(" ".join(said.split()[:35])), said

    # The interview is named by its format.
    meeting = {"in_person": "interview", "phone": "phone interview", "video": "video interview"}[fmt]
    assert meeting in said
    if fmt != "in_person":
        assert "your office" not in body
        assert LOCATION not in body  # a call has no address

    if channel == "letter":
        # Written afterwards: names the appointment exactly and thanks them, no arrival time.
        assert "Monday, March 10, 2025" in body and "10:00 AM" in body
        assert (LOCATION in body) == (fmt == "in_person")
        # Offering to come another time (very late) is not an agreement: only an agreed time changes it.
        assert "taking the time to see me" in said
        assert "another time instead" not in said
        assert "Thank" in said
    else:
        # A realistic arrival: the clock time, said plainly, and "today" for an interview today.
        assert ARRIVALS[eta] in said
        assert "10:00 AM" in said and "today" in said
        where = {"in_person": "arrive at your office", "phone": "be ready for our call", "video": "join the video call"}
        assert where[fmt] in said
        if channel in ("email", "phone"):
            assert f"{eta} minutes from now" in said
        # Past about 20 minutes the candidate offers to reschedule instead, and then names times.
        offer = "reschedule" if channel == "text" else "reschedule instead"
        assert (offer in said) == very_late, said
        if not very_late and channel in ("email", "phone"):
            assert "another time" in said  # still leaves them the choice
        if very_late and channel in ("email", "phone", "voicemail"):
            for slot in ("Wednesday, March 12, 2025, at 10:00 AM", "Thursday, March 13, 2025, at 2:30 PM"):
                assert slot in body
        if not very_late:
            assert "March 12" not in body  # times to reschedule are not pushed on someone arriving soon

    if zone != "naive" and fmt != "in_person" and channel == "letter":
        assert f"10:00 AM {ZONE_LABEL[zone]}" in body  # a call across zones needs the zone

    # The two tones read differently: formal never contracts, warm does.
    if tone == "formal":
        assert not CONTRACTION.search(said.replace("Again, that's", "")), said
    else:
        assert "I'm" in said


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_tones_differ_for_every_channel(channel, fmt):
    formal = compose(late(interview_format=fmt, tone="formal"), channel).body
    warm = compose(late(interview_format=fmt, tone="warm"), channel).body
    assert formal != warm
    if channel in ("email", "letter"):
        assert "Dear Ms. Rivera," in formal and "Sincerely," in formal
        assert "Hello Ms. Rivera," in warm and "Kind regards," in warm
    if channel in ("voicemail", "text"):
        assert formal.startswith('"Hello Ms. Rivera, this is' if channel == "voicemail" else "Hello Ms. Rivera, this is")
        assert warm.lstrip('"').startswith("Hi Ms. Rivera, it's")


@pytest.mark.parametrize("channel", ("email", "letter"))
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("eta", (15, 35))
def test_written_messages_are_brief(channel, tone, fmt, eta):
    for reason in valid_reasons(fmt):
        for slots in ((), SLOTS_NAIVE):
            body = compose(late(reason=reason, tone=tone, interview_format=fmt, eta_minutes=eta, proposed_slots=slots), channel).body
            assert 90 <= prose_words(channel, body) <= 160, (prose_words(channel, body), body)


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("eta", (15, 35))
def test_spoken_and_texted_messages_are_short(tone, eta):
    for fmt in FORMATS:
        for reason in valid_reasons(fmt):
            s = late(reason=reason, tone=tone, interview_format=fmt, eta_minutes=eta)
            assert compose(s, "text").word_count <= 70
            assert compose(s, "voicemail").word_count <= 140
            assert prose_words("phone", compose(s, "phone").body) <= 200


@pytest.mark.parametrize("tone", TONES)
def test_text_is_a_plain_sms(tone):
    for eta in (15, 35):
        m = compose(late(tone=tone, eta_minutes=eta), "text")
        assert "\n" not in m.body  # one short message
        assert m.body.replace(NAME, "").isascii()  # no emoji or symbols of our own
        assert not re.search(r"\b(asap|pls|thx|min|mins|approx|ETA|btw|u)\b", m.body, re.IGNORECASE)
        assert "email" in m.body  # the written follow-up is announced
        assert m.note  # the advice on when a text is acceptable comes with it


def test_each_reason_is_told_in_the_present_and_in_the_past():
    """On the way the reason is happening now; in the follow-up letter it is over."""
    for reason, now_words, past_words in (
        ("traffic", "have been held up on my way", "was held up on the way"),
        ("overslept", "I overslept", "I overslept"),
        ("illness", "unwell", "unwell"),
        ("family_emergency", "family emergency", "family emergency"),
        ("confusion", "wrong time", "misread the time"),
        ("other", "personal matter", "personal matter"),
    ):
        s = late(reason=reason)
        assert now_words in compose(s, "email").body
        assert past_words in compose(s, "letter").body
    video = late(reason="technical", interview_format="video")
    assert "My computer has stopped working" in compose(video, "voicemail").body
    phone = late(reason="technical", interview_format="phone")
    assert "My phone has stopped working" in compose(phone, "voicemail").body


def test_illness_is_not_described():
    for channel in CHANNELS:
        body = compose(late(reason="illness"), channel).body.lower()
        for detail in ("doctor", "hospital", "fever", "migraine", "sick", "symptom"):
            assert detail not in body


def test_traffic_blames_nobody():
    for channel in CHANNELS:
        body = compose(late(reason="traffic"), channel).body.lower()
        assert "fault" not in body.replace("my own fault", "")
        for other in ("driver", "bus company", "app", "receptionist", "your email", "delayed train"):
            assert not re.search(rf"\b{other}\b", body), other


def test_one_minute_is_singular():
    # At the start time itself, one minute away is one minute late (earlier, it would not be late at all).
    m = compose(late(eta_minutes=1, now=datetime(2025, 3, 10, 10, 0)), "email")
    assert "1 minute from now" in m.body and "1 minutes" not in m.body
    assert "10:01 AM" in m.body


def test_an_interview_after_midnight_is_named_by_its_date_not_today():
    s = late(interview_at=datetime(2025, 3, 11, 0, 10), now=datetime(2025, 3, 10, 23, 58), eta_minutes=20)
    for channel in ("email", "voicemail", "text", "phone"):
        body = compose(s, channel).body
        assert "on Tuesday, March 11, 2025, at 12:10 AM" in body
        assert "AM today" not in body


def test_zone_is_named_for_a_call_across_zones():
    s = late("new_york", interview_format="video")
    for channel in ("email", "text", "voicemail"):
        assert "10:00 AM EDT today" in compose(s, channel).body
    in_person = compose(late("new_york"), "email").body
    assert "EDT" not in in_person  # same room, same zone: no need to say it


def test_without_contact_or_phone_the_generic_forms_are_used():
    s = late(contact_name="", candidate_phone="", candidate_email="")
    assert "Dear Hiring Manager," in compose(s, "email").body
    assert "Hello," in compose(s.replace(tone="warm"), "email").body.split("\n")[0]
    letter = compose(s, "letter").body
    assert "\nHiring Manager\n" in letter and "Dear Hiring Manager," in letter
    voicemail = compose(s, "voicemail").body
    assert voicemail.startswith('"Hello, this is Ana García.')
    assert "the phone number on my application" in voicemail
    assert compose(s, "text").body.startswith("Hello, this is Ana García.")
    phone = compose(s, "phone").body
    assert "the person who arranged my interview for the Warehouse Associate position" in phone
    email = compose(s, "email").body
    assert email.rstrip().endswith("Sincerely,\nAna García")


def test_with_a_phone_number_the_voicemail_repeats_it():
    voicemail = compose(late(), "voicemail").body
    assert voicemail.count("+1 555 0100") == 2


def test_letter_is_dated_and_addressed():
    body = compose(late(), "letter").body
    head = body.split("\n\n")
    assert head[0] == "Ana García\n+1 555 0100\nana@example.org"
    assert head[1] == "Monday, March 10, 2025"
    assert head[2] == f"Ms. Rivera\n{COMPANY}\n{LOCATION}"
    assert head[3].startswith("Re: My interview for the Warehouse Associate position on Monday, March 10, 2025")


def test_letter_names_the_agreed_new_time_once_there_is_one():
    s = late(eta_minutes=35, agreed_at=datetime(2025, 3, 12, 10, 0))
    body = compose(s, "letter").body
    assert "agreed to meet at another time" in body
    assert "on Wednesday, March 12, 2025, at 10:00 AM, and I will be there in good time" in body
    video = s.replace(interview_format="video", tone="warm")
    body = compose(video, "letter").body
    assert "on Wednesday, March 12, 2025, at 10:00 AM" in body and "I'll be ready in good time" in body


def test_an_overlong_name_is_a_clear_error_not_a_traceback():
    with pytest.raises(InvalidSituation) as raised:
        compose(late(candidate_name="A" * 10_000), "email")
    assert any(p.field == "candidate_name" for p in raised.value.problems)


def test_all_late_channels_have_templates():
    assert set(channels_for("late")) == set(CHANNELS)
