"""compose(): invariants every message keeps, whatever the scenario, channel, tone or input.

Scenario-specific wording is checked in test_messages_<scenario>.py; this file holds what is true of
all of them, and the missed-interview messages in detail.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from guide import CHANNELS, FORMATS, SCENARIOS, TONES, UnsupportedChannel, channels_for, compose, reasons_for
from guide.messages import TEMPLATES_DIR

ALL_PAIRS = [(sc, ch) for sc in SCENARIOS for ch in channels_for(sc)]
LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\[[A-Z][^\]]*\]|\bNone\b|\bundefined\b")


def test_there_is_a_template_for_every_scenario_and_channel():
    missing = [f"{sc}/{ch}.txt.j2" for sc, ch in ALL_PAIRS if not (TEMPLATES_DIR / sc / f"{ch}.txt.j2").is_file()]
    assert missing == []


def test_text_messages_are_offered_only_where_they_fit():
    assert {sc for sc in SCENARIOS if "text" in channels_for(sc)} == {"late", "reschedule", "cancel"}
    assert all(set(channels_for(sc)) <= set(CHANNELS) for sc in SCENARIOS)


def test_a_channel_that_does_not_fit_is_refused(situation):
    with pytest.raises(UnsupportedChannel):
        compose(situation("withdraw"), "text")


@pytest.mark.parametrize("scenario, channel", ALL_PAIRS)
@pytest.mark.parametrize("tone", TONES)
def test_every_message_is_complete_and_names_the_job(situation, scenario, channel, tone):
    message = compose(situation(scenario, tone=tone), channel)
    assert message.channel == channel
    assert not LEFTOVER.search(message.body), message.body
    assert "Warehouse Associate" in message.body or channel == "text"
    assert "Ana García" in message.body
    assert message.word_count == len(message.body.split())
    if channel == "email":
        assert message.subject and message.subject.count(" – ") == 2
        assert message.subject.endswith("– Ana García – Warehouse Associate")
    else:
        assert message.subject is None
    assert (message.note is not None) == (channel == "text")


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_emails_are_about_100_to_150_words(situation, scenario):
    body = compose(situation(scenario), "email").body
    # The greeting and the sign-off block are not the "body" that the advice measures.
    core = body.split("\n\n", 1)[1].rsplit("\n\n", 1)[0]
    assert 80 <= len(core.split()) <= 170, len(core.split())


@pytest.mark.parametrize("scenario, channel", ALL_PAIRS)
def test_the_two_tones_read_differently(situation, scenario, channel):
    formal = compose(situation(scenario, tone="formal"), channel).body
    warm = compose(situation(scenario, tone="warm"), channel).body
    assert formal != warm


HOSTILE = [
    "{{ 7*7 }}", "<b>bold</b>", "<img src=x onerror=alert(1)>", "{% raw %}x", "[NAME]",
    "Zoë 😀", "محمد عبد الله", "נועה כהן",
]  # fmt: skip


@pytest.mark.parametrize("scenario, channel", ALL_PAIRS)
@pytest.mark.parametrize("name", HOSTILE)
def test_what_the_user_typed_is_data_literal_in_body_escaped_in_html(situation, scenario, channel, name):
    s = situation(scenario, candidate_name=name, company=name, contact_name=name, role=name)
    message = compose(s, channel)
    assert name in message.body
    assert "49" not in message.body  # {{ 7*7 }} was not evaluated
    assert html.escape(name) in message.html
    if "<" in name:
        assert name not in message.html
    if channel == "email":
        assert message.subject.endswith(f" – {name} – {name}")


@pytest.mark.parametrize("scenario, channel", ALL_PAIRS)
def test_without_a_contact_name_the_greeting_is_still_proper(situation, scenario, channel):
    body = compose(situation(scenario, contact_name=""), channel).body
    assert "Dear ," not in body and "Hello ," not in body and "  " not in body
    if channel in ("email", "letter"):
        assert re.search(r"^(Dear Hiring Manager|Hello|Dear [A-Z]\w+),", body, re.M)


@pytest.mark.parametrize("scenario, channel", ALL_PAIRS)
@pytest.mark.parametrize("interview_format", FORMATS)
def test_the_interview_format_shapes_the_wording(situation, scenario, channel, interview_format):
    body = compose(situation(scenario, interview_format=interview_format), channel).body
    if interview_format == "in_person":
        assert "video interview" not in body and "phone interview" not in body
    if channel == "letter" and interview_format != "in_person":
        assert "12 Dock St" not in body  # a call has no address


@pytest.mark.parametrize("scenario, channel", ALL_PAIRS)
def test_every_reason_composes(situation, scenario, channel):
    for reason in reasons_for(scenario):
        s = situation(scenario, reason=reason, interview_format="phone")
        assert compose(s, channel).body


# --- the missed-interview messages in detail --------------------------------------------------------


def test_missed_email_apologizes_first_and_asks_for_a_new_time(situation):
    message = compose(situation("missed"), "email")
    assert message.subject == "Apology for missed interview – Ana García – Warehouse Associate"
    first_paragraph = message.body.split("\n\n")[1]
    assert "apologize" in first_paragraph and "Friday, November 20, 2026, at 10:00 AM" in first_paragraph
    assert "I overslept" in first_paragraph
    assert "reschedule" in message.body
    assert "two alarms" in message.body  # the prevention step
    assert "Monday, November 23, 2026, at 10:00 AM" not in message.body  # no slots were given


def test_missed_email_lists_the_offered_times(situation):
    slots = (datetime(2026, 11, 23, 10, 0), datetime(2026, 11, 24, 14, 30))
    body = compose(situation("missed", proposed_slots=slots), "email").body
    assert "- Monday, November 23, 2026, at 10:00 AM\n- Tuesday, November 24, 2026, at 2:30 PM" in body


def test_video_interview_times_carry_their_zone(situation):
    zone = timezone(timedelta(hours=-5), "EST")
    s = situation("missed", interview_format="video", now=datetime(2026, 11, 20, 13, 0, tzinfo=zone),
                  interview_at=datetime(2026, 11, 20, 10, 0, tzinfo=zone))
    body = compose(s, "email").body
    assert "video interview" in body and "10:00 AM EST" in body


def test_missed_letter_has_sender_date_recipient_and_the_missed_slot(situation):
    body = compose(situation("missed", candidate_email="ana@example.org"), "letter").body
    blocks = body.split("\n\n")
    assert blocks[0] == "Ana García\nana@example.org"
    assert blocks[1] == "Friday, November 20, 2026"
    assert blocks[2] == "Ms. Lee\nAcme Corp\n12 Dock St"
    assert blocks[3].startswith("Re: Missed interview")
    assert "at 12 Dock St" in body and "10:00 AM" in body
    assert blocks[-1].startswith("Sincerely,\nAna García")


def test_missed_voicemail_repeats_the_number_or_points_to_the_application(situation):
    with_phone = compose(situation("missed", candidate_phone="555-0100"), "voicemail").body
    assert with_phone.count("555-0100") == 2
    without = compose(situation("missed"), "voicemail").body
    assert "number on my application" in without


def test_missed_phone_script_covers_yes_and_no(situation):
    body = compose(situation("missed"), "phone").body
    assert "May I speak to Ms. Lee" in body
    assert "If they offer a new time" in body and "If they say no" in body


def test_warm_tone_uses_a_warmer_greeting_and_closing(situation):
    body = compose(situation("missed", tone="warm"), "email").body
    assert body.startswith("Hello Ms. Lee,") and "Kind regards," in body


def test_templates_are_only_jinja_files_in_scenario_folders():
    for path in Path(TEMPLATES_DIR).rglob("*"):
        if path.is_file():
            assert path.suffix == ".j2", path


@pytest.mark.parametrize("scenario, channel", ALL_PAIRS)
def test_no_stray_spaces_when_an_optional_sentence_is_left_out(situation, scenario, channel):
    """Downloads and copies show the plain text exactly, so a skipped sentence must not leave a gap."""
    for reason in reasons_for(scenario):
        body = compose(situation(scenario, reason=reason, interview_format="video"), channel).body
        assert "  " not in body, reason
        assert not any(line.startswith(" ") for line in body.splitlines()), reason
