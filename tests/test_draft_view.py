"""The "check my draft" panel without a browser: type into it from Python and read what it shows.

What the panel shows is compared with ``review()`` called directly, so these tests follow the core's
wording and checks instead of copying them; the core's own verdicts are tested in test_review.py.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .contrast import contrast_ratio

import guide.ui.draft_view as draft_view_module
from guide import Situation, review
from guide.catalogue import text
from guide.examples import example_draft, example_review, example_review_text, review_text
from guide.ui import App, DraftReview, SituationForm
from guide.ui.draft_view import CONTRAST_PAIRS, DRAFT_CHANNELS, ReviewPacer
from guide.verdicts import ICONS
from guide.rules import source_label

from .conftest import make_situation
from .draft_samples import bad_draft, good_draft

ROOT = Path(__file__).resolve().parent.parent

# A missed-interview email with its apology at the end, no request for a new time, and blame; then the
# same email with the apology first, ownership, a request with two times, and a prevention step.
BAD = bad_draft("Ana García")
GOOD = good_draft("Ana García")


def type_draft(panel: DraftReview, draft: str, subject: str = "", channel: str = "email") -> None:
    panel.channel_choice.value = channel
    panel.subject_field.value = subject
    panel.draft_field.value = draft


def shown(panel: DraftReview) -> str:
    return panel.status.value + panel.summary.value + panel.findings.value


def finding_item(panel: DraftReview, check: str) -> str:
    """The list item of one check, as markup."""
    value = panel.findings.value
    start = value.index(f'data-check="{check}"')
    return value[value.rindex("<li", 0, start) : value.index("</li>", start)]


# --- controls and labels ---------------------------------------------------------------------------------
def test_every_control_has_its_label_from_the_catalogue():
    panel = DraftReview()
    assert panel.draft_field.description == text("ui.draft.body")
    assert panel.subject_field.description == text("ui.draft.subject")
    assert panel.channel_choice.description == text("ui.draft.channel")
    for control in (panel.draft_field, panel.subject_field, panel.channel_choice):
        assert control.style.description_width == "initial"  # never cut short
    assert panel.draft_field.continuous_update and panel.subject_field.continuous_update
    assert [value for _, value in panel.channel_choice.options] == list(DRAFT_CHANNELS)
    assert [label for label, _ in panel.channel_choice.options] == [text(f"channel.{c}") for c in DRAFT_CHANNELS]


def test_a_fresh_panel_invites_a_draft_and_lists_nothing():
    panel = DraftReview()
    assert html.escape(text("review.summary.empty")) in panel.summary.value
    assert panel.findings.value == ""
    assert panel.status.value == ""
    assert panel.form_hint.layout.display == "none"  # no form to point at


def test_the_subject_field_is_offered_for_an_email_only():
    panel = DraftReview()
    assert panel.subject_field.layout.display is None
    for channel in ("letter", "phone", "voicemail", "text"):
        panel.channel_choice.value = channel
        assert panel.subject_field.layout.display == "none", channel
    panel.channel_choice.value = "email"
    assert panel.subject_field.layout.display is None


def test_the_panel_shows_a_plain_sentence_where_widgets_cannot_run():
    assert DraftReview()._repr_mimebundle_()["text/plain"] == text("ui.static.draft")


# --- live review ----------------------------------------------------------------------------------------
def test_typing_a_draft_shows_the_summary_first_then_every_finding_in_order():
    panel = DraftReview()
    type_draft(panel, BAD, subject="Apology for missed interview")
    expected = review(BAD, None, subject="Apology for missed interview", channel="email")
    assert panel.result == expected
    assert html.escape(expected.summary) in panel.summary.value
    assert html.escape(text("ui.draft.score", score=expected.score)) in panel.summary.value
    assert 'role="status"' in panel.summary.value
    children = list(panel.children)
    assert children.index(panel.summary) < children.index(panel.findings)
    positions = [panel.findings.value.index(f'data-check="{f.check}"') for f in expected.findings]
    assert positions == sorted(positions)  # most important first, as the review ranks them
    assert panel.findings.value.count("<li") == len(expected.findings)


def test_each_finding_shows_verdict_in_words_and_icon_title_reason_suggestion_and_source():
    panel = DraftReview()
    type_draft(panel, BAD)
    result = panel.result
    assert result.failures and any(f.passed for f in result.findings)
    for f in result.findings:
        item = finding_item(panel, f.check)
        kind = "passed" if f.passed else f.severity
        assert html.escape(text(f"ui.draft.verdict.{kind}")) in item  # the verdict in words
        assert f'<span aria-hidden="true">{ICONS[kind]}</span>' in item  # the icon only repeats it
        assert ("rebound-pass" if f.passed else "rebound-fail") in item  # and so does the colour
        assert html.escape(f.title) in item
        assert html.escape(f.reason) in item
        assert html.escape(text("ui.plan.source", source=source_label(f.source))) in item
        if f.passed:
            assert text("ui.draft.try") not in item
        else:
            assert html.escape(f.suggestion) in item


def test_fixing_the_draft_turns_its_failures_into_passes():
    panel = DraftReview()
    type_draft(panel, BAD, channel="email")
    for check in ("apology-first", "ask-new-time", "no-blame"):
        assert not panel.result.finding(check).passed, check
        assert "rebound-fail" in finding_item(panel, check)
    panel.draft_field.value = GOOD
    for check in ("apology-first", "ask-new-time", "no-blame"):
        assert panel.result.finding(check).passed, check
        assert "rebound-pass" in finding_item(panel, check)
    assert panel.result == review(GOOD, None, subject=None, channel="email")


def test_the_subject_and_the_kind_of_message_reach_the_review():
    panel = DraftReview()
    type_draft(panel, GOOD, subject="")
    assert not panel.result.finding("subject-line").passed
    panel.subject_field.value = "Apology for missed interview – Ana García – Warehouse Associate"
    assert panel.result.finding("subject-line").passed
    panel.channel_choice.value = "letter"
    assert panel.result.channel == "letter"
    assert panel.result.finding("subject-line") is None  # a letter has no subject line
    assert panel.result == review(GOOD, None, subject=None, channel="letter")


def test_a_ready_draft_says_so_at_a_glance():
    panel = DraftReview()
    panel.situation = make_situation("missed", proposed_slots=(dt.datetime(2026, 11, 24, 10), dt.datetime(2026, 11, 25, 14, 30)))
    type_draft(panel, GOOD, subject="Apology for missed interview – Ana García – Warehouse Associate")
    assert panel.result.ready, [f.check for f in panel.result.failures]
    assert "rebound-draft-summary rebound-ready" in panel.summary.value
    assert panel.result.summary.startswith(text("review.summary.ready", good="").split(":")[0] + ":")
    assert html.escape(panel.result.summary) in panel.summary.value


# --- the form's situation -------------------------------------------------------------------------------
def test_a_complete_situation_is_compared_with_the_draft():
    panel = DraftReview()
    panel.situation = make_situation("missed", contact_name="Mr. Okafor")
    type_draft(panel, GOOD)
    details = panel.result.finding("details-match")
    assert details is not None and not details.passed
    assert "Okafor" in details.reason and "Okafor" in panel.findings.value
    assert panel.result.scenario == "missed" and not panel.result.scenario_guessed
    assert panel.form_hint.layout.display == "none"


def test_an_incomplete_situation_is_left_out_and_the_panel_says_what_would_help():
    panel = DraftReview()
    panel.situation = make_situation("cancel", company="")  # incomplete: no company
    type_draft(panel, GOOD)
    assert panel.result == review(GOOD, None, subject=None, channel="email")
    assert panel.result.finding("details-match") is None
    assert panel.result.scenario == "missed" and panel.result.scenario_guessed  # read from the draft
    assert panel.form_hint.layout.display is None
    assert html.escape(text("ui.draft.without_form")) in panel.form_hint.value


def test_the_panel_follows_a_form_one_way():
    now = dt.datetime(2026, 11, 20, 18, 0, tzinfo=dt.timezone.utc)
    form = SituationForm(now_utc=lambda: now)
    panel = DraftReview(form=form)
    type_draft(panel, GOOD)
    assert panel.situation is form.situation and panel.usable_situation() is None
    for field, value in {
        "candidate_name": "Ana García", "company": "Acme Corp", "role": "Warehouse Associate",
        "contact_name": "Mr. Okafor", "interview_at": dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.timezone.utc),
        "reason": "other",
    }.items():  # fmt: skip
        form.control(field).value = value
    assert panel.usable_situation() is form.situation
    assert not panel.result.finding("details-match").passed  # the greeting names Ms. Lee, not Mr. Okafor
    before = form.situation
    panel.situation = Situation(scenario="cancel")  # the panel never writes back to the form
    assert form.situation is before


def test_the_app_can_link_the_panel_to_its_form():
    app = App()
    panel = DraftReview(form=app.form)
    assert panel.situation is app.form.situation


# --- whatever is pasted ---------------------------------------------------------------------------------
def test_markup_in_the_draft_and_subject_is_shown_as_text():
    panel = DraftReview()
    attack = '<img src=x onerror="alert(1)"><script>alert(2)</script> I am sorry I missed it. <b>Bold</b>'
    type_draft(panel, attack + "\n\n" + GOOD, subject='<svg onload="alert(3)">Apology')
    everything = shown(panel)
    for raw in ("<img", "<script", "<svg", "<b>"):
        assert raw not in everything, raw
    markup = panel.result.finding("no-markup")
    assert not markup.passed
    assert html.escape(markup.reason) in panel.findings.value
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in panel.findings.value  # quoted, escaped


def test_template_braces_in_the_draft_are_quoted_literally():
    panel = DraftReview()
    type_draft(panel, "Dear {{ contact }},\n\n" + GOOD.split("\n", 2)[2])
    placeholder = panel.result.finding("no-placeholders")
    assert not placeholder.passed
    assert "{{ contact }}" in html.unescape(panel.findings.value)


@pytest.mark.parametrize(
    "draft",
    [
        "",
        "   \n\t  ",
        "A" * 100_000,
        ("I am sorry I missed our interview. " * 3000)[:100_000],
        "😀" * 20_000,
        "Sorry 🙏🙏 I missed it!!! Can we reschedule??? 💼",
        "مرحبا، أعتذر عن تفويت المقابلة. هل يمكن تحديد موعد آخر؟",
        "\u202eSorry\u202c I missed it \u200f\u2066twice\u2069",
        "<" * 50_000 + "script",
        "\x00\x07 control characters \x1b[31m",
    ],
    ids=["empty", "blank", "100k-letters", "100k-sentences", "emoji-only", "emoji", "rtl", "bidi-controls", "angles", "controls"],
)
@pytest.mark.parametrize("channel", ["email", "text"])
def test_any_draft_gets_a_review_never_a_traceback(draft, channel):
    panel = DraftReview()
    type_draft(panel, draft, subject=draft[:200], channel=channel)
    assert panel.result is not None
    assert "rebound-error" not in panel.status.value
    assert panel.summary.value and html.escape(panel.result.summary) in panel.summary.value
    assert "<script" not in panel.findings.value


def test_a_failing_review_shows_a_plain_sentence_and_logs_nothing_typed(monkeypatch, caplog):
    panel = DraftReview()

    def broken(draft, situation=None, subject=None, channel="email", scenario=None):
        raise RuntimeError(f"could not read {draft!r}")

    monkeypatch.setattr(draft_view_module, "review", broken)
    with caplog.at_level(logging.ERROR, logger="guide.ui"):
        panel.draft_field.value = "Private words from Ana García"
    assert "rebound-error" in panel.status.value
    assert html.escape(text("ui.error.unexpected")) in panel.status.value
    assert panel.summary.value == "" and panel.findings.value == ""
    assert "RuntimeError" in caplog.text and "Ana García" not in caplog.text and "Private" not in caplog.text
    monkeypatch.undo()
    panel.draft_field.value = GOOD  # the next change works again
    assert panel.status.value == "" and panel.result.total


# --- pacing -------------------------------------------------------------------------------------------
class FakeLoop:
    """Stands in for the kernel's event loop: keeps timers until the test fires them."""

    def __init__(self):
        self.timers: list[FakeTimer] = []

    def call_later(self, delay, callback):
        timer = FakeTimer(delay, callback)
        self.timers.append(timer)
        return timer

    def fire(self) -> None:
        for timer in [t for t in self.timers if not t.cancelled]:
            timer.cancelled = True
            timer.callback()


class FakeTimer:
    def __init__(self, delay, callback):
        self.delay, self.callback, self.cancelled = delay, callback, False

    def cancel(self):
        self.cancelled = True


def test_quick_reviews_run_on_every_change():
    runs, loop = [], FakeLoop()
    pacer = ReviewPacer(lambda: runs.append(1), loop=lambda: loop)
    pacer.last_duration = 0.0
    pacer.request()
    pacer.request()
    assert len(runs) == 2 and loop.timers == []


def test_after_a_slow_review_changes_wait_for_a_pause_and_only_the_last_runs():
    runs, waits, loop = [], [], FakeLoop()
    pacer = ReviewPacer(lambda: runs.append(1), on_wait=lambda: waits.append(1), loop=lambda: loop)
    pacer.last_duration = 10 * ReviewPacer.QUICK_S  # as after a review of a very long paste
    for _ in range(5):
        pacer.request()
    assert runs == [] and pacer.waiting and len(waits) == 5
    assert [t.cancelled for t in loop.timers] == [True] * 4 + [False]
    assert all(t.delay == ReviewPacer.PAUSE_S for t in loop.timers)
    loop.fire()
    assert runs == [1] and not pacer.waiting


def test_without_an_event_loop_every_change_is_reviewed_at_once():
    runs = []
    pacer = ReviewPacer(lambda: runs.append(1), loop=lambda: None)
    pacer.last_duration = 10.0
    pacer.request()
    assert runs == [1]


def test_a_waiting_panel_says_it_is_checking_and_then_shows_the_review(monkeypatch):
    loop = FakeLoop()
    panel = DraftReview()
    panel._pacer._loop = lambda: loop
    panel._pacer.last_duration = 10 * ReviewPacer.QUICK_S
    panel.draft_field.value = GOOD
    assert html.escape(text("ui.draft.checking")) in panel.status.value
    loop.fire()
    assert panel.status.value == "" and panel.result == review(GOOD, None, subject=None, channel="email")


# --- textstat is loaded by a review, not by the page -----------------------------------------------------
def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_textstat_is_not_loaded_until_a_long_enough_draft_is_reviewed():
    out = run_python(
        f"""
        import sys
        from guide.ui import App, DraftReview
        app = App()
        panel = DraftReview(form=app.form)
        print("after start:", "textstat" in sys.modules)
        panel.draft_field.value = {GOOD!r}
        print("after review:", "textstat" in sys.modules, panel.result.finding("readability") is not None)
        """
    )
    assert out.splitlines() == ["after start: False", "after review: True True"]


def test_a_short_first_draft_starts_loading_textstat_in_the_background():
    out = run_python(
        """
        import sys, threading
        from guide.ui import DraftReview
        panel = DraftReview()
        print("after start:", "textstat" in sys.modules)
        panel.draft_field.value = "Sorry, running late."
        for thread in threading.enumerate():
            if thread.name == "rebound-review-warm-up":
                thread.join()
        print("after a short draft:", "textstat" in sys.modules)
        """
    )
    assert out.splitlines() == ["after start: False", "after a short draft: True"]


# --- the chapter's example --------------------------------------------------------------------------------
def test_the_example_review_is_the_review_of_the_example_draft():
    subject, body = example_draft()
    result = example_review()
    printed = example_review_text()
    assert printed.startswith(f"{text('ui.message.subject')} {subject}\n\n{body}")
    assert printed.endswith(review_text(result))
    assert result.summary in printed and text("ui.draft.score", score=result.score) in printed
    for f in result.findings:
        assert f.title in printed and f.reason in printed
        if not f.passed:
            assert f.suggestion in printed
    # The chapter's commentary relies on these: apology late, blame, no request, a vague subject.
    assert {"apology-first", "no-blame", "ask-new-time", "subject-line"} <= {f.check for f in result.failures}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_examples_long_story_is_not_passed_as_a_short_explanation(lang):
    """The example spends most of its words on the bus, the maps app and the frustrating morning (the
    counselor's cold read, 7 Dec 2026): in either language the check says so, not "kept short"."""
    from guide import i18n

    with i18n.speaking(lang):
        story = example_review().finding("not-over-explained")
    assert story is not None and not story.passed and story.severity == "should", story


def test_the_example_is_the_same_on_every_run():
    assert example_review_text() == example_review_text()


# --- the look -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("ink, paper", CONTRAST_PAIRS)
def test_the_panels_own_colors_meet_wcag_aa(ink, paper):
    assert contrast_ratio(ink, paper) >= 4.5


def test_situation_values_are_data_too():
    panel = DraftReview()
    panel.situation = Situation(scenario="missed", candidate_name="<b>{{ x }}</b>")  # incomplete
    type_draft(panel, GOOD)
    assert "<b>" not in shown(panel)


# --- what the message is about, asked without a form ------------------------------------------------------
def test_without_a_form_the_panel_asks_what_the_message_is_about():
    panel = DraftReview()
    assert panel.scenario_choice.description == text("ui.draft.scenario")
    assert panel.scenario_choice.value == "" and panel.scenario_choice.layout.display is None
    draft = "Dear Ms. Lee,\n\nThank you for your message. I will not be able to come on Tuesday.\n\nThank you,\nAna García"
    type_draft(panel, draft)
    panel.scenario_choice.value = "cancel"
    assert panel.result.scenario == "cancel" and not panel.result.scenario_guessed
    assert panel.result == review(draft, None, subject=None, channel="email", scenario="cancel")
    panel.situation = make_situation("missed")  # a complete form answers the question itself
    assert panel.scenario_choice.layout.display == "none"
    assert panel.result.scenario == "missed"


def test_a_true_but_unusual_reason_is_shown_as_worth_a_look_not_as_a_failure():
    panel = DraftReview()
    draft = (
        "Dear Ms. Lee,\n\nI am sorry that I missed our interview this morning; I was called for jury duty. "
        "Could we reschedule at your convenience?\n\nThank you,\nAna García"
    )
    type_draft(panel, draft, subject="Apology for missed interview")
    note = panel.result.finding("no-invented-excuse")
    assert note.severity == "note" and note not in panel.result.failures
    item = finding_item(panel, "no-invented-excuse")
    assert html.escape(text("ui.draft.verdict.note")) in item and ICONS["note"] in item
    assert "rebound-note" in item
    assert "Ready to send" in panel.summary.value


def test_a_paste_longer_than_the_review_reads_says_only_its_start_was_checked():
    panel = DraftReview()
    type_draft(panel, ("I am sorry I missed our interview. " * 3000)[:100_000])
    note = "This draft is longer than any message needs: only its first 10,000 characters were checked."
    assert panel.result.capped_note == note
    assert html.escape(note) in panel.summary.value
    type_draft(panel, "I am sorry I missed our interview.")
    assert "10,000" not in panel.summary.value
