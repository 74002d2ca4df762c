"""Save and load my answers, in the widget layer: the form fills from a file, a bad file is explained
beside the buttons, and the folder file of JupyterLab is written only when the reader ticks the box and
never under Voila."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
import re
from zoneinfo import ZoneInfo

import pytest

from guide import SCENARIOS, advise
from guide.catalogue import text
from guide.examples import EXAMPLE_NOW, example_situation
from guide.i18n import display_name
from guide.saved import FOLDER_FILE, MAX_BYTES, dumps, loads
from guide.ui import App
from guide.ui.saved_view import under_voila

# Tuesday, March 9, 2027, 3:30 PM in New York: the example's own afternoon.
NOW_UTC = EXAMPLE_NOW.replace(tzinfo=dt.timezone(dt.timedelta(hours=-5))).astimezone(dt.timezone.utc)


@pytest.fixture(autouse=True)
def not_under_voila(monkeypatch, tmp_path):
    """Each test runs in a folder of its own, as a kernel started outside Voila."""
    for name in ("VOILA_KERNEL_ID", "VOILA_PREHEAT", "VOILA_BASE_URL", "VOILA_REQUEST_URL", "SERVER_SOFTWARE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def make_app(*scenarios: str) -> App:
    return App(*scenarios, now_utc=lambda: NOW_UTC)


def answers_of(app: App):
    """What the form holds, as it would be saved (without "now")."""
    return loads(dumps(app.form.situation))


def upload(app: App, data: bytes) -> None:
    """Choose a file, as the browser reports it to the kernel."""
    app.form.saved.load.set_state({"value": [
        {"name": "answers.json", "type": "application/json", "size": len(data), "content": memoryview(data),
         "last_modified": 1_700_000_000_000},
    ]})  # fmt: skip


def status(app: App) -> str:
    """The sentence shown beside the buttons, as read (markup removed)."""
    return html.unescape(re.sub(r"<[^>]+>", "", app.form.saved.status.value))


def comparable(s):
    """Times as instants: the form gives each time a zone, the example has none (read as UTC here)."""
    def at(t):
        return t if t is None or t.tzinfo else t.replace(tzinfo=dt.timezone.utc)

    return s.replace(
        now=None, interview_at=at(s.interview_at), agreed_at=at(s.agreed_at),
        proposed_slots=tuple(at(t) for t in s.proposed_slots),
    )  # fmt: skip


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_loading_a_saved_file_fills_the_form_with_every_answer(scenario):
    app = make_app()
    saved = example_situation(scenario)
    upload(app, dumps(saved))
    assert comparable(app.form.situation) == comparable(saved)
    assert status(app) == text("ui.saved.loaded")
    assert app.form.saved.load.value == ()  # the file's content is not kept


def test_what_is_saved_is_what_the_form_holds():
    app = make_app()
    upload(app, dumps(example_situation("reschedule")))
    reply, buffers = app.form.saved.save.reply("request-1")
    assert reply["kind"] == "file" and reply["filename"].endswith(".json")
    assert loads(buffers[0]) == answers_of(app)


def test_an_untouched_form_can_be_saved_too():
    reply, buffers = make_app().form.saved.save.reply("request-1")
    assert reply["kind"] == "file"
    assert loads(buffers[0]).company == ""


def test_loaded_answers_show_their_problems_at_once():
    app = make_app()
    upload(app, dumps(example_situation("missed").replace(candidate_email="not an address")))
    assert text("problem.email_format") in html.unescape(app.form.notes["candidate_email"].problems_html)


@pytest.mark.parametrize(
    "data, reason",
    [(b"%PDF-1.7", "not_answers"), (dumps(example_situation("late"))[:50], "damaged"),
     (b'{"format": "rebound-answers", "version": 99, "answers": {}}', "newer")],
)  # fmt: skip
def test_a_file_that_cannot_be_loaded_is_explained_and_changes_nothing(data, reason):
    app = make_app()
    app.form.control("company").value = "Typed before"
    before = answers_of(app)
    upload(app, data)
    assert status(app) == text(f"saved.error.{reason}")
    assert 'role="alert"' in app.form.saved.status.value
    assert answers_of(app) == before


def test_a_file_too_large_is_refused_without_reading_it():
    app = make_app()

    class Unreadable:
        def __bytes__(self):
            raise AssertionError("the content of a file too large was read")

    app.form.saved._load_upload({"size": MAX_BYTES + 1, "content": Unreadable()})
    assert status(app) == text("saved.error.too_large", limit=MAX_BYTES // 1024)


def test_a_chapter_fills_in_what_it_can_from_answers_about_another_situation():
    chapter = make_app("late")
    upload(chapter, dumps(example_situation("missed")))
    assert chapter.form.situation.scenario == "late"
    assert chapter.form.situation.company == "Northwind Logistics"
    assert status(chapter) == text("ui.saved.loaded_elsewhere", scenario=text("scenario.missed"))


def test_a_reason_that_does_not_fit_the_chapter_is_left_unchosen():
    chapter = make_app("late")
    upload(chapter, dumps(example_situation("withdraw")))  # accepted another offer: not a reason to be late
    assert chapter.form.situation.reason in [value for _, value in chapter.form.controls["reason"].options]


# --- JupyterLab: the folder file ------------------------------------------------------------------------


def test_nothing_is_written_to_the_folder_unless_the_reader_ticks_the_box(tmp_path):
    app = make_app()
    upload(app, dumps(example_situation("missed")))
    app.form.control("company").value = "Acme"
    assert list(tmp_path.iterdir()) == []
    assert app.form.saved.keep.value is False


def test_ticked_the_answers_follow_the_form_into_the_folder_and_the_next_chapter_fills_in_from_them(tmp_path):
    first = make_app("missed")
    upload(first, dumps(example_situation("missed")))
    first.form.saved.keep.value = True
    first.form.control("company").value = "Harbor Freight Lines"
    kept = tmp_path / FOLDER_FILE
    assert loads(kept.read_bytes()).company == "Harbor Freight Lines"

    second = make_app("late")
    button = second.form.saved.fill_button
    assert button.layout.display is None  # offered, because answers are kept here
    assert second.form.situation.company == ""  # ...but nothing filled in until the reader asks
    button.click()
    assert second.form.situation.company == "Harbor Freight Lines"
    assert second.form.situation.candidate_name == "Alex Rivera"
    assert status(second) == text("ui.saved.loaded_elsewhere", scenario=text("scenario.missed"))


def test_unticking_deletes_the_folder_file(tmp_path):
    app = make_app()
    app.form.saved.keep.value = True
    assert (tmp_path / FOLDER_FILE).is_file()
    app.form.saved.keep.value = False
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_folder_file_is_explained(tmp_path):
    (tmp_path / FOLDER_FILE).write_bytes(b'{"format": "rebound-answers", "version"')
    app = make_app()
    app.form.saved.fill_button.click()
    assert status(app) == text("saved.error.damaged")


def test_a_folder_file_deleted_meanwhile_is_explained(tmp_path):
    (tmp_path / FOLDER_FILE).write_bytes(dumps(example_situation("late")))
    app = make_app()
    (tmp_path / FOLDER_FILE).unlink()
    app.form.saved.fill_button.click()
    assert status(app) == text("ui.saved.folder.gone")
    assert app.form.saved.fill_button.layout.display == "none"


def test_a_folder_that_cannot_be_written_is_explained(tmp_path):
    (tmp_path / FOLDER_FILE).mkdir()  # a directory where the file should go: writing it fails
    app = make_app()
    app.form.saved.keep.value = True
    assert status(app) == text("ui.saved.folder.not_kept")
    assert app.form.saved.keep.value is False


def test_under_voila_the_folder_file_is_never_offered(monkeypatch, tmp_path):
    monkeypatch.setenv("VOILA_KERNEL_ID", "0b2129ac42494545ace47c93c0795fb1")
    assert under_voila()
    app = make_app()
    assert app.form.saved.path is None
    assert not hasattr(app.form.saved, "keep")
    upload(app, dumps(example_situation("late")))
    app.form.control("company").value = "Acme"
    assert list(tmp_path.iterdir()) == []


# --- the page's round trip: every field and every warning come back ------------------------------------
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def strictly(s):
    """Every field but the clock, each time as its instant, offset and zone name (the zone decides the
    employer's country and holidays, which datetime's own equality would not notice)."""
    def moment(value):
        return (value.isoformat(), getattr(value.tzinfo, "key", None)) if isinstance(value, dt.datetime) else value

    out = {f.name: getattr(s, f.name) for f in dataclasses.fields(s) if f.name != "now"}
    return {k: tuple(map(moment, v)) if isinstance(v, tuple) else moment(v) for k, v in out.items()}


def shown(app: App) -> dict[str, str]:
    """What the page says beside every field."""
    return {name: note.problems_html for name, note in app.form.notes.items()}


def test_every_field_filled_in_saved_and_loaded_into_a_fresh_page_comes_back_with_every_warning():
    """Issue 23: after loading, every warning must still be there ("falls on Pentecost Monday", the later
    round's; with a new time agreed, "moved once already" is no longer said, before or after)."""
    app = make_app()
    c = app.form.controls
    c["scenario"].value = "reschedule"
    c["reason"].value = "conflict"
    app.form.interview_at.picker.value = dt.datetime(2027, 5, 12, 4, 0, tzinfo=NEW_YORK)  # 10:00 in Berlin
    c["interview_zone"].value = "Europe/Berlin"
    c["interview_format"].value = "in_person"
    c["location"].value = "Friedrichstraße 1, Berlin"
    c["interviews_so_far"].value = 2
    c["times_moved"].value = 1
    c["company"].value = "Nordwind GmbH"
    c["role"].value = "Lagerist"
    c["contact_name"].value = "Frau Weber"
    c["candidate_name"].value = "Alex Rivera"
    c["candidate_phone"].value = "+1 555 0100"
    c["candidate_email"].value = "alex@example.org"
    slots = [dt.datetime(2027, 5, 17, 4, 0), dt.datetime(2027, 5, 18, 8, 0), dt.datetime(2027, 5, 19, 9, 0)]
    for slot, at in zip(app.form.slots, slots, strict=True):  # Pentecost Monday first
        slot.picker.value = at.replace(tzinfo=NEW_YORK)
    app.form.agreed_at.picker.value = dt.datetime(2027, 5, 20, 5, 0, tzinfo=NEW_YORK)
    c["tone"].value = "warm"
    before = app.form.situation
    problems = [(p.field, p.message) for p in advise(before).problems]
    assert ("times_moved", text("problem.moved_before_reschedule")) not in problems  # a time is agreed
    assert any(f == "interviews_so_far" for f, _ in problems)
    assert any(f == "proposed_slots" and "Pentecost Monday" in m for f, m in problems)

    _reply, buffers = app.form.saved.save.reply("request-1")
    again = make_app()
    upload(again, bytes(buffers[0]))
    after = again.form.situation
    assert status(again) == text("ui.saved.loaded")
    assert strictly(after) == strictly(before)
    assert [(p.field, p.message, p.severity) for p in advise(after).problems] == [
        (p.field, p.message, p.severity) for p in advise(before).problems
    ]
    assert shown(again) == shown(app)
    assert {name: control.value for name, control in again.form.controls.items()} == {
        name: control.value for name, control in c.items()
    }


def test_a_file_saved_in_another_language_says_the_page_kept_its_own():
    spanish = App(now_utc=lambda: NOW_UTC, language="es")
    upload(spanish, dumps(example_situation("missed")))
    saved = dumps(spanish.form.situation)
    english = App(now_utc=lambda: NOW_UTC, language="en")
    upload(english, saved)
    assert english.form.situation.language == "en"
    assert english.form.situation.company == example_situation("missed").company
    assert status(english) == text("ui.saved.language_kept", saved=display_name("es"), page=display_name("en"))


def test_dates_no_form_can_hold_are_named_and_everything_else_is_loaded():
    """Year 1 and year 9999: the page says exactly which answers did not come back, not "nothing was loaded"."""
    answers = json.loads(dumps(example_situation("reschedule")))
    # Written as the form writes times (no offset, like the file's other times): a file mixing the two
    # is refused whole as damaged (tests/test_saved.py).
    answers["answers"].update(interview_at="0001-01-01T10:00:00", agreed_at="9999-12-31T23:00:00")
    app = make_app()
    upload(app, json.dumps(answers).encode())
    s = app.form.situation
    assert (s.company, s.candidate_name, s.scenario) == ("Northwind Logistics", "Alex Rivera", "reschedule")
    assert s.interview_at is None and s.agreed_at is None and s.proposed_slots
    left_out = f"{text('field.interview_at')}; {text('field.agreed_at')}"
    assert status(app) == text("ui.saved.left_out", fields=left_out)


def test_a_load_that_fails_logs_a_short_record_on_the_server_and_sends_the_page_only_the_sentence(monkeypatch):
    """In a kernel, sys.stderr is the page's output stream: a record written there reaches the browser."""
    import logging
    import os

    import guide.ui.saved_view as saved_view

    server_read, server_write = os.pipe()

    class PageStream:  # ipykernel's stderr: what is written goes to the browser; fileno() is the server's
        written = ""

        def write(self, chunk):
            PageStream.written += chunk

        def flush(self):
            pass

        def fileno(self):
            return server_write

    def failing(_data):
        raise RuntimeError("Ana García at Northwind Logistics")

    monkeypatch.setattr(saved_view, "loads", failing)
    monkeypatch.setattr(logging.root, "handlers", [])  # a kernel configures no logging of its own
    monkeypatch.setattr("sys.stderr", PageStream())
    app = make_app()
    upload(app, dumps(example_situation("missed")))
    os.close(server_write)
    with os.fdopen(server_read, encoding="utf-8") as server:
        logged = server.read()
    assert PageStream.written == ""
    assert "loading saved answers failed with RuntimeError" in logged and "Ana García" not in logged
    assert "Northwind" not in logged
    assert app.form.saved.status.value == saved_view.status_html(text("ui.saved.failed"), failed=True)
