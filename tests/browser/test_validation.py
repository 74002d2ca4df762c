"""A value that won't do is explained in plain words right under its field, and never as a traceback."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from guide.catalogue import text
from guide.situation import MAX_ETA_MINUTES, MAX_LENGTH

pytestmark = pytest.mark.browser


def test_an_emptied_or_endless_name_is_explained_beside_the_name_field(app, local_time):
    # A fresh form is calm: no problem notes yet, and the message area says what it still needs.
    expect(app.page.locator(".rebound-problem")).to_have_count(0)
    expect(app.page.locator(".rebound-messages .rebound-waiting").filter(visible=True)).to_be_visible()

    app.set_time("interview_at", local_time.yesterday_at(10))
    app.fill_basics(name="Dana Reyes")
    expect(app.body).to_contain_text("Dana Reyes")

    app.type_into("candidate_name", "")
    app.expect_problem_beside("candidate_name", text("problem.required"))
    # The message waits, and says which detail it is waiting for.
    expect(app.body).to_have_count(0)
    expect(app.page.locator(".rebound-messages .rebound-waiting").filter(visible=True)).to_contain_text(
        text("field.candidate_name")
    )
    # The note is one widget shown in every tab: another tab says the same.
    app.select_tab("voicemail")
    expect(app.page.locator(".rebound-messages .rebound-waiting").filter(visible=True)).to_contain_text(
        text("field.candidate_name")
    )

    # Pasted, as nobody types ten thousand characters.
    app.control("candidate_name").fill("N" * 10_000)
    limit = MAX_LENGTH["candidate_name"]
    app.expect_problem_beside("candidate_name", text("problem.too_long", length="10,000", limit=limit))
    expect(app.page.get_by_text("Traceback")).to_have_count(0)

    app.type_into("candidate_name", "Dana Reyes")
    expect(app.problems("candidate_name")).to_have_count(0)
    expect(app.body).to_contain_text("Dana Reyes")


def test_a_missed_interview_in_the_future_is_explained_beside_the_date(app, local_time):
    app.fill_basics()
    app.set_time("interview_at", local_time.days_ahead_at(3, 10))
    app.expect_problem_beside("interview_at", text("problem.missed_in_future"))

    app.set_time("interview_at", local_time.yesterday_at(10))
    expect(app.problems("interview_at")).to_have_count(0)
    expect(app.body).to_contain_text("Dana Reyes")


def test_too_many_minutes_late_is_explained_beside_the_minutes(app, local_time):
    app.choose("scenario", "late")
    app.set_time("interview_at", local_time.minutes_from_now(5))
    app.fill_basics()
    app.type_into("eta_minutes", str(MAX_ETA_MINUTES + 60))
    app.expect_problem_beside("eta_minutes", text("problem.eta_too_large", limit=MAX_ETA_MINUTES))

    app.type_into("eta_minutes", "20")
    expect(app.problems("eta_minutes")).to_have_count(0)
    expect(app.body).to_contain_text("Dana Reyes")


def test_an_unfinished_email_address_is_explained_once_the_field_is_left(app, local_time):
    app.set_time("interview_at", local_time.yesterday_at(10))
    app.fill_basics()
    app.type_into("candidate_email", "dana.reyes@")
    app.expect_problem_beside("candidate_email", text("problem.email_format"))

    app.type_into("candidate_email", "dana.reyes@example.org")
    expect(app.problems("candidate_email")).to_have_count(0)
    app.tab("email").click()
    expect(app.body).to_contain_text("dana.reyes@example.org")


def test_canceling_for_an_illness_suggests_moving_it_and_still_writes_the_cancellation(app, local_time):
    app.choose("scenario", "cancel")
    app.set_time("interview_at", local_time.days_ahead_at(3, 10))
    app.fill_basics()
    app.choose("reason", "illness")
    advice = text("problem.cancel_passing_reason", reschedule=text("scenario.reschedule"))
    app.expect_problem_beside("reason", advice)
    expect(app.body).to_contain_text("Dana Reyes")  # advice only: the message is still written

    app.choose("scenario", "reschedule")  # taking the advice keeps the reason and drops the note
    expect(app.problems("reason")).to_have_count(0)
    expect(app.body).to_contain_text("Dana Reyes")
