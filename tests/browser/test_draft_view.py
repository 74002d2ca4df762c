"""The "check my draft" panel in a real browser, on chapter 5 (notebooks/05-check-my-draft.ipynb).

conftest's Voila serves one notebook (the app) in single-notebook mode, where no other page can be
opened. This module overrides its ``voila_server`` with one serving the chapter the same way (the repo's
Voila config, isolated Jupyter directories, 127.0.0.1), so conftest's ``visit``, ``page`` and ``app``
fixtures, and the checks they enforce on every page (no console errors, nothing fetched from outside,
no dialogs), apply here unchanged. The chapter holds a form, so a page counts as loaded when its first
field shows, as for the app.
"""

from __future__ import annotations

import subprocess
import sys
import time

import conftest as harness  # tests/browser/conftest.py, the harness pytest has already loaded
import pytest
from playwright.sync_api import expect

from guide import review
from guide.catalogue import text

pytestmark = pytest.mark.browser

CHAPTER = "notebooks/05-check-my-draft.ipynb"

# A missed-interview email that blames others and keeps its apology for the end.
BAD = """Dear Ms. Lee,

I had an interview with you at Acme Corp this morning for the Warehouse Associate position. The bus broke down and then the receptionist gave me the wrong floor, so I missed it. I was looking forward to meeting you.

Thank you for your understanding, and I am sorry.

Sincerely,
Dana Reyes"""

# The same email, fixed: apology first, owned, a request with two times, a prevention step.
GOOD = """Dear Ms. Lee,

I am sorry that I missed our interview this morning for the Warehouse Associate position at Acme Corp. I overslept, and that was my own mistake. I know you had kept that hour free for me.

Would it be possible to reschedule? I could come in at either of these times:
- Tuesday, November 24, at 10:00 AM
- Wednesday, November 25, at 2:30 PM

To make sure it does not happen again, I now set two alarms and lay everything out the night before.

Thank you for your patience.

Sincerely,
Dana Reyes"""


@pytest.fixture(scope="module")
def voila_server(tmp_path_factory: pytest.TempPathFactory):
    """Chapter 5, served as conftest serves the app."""
    base = tmp_path_factory.mktemp("voila-chapter-5")
    env = harness.isolated_env(base)
    log_path = base / "voila.log"
    port = harness.free_port()
    command = [
        sys.executable, "-m", "voila", CHAPTER,
        "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1",
    ]  # fmt: skip
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command, cwd=harness.REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
    server = harness.VoilaServer(url=f"http://127.0.0.1:{port}/", log_path=log_path, base_dir=base)
    try:
        deadline = time.monotonic() + harness.SERVER_START_TIMEOUT_S
        while not harness._answers(f"{server.url}voila/static/favicon.ico"):
            if process.poll() is not None:
                pytest.fail(f"Voila exited with code {process.returncode}:\n{server.log()}", pytrace=False)
            if time.monotonic() > deadline:
                pytest.fail(f"Voila did not answer in time:\n{server.log()}", pytrace=False)
            time.sleep(0.25)
        yield server
    finally:
        harness._stop(process)


class Panel:
    """The draft panel, found the way a participant finds it: by its labels and what it says."""

    def __init__(self, page):
        self.page = page

    @property
    def draft(self):
        return self.page.get_by_label(text("ui.draft.body"), exact=True)

    @property
    def subject(self):
        return self.page.get_by_label(text("ui.draft.subject"), exact=True)

    @property
    def channel(self):
        return self.page.get_by_label(text("ui.draft.channel"), exact=True)

    @property
    def summary(self):
        return self.page.locator(".rebound-draft-summary")

    def finding(self, check: str):
        return self.page.locator(f'.rebound-finding[data-check="{check}"]')


@pytest.fixture
def panel(page) -> Panel:
    return Panel(page)


def test_a_pasted_draft_shows_what_to_fix_and_a_fix_turns_it_to_passed(panel):
    subject = "Apology for missed interview – Dana Reyes – Warehouse Associate"
    panel.subject.fill(subject)
    panel.draft.fill(BAD)  # a paste: the whole text arrives at once
    bad = review(BAD, None, subject=subject, channel="email")
    expect(panel.summary).to_have_text(bad.summary)

    apology = panel.finding("apology-first")
    wanted = bad.finding("apology-first")
    assert not wanted.passed
    expect(apology).to_contain_text(text("ui.draft.verdict.must"))
    expect(apology).to_contain_text(wanted.title)
    expect(apology).to_contain_text(wanted.reason)
    expect(apology).to_contain_text(wanted.suggestion)
    expect(apology).to_contain_text(text("ui.source." + wanted.source))
    blame = panel.finding("no-blame")
    expect(blame).to_contain_text(text("ui.draft.verdict.should"))
    expect(blame).to_contain_text(bad.finding("no-blame").suggestion)

    # The summary is the first thing under the box; the findings follow, failures before passes.
    summary_box = panel.summary.bounding_box()
    first_finding = panel.page.locator(".rebound-finding").first.bounding_box()
    assert summary_box["y"] + summary_box["height"] <= first_finding["y"]
    expect(panel.page.locator(".rebound-finding").first).to_have_class(
        f"rebound-finding rebound-fail rebound-{bad.findings[0].severity}"
    )

    panel.draft.fill(GOOD)
    good = review(GOOD, None, subject=subject, channel="email")
    assert good.finding("apology-first").passed and good.finding("no-blame").passed
    expect(panel.summary).to_have_text(good.summary)
    expect(apology).to_contain_text(text("ui.draft.verdict.passed"))
    expect(apology).to_contain_text(good.finding("apology-first").reason)
    expect(apology).not_to_contain_text(text("ui.draft.try"))
    expect(blame).to_contain_text(text("ui.draft.verdict.passed"))


def test_markup_in_a_draft_shows_as_text_and_runs_nothing(panel, watch):
    markup = "<img src=x onerror=alert(1)>"
    draft = f"{markup}<b>Dear Ms. Lee,</b>\n\n{GOOD.split(chr(10), 2)[2]}"
    panel.draft.fill(draft)
    result = review(draft, None, subject=None, channel="email")
    finding = panel.finding("no-markup")
    expect(finding).to_contain_text(result.finding("no-markup").reason)
    expect(finding).to_contain_text(markup)  # quoted back, as characters
    expect(panel.page.locator('img[src="x"]')).to_have_count(0)
    expect(panel.page.locator(".rebound-draft b")).to_have_count(0)
    assert panel.page.evaluate("document.querySelectorAll('img[onerror]').length") == 0
    assert watch.dialogs == []


def test_typing_key_by_key_with_the_form_filled_compares_names(panel, app, local_time):
    # The optional form above the panel: once complete, the review compares the draft with it.
    app.set_time("interview_at", local_time.yesterday_at(10))
    app.fill_basics(name="Dana Reyes", company="Acme Corp", role="Warehouse Associate")

    # Keyboard only: from the kind of message to the subject and on to the draft.
    panel.channel.focus()
    panel.channel.select_option(label=text("channel.email"))
    panel.page.keyboard.press("Tab")
    expect(panel.subject).to_be_focused()
    panel.page.keyboard.press("Tab")
    expect(panel.draft).to_be_focused()
    panel.page.keyboard.type("Dear Ms. Lee,\n\nI am so sorry I missed our interview today.\n\nSincerely,\nSam Smith")
    details = panel.finding("details-match")
    expect(details).to_contain_text(text("ui.draft.verdict.must"))
    expect(details).to_contain_text("Dana Reyes")  # "your name is Dana Reyes", from the form
    expect(details).to_contain_text("Sam Smith")

    # Choosing a text message hides the subject field and reviews the same words as a text.
    panel.channel.select_option(label=text("channel.text"))
    expect(panel.subject).to_be_hidden()
    expect(panel.finding("subject-line")).to_have_count(0)
