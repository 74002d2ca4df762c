"""The "check my draft" panel in a real browser, on chapter 5 (notebooks/05-check-my-draft.ipynb).

conftest's Voila serves one notebook (the app) in single-notebook mode, where no other page can be
opened. This module overrides its ``voila_server`` with one serving the chapter the same way (the repo's
Voila config, isolated Jupyter directories, 127.0.0.1), so conftest's ``visit``, ``page`` and ``app``
fixtures, and the checks they enforce on every page (no console errors, nothing fetched from outside,
no dialogs), apply here unchanged. The chapter holds a form, so a page counts as loaded when its first
field shows, as for the app.

Markup in a draft shown as text, and the question asked when there is no form, need no browser:
tests/test_draft_view.py checks them against the widgets.
"""

from __future__ import annotations

import conftest as harness  # tests/browser/conftest.py, the harness pytest has already loaded
import pytest
from playwright.sync_api import expect

from guide import review
from guide.catalogue import text
from tests.draft_samples import bad_draft, good_draft  # tests/ is a package; pytest puts the repo on sys.path

pytestmark = pytest.mark.browser

CHAPTER = "notebooks/05-check-my-draft.ipynb"

# A missed-interview email that blames others and keeps its apology for the end, and the same email fixed.
BAD = bad_draft("Dana Reyes")
GOOD = good_draft("Dana Reyes")


@pytest.fixture(scope="module")
def voila_server(tmp_path_factory: pytest.TempPathFactory):
    """Chapter 5, served as conftest serves the app."""
    with harness.start_voila(CHAPTER, tmp_path_factory.mktemp("voila-chapter-5")) as server:
        yield server


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


def test_typing_key_by_key_with_the_form_filled_compares_names(panel, app, local_time):
    # The optional form above the panel: once complete, the review compares the draft with it.
    app.set_time("interview_at", local_time.yesterday_at(10))
    app.fill_basics(name="Dana Reyes", company="Acme Corp", role="Warehouse Associate")
    # A complete form answers "what is this message about?", so the panel stops asking.
    expect(panel.page.get_by_label(text("ui.draft.scenario"), exact=True)).to_be_hidden()

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
