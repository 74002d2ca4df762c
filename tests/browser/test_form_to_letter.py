"""Typing into the form writes the letter: the page shows what the core composes for what was typed."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from guide import Situation, compose, kinds_for, plan
from guide.ui.message_view import in_tab_order
from guide.catalogue import text
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


def test_changing_a_field_rewrites_the_letter(app, local_time):
    missed_yesterday(app, local_time, name="Dana Reyes")
    app.tab("email").click()
    expect(app.body).to_contain_text("Dana Reyes")

    app.type_into("candidate_name", "Samira Haddad")
    expect(app.body).to_contain_text("Samira Haddad")
    expect(app.body).not_to_contain_text("Dana Reyes")

    app.type_into("company", "Lakeside Clinic")
    expect(app.body).to_contain_text("Lakeside Clinic")
    expect(app.body).not_to_contain_text("Harbor Freight Lines")


def test_each_channel_tab_shows_that_channels_wording(app, local_time):
    situation = missed_yesterday(app, local_time)
    offered = kinds_for(situation)  # the first contact, then what follows (a reply, the follow-up, ...)
    titles = [text(f"channel.{channel}") for channel in offered]
    expect(app.tabs()).to_have_text(titles)

    for channel in offered:
        expected = compose(situation, channel)
        app.tab(channel).click()
        expect(app.tab(channel)).to_have_attribute("aria-selected", "true")
        expect(app.body).to_have_text(expected.body, use_inner_text=True)
        if expected.subject:
            expect(app.subject).to_have_text(expected.subject)
        else:
            expect(app.subject).to_have_count(0)


def test_switching_scenario_offers_its_channels_and_rewrites_the_message(app, local_time):
    missed = missed_yesterday(app, local_time)
    app.tab("email").click()
    expect(app.subject).to_have_text(compose(missed, "email").subject)

    interview_at = local_time.days_ahead_at(3, 10)
    app.choose("scenario", "cancel")
    app.set_time("interview_at", interview_at)
    cancel = Situation(
        scenario="cancel", reason="other", candidate_name="Dana Reyes", company="Harbor Freight Lines",
        role="Dispatcher", interview_at=interview_at, now=local_time.now(),
    )  # fmt: skip

    expect(app.tabs()).to_have_text([text(f"channel.{channel}") for channel in in_tab_order(kinds_for(cancel))])
    app.tab("email").click()
    expect(app.subject).to_have_text(compose(cancel, "email").subject)
    expect(app.body).to_have_text(compose(cancel, "email").body, use_inner_text=True)
