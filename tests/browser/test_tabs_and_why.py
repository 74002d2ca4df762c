"""The message tabs and the "Why?" question, as a participant meets them.

- The tab of the plan's first step is the one open when the messages appear (a cancellation a few days
  ahead starts with the email, so the email tab is open, not the phone script), and a scenario switch
  leaves the open tab alone.
- "Why?" starts unanswered; once the person has started on the form, a note beside it asks for a reason,
  and no message is written until one is chosen.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from guide.catalogue import text

pytestmark = pytest.mark.browser


def test_the_plans_first_tab_opens_first_and_a_scenario_switch_keeps_it(app, local_time):
    app.choose("scenario", "cancel")
    app.set_time("interview_at", local_time.days_ahead_at(4, 10))
    app.fill_basics()
    expect(app.tab("email")).to_have_attribute("aria-selected", "true")
    expect(app.body).to_contain_text("Dana Reyes")
    expect(app.plan.locator(".rebound-action").first).to_contain_text(text("channel.email").split()[0].lower())

    app.choose("scenario", "reschedule")  # its plan starts with a call, but the open tab stays put
    expect(app.body).to_contain_text("Dana Reyes")
    expect(app.tab("email")).to_have_attribute("aria-selected", "true")
    # Moving offers its later messages too (the follow-up, and a reply if they say no), always in one order.
    expected = [text(f"channel.{ch}") for ch in ("phone", "voicemail", "text", "email", "follow_up", "declined")]
    expect(app.tabs()).to_have_text(expected)


def test_why_starts_unanswered_and_a_note_beside_it_asks_for_a_reason(app, local_time):
    reason = app.control("reason")
    expect(reason.locator("option:checked")).to_have_text(text("ui.reason.choose"))
    app.set_time("interview_at", local_time.yesterday_at(10))
    for field, value in (("company", "Harbor Freight Lines"), ("role", "Dispatcher"), ("candidate_name", "Dana Reyes")):
        app.type_into(field, value)
    app.expect_problem_beside("reason", text("problem.reason_required", other=text("reason.other")))
    expect(app.page.locator(".rebound-message-body").filter(visible=True)).to_have_count(0)

    app.choose("reason", "traffic")
    expect(app.problems("reason")).to_have_count(0)
    expect(app.body).to_contain_text("Dana Reyes")
