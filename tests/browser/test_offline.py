"""A whole visit talks to its own server only, and the browser console stays free of errors.

The harness records every request and aborts any to another host, and checks both lists after every
test; this test makes sure the page is exercised broadly first: every scenario and every channel tab.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from guide import SCENARIOS, Situation, kinds_for
from guide.ui.message_view import in_tab_order
from guide.catalogue import text

pytestmark = pytest.mark.browser


def test_a_full_visit_fetches_nothing_from_outside_and_logs_no_errors(app, watch, local_time):
    app.fill_basics()
    times = {
        "missed": local_time.yesterday_at(10),
        "late": local_time.minutes_from_now(5),
        "reschedule": local_time.days_ahead_at(3, 10),
        "cancel": local_time.days_ahead_at(3, 10),
        "withdraw": None,
    }
    for scenario in SCENARIOS:
        app.choose("scenario", scenario)
        app.set_time("interview_at", times[scenario])
        if scenario == "late":
            app.type_into("eta_minutes", "15")
        # Wait for the kernel to offer this scenario's tabs: a click on the previous set would be undone
        # when the new set arrives (the kernel re-selects the channel that was chosen before).
        typed = Situation(
            scenario=scenario, reason="other", candidate_name="Dana Reyes", company="Harbor Freight Lines",
            role="Dispatcher", interview_at=times[scenario], now=local_time.now(),
            eta_minutes=15 if scenario == "late" else None,
        )  # fmt: skip
        offered = in_tab_order(kinds_for(typed))
        expect(app.tabs()).to_have_text([text(f"channel.{c}") for c in offered])
        for channel in offered:
            app.select_tab(channel)
            expect(app.body).to_contain_text("Dana Reyes")

    # The recording works (the page's own scripts and its kernel socket are in it) ...
    hosts = {urlsplit(url).hostname for url in watch.requests}
    assert len(watch.requests) > 10
    assert any(url.startswith("ws://127.0.0.1") for url in watch.requests)
    # ... and nothing in it went anywhere but this machine.
    assert hosts == {"127.0.0.1"}
    assert watch.external == []
    assert watch.console_errors == []
    assert watch.page_errors == []
