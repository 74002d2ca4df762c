"""The page's lifeline, in the widget layer: what it gives the browser so the page can warn, save and
restore without its kernel (the browser side is tests/browser/test_dead_kernel.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from guide.catalogue import text
from guide.examples import EXAMPLE_NOW, example_situation
from guide.i18n import languages
from guide.saved import MAX_BYTES, answers_file, dumps, loads
from guide.ui import App
from guide.ui.lifeline import CONTRAST_PAIRS, WORDS, is_blank
from guide.ui.saved_view import status_html

from .contrast import contrast_ratio

NOW_UTC = EXAMPLE_NOW.replace(tzinfo=dt.timezone(dt.timedelta(hours=-5))).astimezone(dt.timezone.utc)


@pytest.fixture
def app(monkeypatch, tmp_path) -> App:
    monkeypatch.chdir(tmp_path)  # a kernel outside Voila may keep a folder file: never in the repo
    return App(now_utc=lambda: NOW_UTC)


def sent_by(lifeline) -> list[dict]:
    sent: list[dict] = []
    lifeline.send = lambda content, buffers=None: sent.append(content)
    return sent


def test_the_browser_holds_the_file_save_my_answers_would_give(app):
    lifeline = app.workspace.lifeline
    assert lifeline.blank
    app.form.fill(example_situation("missed"))
    situation = app.form.situation
    assert not lifeline.blank
    assert lifeline.answers == dumps(situation).decode("utf-8")
    assert lifeline.filename == answers_file(situation).filename
    assert lifeline.saved == text("ui.take.saved", filename=lifeline.filename)
    assert loads(lifeline.answers) == loads(dumps(situation))
    # "Save my answers" is one the page can make by itself once the kernel is gone.
    assert app.form.saved.save.offline == "answers"


def test_controls_holding_their_saved_value_are_named_for_the_browser_to_read(app):
    lifeline = app.workspace.lifeline
    controls = app.form.controls
    controls["company"].value = "Harbor Freight Lines"
    typed = lifeline.typed
    assert typed["company"] == {"model": controls["company"].model_id}
    assert typed["scenario"]["model"] == controls["scenario"].model_id
    assert typed["scenario"]["values"] == [value for _, value in controls["scenario"].options]
    saved = json.loads(lifeline.answers)["answers"]
    for name in typed:  # each one's saved value is exactly what its control holds
        assert saved[name] == controls[name].value, name
    # Times are read on the participant's clock and saved on the employer's: never read from the box.
    assert not {"interview_at", "agreed_at", "proposed_slots"} & typed.keys()


def test_only_the_choices_every_form_starts_with_count_as_blank():
    assert is_blank({"scenario": "late", "reason": "traffic", "tone": "formal", "language": "es", "location": ""})
    assert not is_blank({"scenario": "late", "company": "Acme"})
    assert not is_blank({"interviews_so_far": 2})


def test_answers_kept_by_the_browser_are_put_back_in_the_form(app):
    kept = dumps(example_situation("late")).decode("utf-8")
    sent = sent_by(app.workspace.lifeline)
    app.workspace.lifeline._on_message(None, {"kind": "restore", "answers": kept}, [])
    assert sent == [{"kind": "restored", "message": text("ui.saved.loaded"), "failed": False}]
    assert app.form.controls["company"].value == example_situation("late").company
    assert text("ui.saved.loaded") in app.form.saved.status.value


def test_kept_answers_that_cannot_be_read_are_explained_and_change_nothing(app):
    sent = sent_by(app.workspace.lifeline)
    app.workspace.lifeline._on_message(None, {"kind": "restore", "answers": "not answers"}, [])
    assert sent == [{"kind": "restored", "message": text("saved.error.not_answers"), "failed": True}]
    assert app.form.controls["company"].value == ""


def test_the_heartbeat_is_answered(app):
    sent = sent_by(app.workspace.lifeline)
    app.workspace.lifeline._on_message(None, {"kind": "ping", "id": 7}, [])
    assert sent == [{"kind": "pong", "id": 7}]


def test_a_file_too_big_is_refused_with_the_kernels_own_sentence(app):
    lifeline = app.workspace.lifeline
    assert lifeline.max_bytes == MAX_BYTES
    assert lifeline.too_large == status_html(text("saved.error.too_large", limit=MAX_BYTES // 1024), failed=True)
    assert 'role="alert"' in lifeline.too_large
    assert (lifeline.status, lifeline.upload) == (app.form.saved.status.model_id, app.form.saved.load.model_id)


def test_the_words_follow_the_page_language_and_the_rebuilt_form(app):
    app.speak("es")
    lifeline = app.workspace.lifeline
    assert lifeline.words["heading"] == text("lifeline.lost.heading", "es")
    assert lifeline.status == app.form.saved.status.model_id  # the form's saved-answers part was rebuilt
    assert app.form.saved.save.offline == "answers"


@pytest.mark.parametrize("lang", languages())
def test_every_sentence_is_said_in_every_language(lang):
    assert all(text(key, lang) for key in WORDS.values())


@pytest.mark.parametrize("ink, paper", CONTRAST_PAIRS)
def test_the_notice_the_offer_and_the_mark_are_readable(ink, paper):
    assert contrast_ratio(ink, paper) >= 4.5
