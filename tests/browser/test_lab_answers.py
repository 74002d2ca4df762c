"""In JupyterLab, answers typed in one chapter are there in the next, when the reader chooses: chapter 1's
box keeps them in a small file in the reader's folder, and chapter 2 fills in its form from it on a click.

JupyterLab runs on 127.0.0.1 on a free port, with its own Jupyter and IPython directories, serving a
temporary folder holding copies of the two chapters (the reader's folder); it is stopped at the end.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

import conftest as harness  # tests/browser/conftest.py, the harness pytest has already loaded
from guide.catalogue import text
from guide.saved import FOLDER_FILE, loads

pytestmark = pytest.mark.browser

CHAPTERS = ("01-missed-it.ipynb", "02-running-late.ipynb")
NAME, COMPANY, ROLE = "Dana Reyes", "Harbor Freight Lines", "Dispatcher"


@pytest.fixture
def lab(tmp_path: Path):
    """JupyterLab serving a reader's folder with chapters 1 and 2; yields (url, token, folder)."""
    with harness.start_jupyterlab(tmp_path, CHAPTERS) as lab:
        yield lab.url, lab.token, lab.folder


def open_and_run(page, url: str, token: str, chapter: str) -> None:
    """Open ``chapter`` alone (a fresh workspace) and run all its cells, as the reader is told to."""
    page.goto(f"{url}lab/tree/{chapter}?reset&token={token}", timeout=harness.PAGE_READY_TIMEOUT_MS)
    expect(page.locator(".jp-Notebook")).to_be_visible(timeout=harness.PAGE_READY_TIMEOUT_MS)
    expect(page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']")).to_have_count(
        1, timeout=harness.PAGE_READY_TIMEOUT_MS
    )
    expect(page.get_by_text("Python 3 (ipykernel) | Idle")).to_be_visible(timeout=harness.PAGE_READY_TIMEOUT_MS)
    # Shift+Enter on every cell from the top: what a reader does, and what "Run All" amounts to.
    cells = page.locator(".jp-Notebook .jp-Cell")
    cells.first.click()
    page.keyboard.press("Escape")
    for _ in range(cells.count()):
        page.keyboard.press("Shift+Enter")
    expect(page.get_by_label(text("field.company"), exact=True)).to_be_visible(timeout=harness.PAGE_READY_TIMEOUT_MS)


def test_answers_typed_in_one_chapter_fill_in_the_next_when_the_reader_chooses(browser, lab):
    url, token, folder = lab
    context = browser.new_context(timezone_id=harness.TIMEZONE, locale=harness.LOCALE, viewport=harness.VIEWPORT)
    # JupyterLab itself may look for news or updates; nothing needs to leave this machine.
    context.route("**/*", lambda route: route.continue_() if harness.is_local(route.request.url) else route.abort())
    page = context.new_page()
    page.set_default_timeout(harness.UPDATE_TIMEOUT_MS)
    try:
        open_and_run(page, url, token, CHAPTERS[0])
        for field, value in (("company", COMPANY), ("role", ROLE), ("candidate_name", NAME)):
            page.get_by_label(text(f"field.{field}"), exact=True).fill(value)
        kept = folder / FOLDER_FILE
        # Every answer has reached the kernel once the plan no longer waits for the name typed last.
        waiting = page.locator(".rebound-plan .rebound-waiting")
        expect(waiting).to_be_visible()
        expect(waiting).not_to_contain_text(text("field.candidate_name"))
        assert not kept.exists()  # nothing written until the reader asks
        page.get_by_label(text("ui.saved.folder.keep"), exact=True).check()
        deadline = time.monotonic() + 15
        while not (kept.exists() and loads(kept.read_bytes()).candidate_name == NAME):
            assert time.monotonic() < deadline, "the answers were not kept in the reader's folder"
            time.sleep(0.25)

        open_and_run(page, url, token, CHAPTERS[1])
        company = page.get_by_label(text("field.company"), exact=True)
        expect(company).to_have_value("")  # a new chapter starts empty until the reader asks
        page.get_by_role("button", name=text("ui.saved.folder.fill"), exact=True).click()
        expect(company).to_have_value(COMPANY)
        expect(page.get_by_label(text("field.candidate_name"), exact=True)).to_have_value(NAME)
        expect(page.get_by_label(text("field.role"), exact=True)).to_have_value(ROLE)
    except AssertionError:
        harness.ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=harness.ARTIFACTS / "lab-answers-failure.png")
        raise
    finally:
        context.close()
