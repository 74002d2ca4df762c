"""A participant's way through the page, in-process: what the browser tests used to check of it that needs
no layout. Which tab is open and which are offered, what each tab says, the notes beside the fields and
a switch of language are all decided by the widgets, so they are checked here against the widgets, in a
fraction of a second each. tests/browser keeps what needs a real page: where things sit, the keyboard,
downloads and the clipboard, the browser's own clock, and the server's disk.

Times are fixed (an injected clock and zone-aware times), as in tests/test_ui.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from zoneinfo import ZoneInfo

import pytest

from guide import Situation, compose, kinds_for, plan
from guide.catalogue import text
from guide.i18n import set_default_language
from guide.situation import MAX_ETA_MINUTES
from guide.ui import App
from guide.ui.message_view import in_tab_order

NEW_YORK = ZoneInfo("America/New_York")
# Tuesday, March 11, 2025, 3:30 PM in New York: office hours.
NOW_UTC = dt.datetime(2025, 3, 11, 19, 30, tzinfo=dt.timezone.utc)
NOW = NOW_UTC.astimezone(NEW_YORK)
YESTERDAY_AT_10 = dt.datetime(2025, 3, 10, 10, 0, tzinfo=NEW_YORK)
IN_THREE_DAYS_AT_10 = dt.datetime(2025, 3, 14, 10, 0, tzinfo=NEW_YORK)
OFFERED = dt.datetime(2025, 3, 17, 14, 0, tzinfo=NEW_YORK)  # a Monday
IN_FIVE_MINUTES = dt.datetime(2025, 3, 11, 15, 35, tzinfo=NEW_YORK)
NAME, COMPANY, ROLE = "Dana Reyes", "Harbor Freight Lines", "Dispatcher"


@pytest.fixture(autouse=True)
def _page_in_english():
    """Every test starts on an English page and leaves the kernel's language as it was."""
    set_default_language("en")
    yield
    set_default_language("en")


@pytest.fixture
def app() -> App:
    return App(now_utc=lambda: NOW_UTC)


def fill(app: App, **values) -> None:
    """Set each control as a participant would, in the order given."""
    for field, value in values.items():
        app.form.control(field).value = value


def fill_basics(app: App, name: str = NAME, company: str = COMPANY, role: str = ROLE) -> None:
    """The company, the job and the name; and "Why?", if still unanswered, as "something else"."""
    if app.form.control("reason").value == "":
        fill(app, reason="other")
    fill(app, company=company, role=role, candidate_name=name)


def typed(scenario: str, **details) -> Situation:
    """What the participant typed, written out independently of the form."""
    values = dict(scenario=scenario, reason="other", candidate_name=NAME, company=COMPANY, role=ROLE, now=NOW)
    return Situation(**{**values, **details})


def note(app: App, field: str) -> str:
    """The problem note beside ``field``, as the page shows it (empty: no note)."""
    return app.form.notes[field].problems_html


def titles(app: App) -> tuple[str, ...]:
    return tuple(app.messages.tab.titles)


def body(app: App, channel: str = "email") -> str:
    """The message the tab shows; a tab with no message yet has no body at all (issue 28: it holds the
    shared "still needed" note only, and its parts are built with its first message)."""
    view = app.messages.show_tab(channel)
    return view.body.value if view.built else ""


# --- the message tabs (was tests/browser/test_tabs_and_why.py) ---------------------------------------------
def test_a_cancellation_days_ahead_opens_on_the_email_and_a_switch_to_moving_keeps_it(app):
    fill(app, scenario="cancel", interview_at=IN_THREE_DAYS_AT_10)
    fill_basics(app)
    first_step = next(step for step in plan(app.situation) if step.channel)
    assert first_step.channel == "email"  # the plan starts with the email, so its tab is the one open
    assert app.messages.channel == "email"
    assert NAME in body(app)

    fill(app, scenario="reschedule")  # its plan starts with a call, but the open tab stays put
    assert next(step for step in plan(app.situation) if step.channel).channel == "phone"
    assert app.messages.channel == "email"
    assert NAME in body(app)
    # Moving offers its later messages too (the follow-up, and a reply if they say no), always in one order.
    expected = ("phone", "voicemail", "text", "email", "follow_up", "declined")
    assert app.messages.channels == expected == in_tab_order(kinds_for(app.situation))
    assert titles(app) == tuple(text(f"channel.{channel}") for channel in expected)


def test_no_message_is_written_until_why_is_answered(app):
    assert app.form.control("reason").value == ""
    fill(app, interview_at=YESTERDAY_AT_10, company=COMPANY, role=ROLE, candidate_name=NAME)
    assert html.escape(text("problem.reason_required", other=text("reason.other"))) in note(app, "reason")
    assert all(body(app, channel) == "" for channel in app.messages.channels)
    assert html.escape(text("field.reason")) in app.messages.waiting.value

    fill(app, reason="traffic")
    assert note(app, "reason") == ""
    assert NAME in body(app)


# --- notes beside the fields (was tests/browser/test_validation.py) ----------------------------------------
def test_a_missed_interview_in_the_future_is_explained_beside_the_date(app):
    fill_basics(app)
    fill(app, interview_at=IN_THREE_DAYS_AT_10)
    assert html.escape(text("problem.missed_in_future")) in note(app, "interview_at")
    assert body(app) == ""

    fill(app, interview_at=YESTERDAY_AT_10)
    assert note(app, "interview_at") == ""
    assert NAME in body(app)


def test_too_many_minutes_late_is_explained_beside_the_minutes(app):
    fill(app, scenario="late", interview_at=IN_FIVE_MINUTES)
    fill_basics(app)
    fill(app, eta_minutes=str(MAX_ETA_MINUTES + 60))
    assert html.escape(text("problem.eta_too_large", limit=MAX_ETA_MINUTES)) in note(app, "eta_minutes")

    fill(app, eta_minutes="20")
    assert note(app, "eta_minutes") == ""
    # 15 minutes late: a call (issue 24: a few minutes late is one call, no email)
    assert NAME in body(app, "phone")


def test_an_email_address_is_checked_once_the_field_is_left_and_then_written_in_the_email(app):
    # The browser sends a half-typed address only when the person leaves the field (Tab, a click away).
    assert app.form.control("candidate_email").continuous_update is False
    fill(app, interview_at=YESTERDAY_AT_10)
    fill_basics(app)
    fill(app, candidate_email="dana.reyes@")
    assert html.escape(text("problem.email_format")) in note(app, "candidate_email")

    fill(app, candidate_email="dana.reyes@example.org")
    assert note(app, "candidate_email") == ""
    assert "dana.reyes@example.org" in body(app, "email")


def test_canceling_for_an_illness_suggests_moving_it_and_still_writes_the_cancellation(app):
    fill(app, scenario="cancel", interview_at=IN_THREE_DAYS_AT_10)
    fill_basics(app)
    fill(app, reason="illness")
    advice = text("problem.cancel_passing_reason", reschedule=text("scenario.reschedule"))
    assert html.escape(advice) in note(app, "reason")
    assert NAME in body(app)  # advice only: the message is still written

    fill(app, scenario="reschedule")  # taking the advice keeps the reason and drops the note
    assert app.form.control("reason").value == "illness"
    assert note(app, "reason") == ""
    assert NAME in body(app)


# --- what the form writes (was tests/browser/test_form_to_letter.py) ---------------------------------------
def test_each_tab_shows_that_kinds_wording_for_what_was_typed(app):
    fill(app, scenario="missed", interview_at=YESTERDAY_AT_10)
    fill_basics(app)
    situation = typed("missed", interview_at=YESTERDAY_AT_10)
    offered = kinds_for(situation)  # the first contact, then what follows (a reply, the follow-up, ...)
    assert app.messages.channels == offered
    assert titles(app) == tuple(text(f"channel.{channel}") for channel in offered)
    for channel in offered:
        expected = compose(situation, channel)
        view = app.messages.show_tab(channel)
        assert view.body.value == expected.html, channel
        if expected.subject:
            assert view.subject.value == html.escape(expected.subject)
            assert view.subject_row.layout.display is None
        else:
            assert view.subject_row.layout.display == "none", channel


def test_changing_a_field_rewrites_the_letter(app):
    fill(app, interview_at=YESTERDAY_AT_10)
    fill_basics(app)
    assert NAME in body(app)

    fill(app, candidate_name="Samira Haddad")
    assert "Samira Haddad" in body(app) and NAME not in body(app)
    fill(app, company="Lakeside Clinic")
    assert "Lakeside Clinic" in body(app) and COMPANY not in body(app)


def test_switching_scenario_offers_its_tabs_and_rewrites_the_message(app):
    fill(app, interview_at=YESTERDAY_AT_10)
    fill_basics(app)
    assert app.messages.show_tab("email").subject.value == html.escape(
        compose(typed("missed", interview_at=YESTERDAY_AT_10), "email").subject
    )

    fill(app, scenario="cancel", interview_at=IN_THREE_DAYS_AT_10)
    cancel = typed("cancel", interview_at=IN_THREE_DAYS_AT_10)
    assert app.messages.channels == in_tab_order(kinds_for(cancel))
    assert titles(app) == tuple(text(f"channel.{channel}") for channel in in_tab_order(kinds_for(cancel)))
    email = compose(cancel, "email")
    assert app.messages.show_tab("email").subject.value == html.escape(email.subject)
    assert body(app) == email.html


# --- the language (was tests/browser/test_language.py, Spanish then English) --------------------------------
def test_a_spanish_page_switched_to_english_keeps_what_was_typed_and_writes_in_english():
    app = App(now_utc=lambda: NOW_UTC, language="es")
    assert app.form.control("company").description == text("field.company", "es")
    fill(app, scenario="reschedule", reason="illness", interview_at=IN_THREE_DAYS_AT_10)
    app.form.slots[0].picker.value = OFFERED
    fill_basics(app)
    spanish = typed("reschedule", reason="illness", interview_at=IN_THREE_DAYS_AT_10, proposed_slots=(OFFERED,), language="es")
    assert body(app) == compose(spanish, "email").html
    assert app.plan_view.steps == plan(spanish)

    app.language_choice.dropdown.value = "en"

    english = dataclasses.replace(spanish, language="en")
    assert app.language == "en" and app.language_choice.page.lang == "en"
    assert app.form.control("role").value == ROLE  # what was typed stays
    assert app.form.control("company").description == text("field.company", "en")
    assert "Late right now? Call first" in app.section("intro").value
    assert app.plan_view.steps == plan(english)
    assert body(app) == compose(english, "email").html
