"""A value that won't do is explained in plain words right under its field, and never as a traceback.

The other notes (a missed interview in the future, too many minutes late, an unfinished email address,
canceling for an illness) need no layout: tests/test_ui_flows.py checks them against the widgets."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from guide.catalogue import text
from guide.situation import MAX_LENGTH

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
