"""Typing into the form writes the letter: the page shows what the core composes for what was typed, on
the browser's own clock while the server runs in UTC.

What each tab says, a change rewriting it and a scenario switch need no browser: tests/test_ui_flows.py."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from guide import Situation, compose, plan
from guide.formatting import format_time, written_when

pytestmark = pytest.mark.browser


def missed_yesterday(app, local_time, name="Dana Reyes", company="Harbor Freight Lines", role="Dispatcher"):
    """Fill the form for an in-person interview missed yesterday at 10:00; return the same Situation."""
    interview_at = local_time.yesterday_at(10)
    app.choose("scenario", "missed")
    app.set_time("interview_at", interview_at)
    app.fill_basics(name=name, company=company, role=role)
    return Situation(
        scenario="missed", reason="other", candidate_name=name, company=company, role=role,
        interview_at=interview_at, now=local_time.now(),
    )  # fmt: skip


def test_the_email_and_plan_are_exactly_what_the_guide_writes_for_what_was_typed(app, local_time):
    # Untouched, the plan area says what is still missing instead of showing a plan.
    expect(app.plan.locator(".rebound-waiting")).to_be_visible()

    situation = missed_yesterday(app, local_time)
    expected = compose(situation, "email")

    app.tab("email").click()
    # The server runs in UTC, the browser in New York: 10:00 typed must stay 10:00 AM in the letter.
    expect(app.body).to_contain_text(written_when(situation.interview_at, situation.now))  # "yesterday at 10:00 AM"
    expect(app.body).to_contain_text(format_time(situation.interview_at))
    expect(app.subject).to_have_text(expected.subject)
    expect(app.body).to_have_text(expected.body, use_inner_text=True)

    # The plan: every step, the most urgent first.
    steps = plan(situation)
    expect(app.plan.locator(".rebound-waiting")).to_have_count(0)
    expect(app.plan.locator("li")).to_have_count(len(steps))
    expect(app.plan.locator(".rebound-action")).to_have_text([step.action for step in steps])
