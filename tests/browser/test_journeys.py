"""For each of the five situations, a person gets a message written for it.

Each journey fills only what that situation needs, as a person would, then checks that the message is
the one written for that situation (its subject line is the guide's subject for it) and that a plan is
there. A screenshot of the finished page is kept in tests/artifacts/ for people to look at. How soon the
first message comes is measured, not asserted (no timed assertions in tests): benchmarks/room.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from guide import SCENARIOS, Situation, compose
from guide.catalogue import text

pytestmark = pytest.mark.browser

NAME, COMPANY, ROLE = "Dana Reyes", "Harbor Freight Lines", "Dispatcher"


def missed(app, local_time) -> dict:
    interview_at = local_time.yesterday_at(10)
    app.set_time("interview_at", interview_at)
    return {"interview_at": interview_at}


def late(app, local_time) -> dict:
    # 30 minutes late: real lateness, so an email follows the call (a few minutes late is a call alone).
    interview_at = local_time.minutes_from_now(5)
    app.set_time("interview_at", interview_at)
    app.type_into("eta_minutes", "35")
    return {"interview_at": interview_at, "eta_minutes": 35}


def reschedule(app, local_time) -> dict:
    interview_at = local_time.days_ahead_at(3, 10)
    offered = local_time.workday_ahead_at(6, 14)
    app.set_time("interview_at", interview_at)
    app.set_time("proposed_slots", offered)
    return {"interview_at": interview_at, "proposed_slots": (offered,)}


def cancel(app, local_time) -> dict:
    interview_at = local_time.days_ahead_at(3, 10)
    app.set_time("interview_at", interview_at)
    return {"interview_at": interview_at}


def withdraw(app, local_time) -> dict:
    # No interview booked yet: the form says the date may stay empty, and it does.
    expect(app.row("interview_at")).to_contain_text(text("ui.help.interview_at.withdraw"))
    return {}


JOURNEYS = {"missed": missed, "late": late, "reschedule": reschedule, "cancel": cancel, "withdraw": withdraw}


def test_every_scenario_has_a_journey():
    assert set(JOURNEYS) == set(SCENARIOS)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_a_first_message_for_each_situation(scenario, app, local_time, artifacts_dir):
    app.choose("scenario", scenario)
    details = JOURNEYS[scenario](app, local_time)
    app.fill_basics(name=NAME, company=COMPANY, role=ROLE)
    expected = compose(
        Situation(scenario=scenario, candidate_name=NAME, company=COMPANY, role=ROLE, now=local_time.now(), **details),
        "email",
    )

    app.tab("email").click()
    expect(app.subject).to_have_text(expected.subject)
    expect(app.body).to_contain_text(NAME)
    expect(app.body).to_contain_text(ROLE)
    expect(app.plan.locator(".rebound-action").first).to_be_visible()

    path = artifacts_dir / f"journey-{scenario}.png"
    app.screenshot(path)
    assert path.read_bytes().startswith(b"\x89PNG")

