"""Saved answers: a situation survives the round trip, and every file that is not one gets a sentence."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from guide import SCENARIOS, Situation, validate
from guide.catalogue import text
from guide.examples import example_situation
from guide.situation import employer_country
from guide.saved import (
    FORMAT,
    MAX_BYTES,
    VERSION,
    SavedAnswersError,
    answers_file,
    dumps,
    loads,
    read_file,
    write_file,
)

EASTERN = timezone(timedelta(hours=-5))


def document(**answers) -> dict:
    return {"format": FORMAT, "version": VERSION, "answers": answers}


def as_bytes(value) -> bytes:
    return json.dumps(value).encode()


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_example_comes_back_as_it_was_saved_except_now(scenario):
    s = example_situation(scenario)
    assert loads(dumps(s)) == s.replace(now=None)


def test_everything_typed_comes_back_exactly():
    """Any Unicode, markup, braces, a half-typed number, time zones: all data, all kept."""
    s = Situation(
        scenario="late",
        reason="other",
        candidate_name="Zoë O'Hara <b>{{ 7*7 }}</b> \u202eنور",
        company="株式会社 \U0001f642",
        role="x" * 10_000,
        contact_name="",
        interview_at=datetime(2027, 3, 9, 15, 30, tzinfo=EASTERN),
        eta_minutes="twenty",
        proposed_slots=(datetime(2027, 3, 11, 10, tzinfo=EASTERN), datetime(2027, 3, 12, 14, tzinfo=timezone.utc)),
        agreed_at=datetime(2027, 3, 15, 9, tzinfo=EASTERN),
        interviews_so_far=0,
    )
    assert loads(dumps(s)) == s


def test_the_file_is_small_versioned_json_without_the_moment_it_was_saved():
    data = dumps(example_situation("missed"))
    assert len(data) < 2_000
    saved = json.loads(data)
    assert (saved["format"], saved["version"]) == (FORMAT, VERSION)
    assert "now" not in saved["answers"]


def test_the_download_is_named_after_the_company_and_made_in_memory():
    export = answers_file(example_situation("missed"))
    assert export.filename == "northwind-logistics-rebound-answers.json"
    assert export.mime_type == "application/json"
    assert loads(export.data) == example_situation("missed").replace(now=None)


def test_a_file_saved_with_some_answers_missing_loads_what_is_there():
    s = loads(as_bytes(document(scenario="cancel", company="Acme", unknown_later_field=[1, 2])))
    assert (s.scenario, s.company, s.candidate_name, s.interview_at) == ("cancel", "Acme", "", None)


@pytest.mark.parametrize("unanswered", [None, ""])
def test_an_unanswered_why_loads_as_unanswered(unanswered):
    assert loads(as_bytes(document(scenario="missed", reason=unanswered))).reason == unanswered


def test_nonsense_in_a_text_field_is_loaded_and_then_explained_by_validate():
    s = loads(as_bytes(document(candidate_name="", eta_minutes="soon", scenario="late")))
    assert {p.field for p in validate(s)} >= {"candidate_name", "eta_minutes"}


def reason_for(data: bytes) -> str:
    with pytest.raises(SavedAnswersError) as caught:
        loads(data)
    assert str(caught.value) == text(f"saved.error.{caught.value.reason}", limit=MAX_BYTES // 1024)
    assert "Traceback" not in str(caught.value)
    return caught.value.reason


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        b"%PDF-1.7\n",
        "Dear Ms. Lee, I am sorry".encode(),
        b"[1, 2, 3]",
        b'"rebound"',
        as_bytes({"answers": {"company": "Acme"}}),
        as_bytes({"format": "something-else", "version": 1, "answers": {}}),
        b"[" * 50_000,
    ],
    ids=["empty", "png", "pdf", "letter", "list", "string", "no format", "other format", "deep nesting"],
)
def test_a_file_that_is_not_saved_answers_says_so(data):
    assert reason_for(data) == "not_answers"


@pytest.mark.parametrize(
    "data",
    [
        dumps(example_situation("missed"))[:-40],  # cut short
        dumps(example_situation("missed")).replace(b'"answers"', b'"answers\xff"'),  # not UTF-8
        as_bytes({"format": FORMAT, "answers": {}}),  # no version
        as_bytes({"format": FORMAT, "version": "1", "answers": {}}),
        as_bytes({"format": FORMAT, "version": 0, "answers": {}}),
        as_bytes({"format": FORMAT, "version": True, "answers": {}}),
        as_bytes({"format": FORMAT, "version": VERSION, "answers": ["Acme"]}),
        as_bytes(document(scenario="lost")),
        as_bytes(document(reason=7)),
        as_bytes(document(tone=["formal"])),
        as_bytes(document(company=42)),
        as_bytes(document(candidate_name={"first": "Ana"})),
        as_bytes(document(interview_at="next Tuesday")),
        as_bytes(document(interview_at=20270309)),
        as_bytes(document(agreed_at="2027-02-30T10:00:00")),
        as_bytes(document(proposed_slots="2027-03-11T10:00:00")),
        as_bytes(document(proposed_slots=["2027-03-11T10:00:00"] * 4)),
        as_bytes(document(proposed_slots=[None])),
        as_bytes(document(eta_minutes=2.5)),
        as_bytes(document(eta_minutes=10**30)),
        as_bytes(document(interviews_so_far="two")),
        as_bytes(document(interviews_so_far=False)),
        b'{"format": "rebound-answers", "version": 1, "answers": {"eta_minutes": ' + b"9" * 5000 + b"}}",
    ],
)
def test_a_damaged_file_of_saved_answers_says_so(data):
    assert reason_for(data) == "damaged"


def test_answers_from_a_newer_version_are_not_guessed_at():
    assert reason_for(as_bytes({"format": FORMAT, "version": VERSION + 1, "answers": {"company": "Acme"}})) == "newer"


def test_a_file_too_large_to_be_answers_is_not_read():
    padded = document(company="Acme", role="x" * MAX_BYTES)
    assert reason_for(as_bytes(padded)) == "too_large"
    assert reason_for(b" " * (MAX_BYTES + 1)) == "too_large"


def test_a_text_string_loads_like_its_bytes():
    s = example_situation("cancel")
    assert loads(dumps(s).decode()) == loads(dumps(s))


def test_the_folder_file_is_written_whole_and_read_back(tmp_path):
    path = tmp_path / "rebound-answers.json"
    write_file(path, example_situation("late"))
    write_file(path, example_situation("withdraw"))
    assert read_file(path) == example_situation("withdraw").replace(now=None)
    assert [p.name for p in tmp_path.iterdir()] == ["rebound-answers.json"]  # no partial file left


def test_a_damaged_folder_file_says_so(tmp_path):
    path = tmp_path / "rebound-answers.json"
    path.write_bytes(dumps(example_situation("late"))[:30])
    with pytest.raises(SavedAnswersError) as caught:
        read_file(path)
    assert caught.value.reason == "damaged"


# --- the interview's zone, and files in the first format ------------------------------------------------
BERLIN = ZoneInfo("Europe/Berlin")


def test_a_time_comes_back_on_its_own_clock_with_its_zone_named():
    """The zone decides the employer's country and its holidays: an offset alone would lose it."""
    s = example_situation("reschedule").replace(
        interview_at=datetime(2027, 5, 12, 10, tzinfo=BERLIN), proposed_slots=(datetime(2027, 5, 17, 10, tzinfo=BERLIN),)
    )
    saved = json.loads(dumps(s))["answers"]
    assert saved["interview_at"] == "2027-05-12T10:00:00+02:00[Europe/Berlin]"
    back = loads(dumps(s))
    assert back.interview_at.tzinfo == BERLIN and back.proposed_slots[0].tzinfo == BERLIN
    assert employer_country(back) == "DE"


def test_a_file_in_the_first_format_still_loads_and_its_times_go_back_on_the_employers_clock():
    """Version 1 wrote offsets only, and the country: that country's zone with that offset is the clock."""
    old = {
        "format": FORMAT, "version": 1,
        "answers": {
            "scenario": "reschedule", "reason": "conflict", "candidate_name": "Alex Rivera",
            "company": "Northwind", "role": "Clerk", "contact_name": "", "location": "",
            "interview_at": "2027-05-12T10:00:00+02:00", "interview_format": "in_person", "tone": "formal",
            "proposed_slots": ["2027-05-17T10:00:00+02:00"], "eta_minutes": None, "candidate_phone": "",
            "candidate_email": "", "interviews_so_far": 0, "agreed_at": None, "times_moved": 1,
            "country": "DE", "language": "en",
        },
    }  # fmt: skip
    s = loads(as_bytes(old))
    assert (s.company, s.times_moved, s.country) == ("Northwind", 1, "DE")
    assert s.interview_at == datetime(2027, 5, 12, 10, tzinfo=BERLIN) and s.interview_at.tzinfo == BERLIN
    assert s.proposed_slots[0].tzinfo == BERLIN
    # Without a country, an offset is the participant's own clock: kept as it was.
    plain = loads(as_bytes({**old, "answers": {**old["answers"], "country": ""}}))
    assert plain.interview_at.utcoffset() == timedelta(hours=2) and getattr(plain.interview_at.tzinfo, "key", None) is None


@pytest.mark.parametrize(
    "value", ["2027-05-12T10:00:00+02:00[Mars/Olympus]", "2027-05-12T10:00:00[Europe/Berlin]", "2027-05-12T10:00:00+02:00[../etc]"]
)
def test_a_time_with_a_zone_that_is_not_one_is_damage(value):
    assert reason_for(as_bytes(document(interview_at=value))) == "damaged"


def test_a_file_from_a_rebound_that_knows_only_the_first_format_is_still_read():
    assert loads(as_bytes({"format": FORMAT, "version": 1, "answers": {"company": "Acme"}})).company == "Acme"


# --- what a page or a crafted file can hold, saved and loaded again (issue 23's probe) -----------------
def test_a_broken_character_in_a_file_loads_as_the_replacement_character():
    # A lone surrogate ("\ud800") is valid JSON but no text: a widget cannot even send it to the page.
    data = json.dumps(document(company="North\ud800wind", role="x\udfff")).encode()
    s = loads(data)
    assert (s.company, s.role) == ("North\ufffdwind", "x\ufffd")
    assert loads(dumps(s)).company == "North\ufffdwind"


def test_a_situation_holding_a_broken_character_still_saves_and_loads():
    s = example_situation("missed").replace(candidate_name="Alex\ud800", company="x\udfffy")
    back = loads(dumps(s))
    assert (back.candidate_name, back.company) == ("Alex\ufffd", "x\ufffdy")
    assert back.role == s.role


@pytest.mark.parametrize("count", [10**6 + 1, 10**7, -(10**9)])
def test_any_whole_number_the_form_takes_is_saved_loaded_and_explained(count):
    # The form's count box takes any whole number; a file it saves must load, and validate() explains.
    s = example_situation("missed").replace(interviews_so_far=count, times_moved=count)
    back = loads(dumps(s))
    assert (back.interviews_so_far, back.times_moved) == (count, count)
    assert {"interviews_so_far", "times_moved"} <= {p.field for p in validate(back) if p.is_error}


@pytest.mark.parametrize("name", ["UTC", "GMT"])
def test_a_time_on_the_utc_zone_saves_and_loads_back(name):
    """Found by the fresh probe of issue 23: "[UTC]" was written but refused as damaged on loading."""
    s = Situation(scenario="missed", reason="overslept", candidate_name="Ana", company="Acme", role="Clerk",
                  interview_at=datetime(2027, 11, 2, 23, 0, tzinfo=ZoneInfo(name)),
                  now=datetime(2027, 11, 3, 9, 0, tzinfo=ZoneInfo(name)))
    back = loads(dumps(s))
    assert back.interview_at == s.interview_at and back.interview_at.tzinfo.key == name


@pytest.mark.parametrize(
    "times",
    [
        {"proposed_slots": ["2026-11-25T10:00:00", "2026-11-26T10:00:00+01:00"]},
        {"interview_at": "2026-11-24T10:00:00+01:00[Europe/Berlin]", "agreed_at": "2026-11-25T10:00:00"},
    ],
    ids=["slots", "interview and agreed time"],
)
def test_times_on_a_clock_and_times_on_none_in_one_file_are_damage(times):
    """The form writes every time with its offset (an example, every time without): a file mixing the
    two was made by hand, and its times cannot be put in order (the messages sort the offered times).
    Found by benchmarks/probe.py: it loaded, then every message failed with a traceback."""
    assert reason_for(as_bytes(document(scenario="cancel", reason="other", company="Acme", role="Clerk", **times))) == "damaged"
