"""What a participant types is data: shown exactly as typed, never run, never kept on the server."""

from __future__ import annotations

import secrets

import pytest
from playwright.sync_api import expect

from guide import Situation, compose, kinds_for, validate

pytestmark = pytest.mark.browser

MARKUP = "<img src=x onerror=alert(1)>"
TEMPLATE_CODE = "{{ 7*7 }}"
RIGHT_TO_LEFT = "مديرة مكتب"  # Arabic: office manager
EMOJI = "🚚"


def test_whatever_is_typed_shows_exactly_as_typed_and_runs_nothing(app, watch, local_time):
    name = f"Dana {MARKUP}"
    company = f"Harbor {TEMPLATE_CODE} Lines"
    role = f"{RIGHT_TO_LEFT} {EMOJI}"  # any script, any direction, emoji: all come through unchanged
    interview_at = local_time.yesterday_at(10)
    app.set_time("interview_at", interview_at)
    app.fill_basics(name=name, company=company, role=role)
    situation = Situation(candidate_name=name, company=company, role=role, interview_at=interview_at)

    app.tab("email").click()
    expect(app.body).to_contain_text(name)
    expect(app.body).to_contain_text(company)
    expect(app.body).to_contain_text(role)
    expect(app.subject).to_have_text(compose(situation, "email").subject)
    for channel in kinds_for(situation.replace(now=local_time.now(), reason="other")):
        app.tab(channel).click()
        expect(app.body).to_contain_text(name)

    # The note beside the field quotes the markup too, and as text.
    warning = next(p for p in validate(situation) if p.field == "candidate_name")
    app.expect_problem_beside("candidate_name", warning.message)

    # Typed markup never became an element, and nothing it asked for ran.
    expect(app.page.locator('img[src="x"]')).to_have_count(0)
    assert app.page.evaluate("document.querySelectorAll('img[onerror]').length") == 0
    assert watch.dialogs == []


def test_what_a_participant_types_is_not_written_to_the_servers_disk_or_log(visit, app, written_files, local_time):
    marker = f"Qz{secrets.token_hex(8)}"  # unique, so any copy of it on disk can only come from this test
    app.set_time("interview_at", local_time.yesterday_at(10))
    app.fill_basics(name=f"Dana {marker}", company=f"{marker} Logistics", role="Dispatcher")
    app.type_into("candidate_email", f"{marker}@example.org")
    app.type_into("candidate_phone", f"555 {marker}")
    app.tab("email").click()
    expect(app.body).to_contain_text(f"{marker}@example.org")

    # Leaving shuts the kernel down, so anything written on the way out is on disk before we look.
    visit.leave()
    assert written_files(marker) == []
