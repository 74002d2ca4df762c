"""Save my answers, close the tab and open the page again (a new kernel), load them back:
the form is as it was. Under Voila the JupyterLab-only folder file is not offered.

A file that is not one of saved answers is explained without a browser (tests/test_saved_view.py); the
focus ring of these buttons is checked with the other buttons' (test_take_away.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from guide.catalogue import text
from guide.saved import loads

import conftest as harness  # tests/browser/conftest.py, the harness pytest has already loaded

pytestmark = pytest.mark.browser

NAME, COMPANY, ROLE, CONTACT = "Zoë O'Hara", "Harbor Freight Lines", "Dispatcher", "Ms. Lee"


def reopen(visit, watch):
    """Close the tab and open the page again: a new kernel, nothing of the first visit left on the page.

    (A reload would do the same, but on leaving, Voila's page asks the server to stop its kernel and is
    refused for want of an XSRF token, voila-dashboards/voila#1458, an error in the console; closing the
    tab the way the harness does stops the kernel properly.)
    """
    visit.leave()
    page = visit.context.new_page()
    page.on("console", lambda msg: msg.type == "error" and watch.console_errors.append(msg.text))
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    page.set_default_timeout(harness.UPDATE_TIMEOUT_MS)
    page.goto(visit.server.url, wait_until="domcontentloaded", timeout=harness.PAGE_READY_TIMEOUT_MS)
    visit.page = page  # the harness closes this one, and stops its kernel, at the end of the test
    return harness.App(page)


def test_saved_answers_come_back_after_the_tab_is_closed_and_opened_again(visit, watch, app, local_time, tmp_path):
    page = app.page
    # Under a real Voila the JupyterLab-only folder file is not offered (the app tells where it runs).
    expect(page.get_by_label(text("ui.saved.folder.keep"))).to_have_count(0)
    expect(page.get_by_role("button", name=text("ui.saved.folder.fill"))).to_have_count(0)
    interview_at = local_time.yesterday_at(10)
    app.set_time("interview_at", interview_at)
    app.fill_basics(name=NAME, company=COMPANY, role=ROLE)
    app.type_into("contact_name", CONTACT)
    expect(app.body).to_contain_text(CONTACT)
    before = app.body.text_content()
    app.choose("reason", "traffic")
    expect(app.body).not_to_have_text(before)  # the kernel has every answer, the reason last

    save = page.get_by_role("button", name=text("ui.saved.save"), exact=True)
    with page.expect_download() as info:
        save.click()
    saved = info.value
    assert saved.failure() is None
    path = tmp_path / saved.suggested_filename
    saved.save_as(path)
    answers = loads(path.read_bytes())
    assert (answers.company, answers.candidate_name, answers.reason) == (COMPANY, NAME, "traffic")

    before_reload = app.body.text_content()
    app = reopen(visit, watch)
    page = app.page
    expect(app.control("company")).to_be_visible(timeout=harness.PAGE_READY_TIMEOUT_MS)
    expect(app.control("company")).to_have_value("")

    load = page.get_by_role("button", name=text("ui.saved.load"))
    with page.expect_file_chooser() as chooser:
        load.click()
    chooser.value.set_files(path)

    expect(page.locator(".rebound-saved-status")).to_have_text(text("ui.saved.loaded"))
    harness.ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator(".rebound-saved").screenshot(path=harness.ARTIFACTS / "saved-answers-loaded.png")
    expect(app.control("company")).to_have_value(COMPANY)
    expect(app.control("candidate_name")).to_have_value(NAME)
    expect(app.control("role")).to_have_value(ROLE)
    expect(app.control("contact_name")).to_have_value(CONTACT)
    expect(app.control("interview_at")).to_have_value(interview_at.strftime("%Y-%m-%dT%H:%M"))
    expect(app.control("reason")).to_have_value(text("reason.traffic"))
    expect(app.body).to_have_text(before_reload)  # and the message is the one written before the reload
