"""A self-study reader in JupyterLab: the chapter says how to run it, and once run shows the form and a message.

JupyterLab is started by the test (``start_jupyterlab`` in conftest.py) on 127.0.0.1, in a folder of its own
holding a copy of the chapter, so autosave and checkpoints never touch the repo.
"""

from __future__ import annotations

import contextlib
import re

import conftest as harness  # tests/browser/conftest.py, the harness pytest has already loaded
import pytest
from playwright.sync_api import expect

from guide.catalogue import text

pytestmark = pytest.mark.browser

CHAPTER = "01-missed-it.ipynb"
KERNEL_RUN_TIMEOUT_MS = 120_000  # a kernel start and every cell of the chapter, on a busy two-core machine


@contextlib.contextmanager
def opened_chapter(browser, folder, chapter: str):
    """``chapter`` open in a JupyterLab of its own, in a browser that reaches nothing but 127.0.0.1: the
    page, its notebook panel, and the addresses outside that were asked for (refused)."""
    external: list[str] = []
    with harness.start_jupyterlab(folder, (chapter,)) as lab:
        context = browser.new_context(timezone_id=harness.TIMEZONE, locale=harness.LOCALE, viewport=harness.VIEWPORT)
        context.on("request", lambda request: harness.is_local(request.url) or external.append(request.url))
        context.route("**/*", lambda route: route.continue_() if harness.is_local(route.request.url) else route.abort())
        page = context.new_page()
        try:
            page.goto(f"{lab.url}lab/tree/{chapter}?token={lab.token}", timeout=KERNEL_RUN_TIMEOUT_MS)
            notebook = page.locator(".jp-NotebookPanel")
            # The first cell says what to do before anything runs.
            expect(notebook.locator(".jp-RenderedMarkdown").get_by_text("Run All Cells", exact=True).first).to_be_visible(timeout=KERNEL_RUN_TIMEOUT_MS)
            yield page, notebook, external
        finally:
            context.close()


QUEUED = re.compile(r"\[\*\]")  # a code cell's prompt while it runs or waits its turn


def run_all_cells(page, notebook) -> None:
    """Run the chapter as its first cell says: the Run menu, Run All Cells.

    On a busy machine JupyterLab can take the click before the notebook is ready for it, and nothing
    runs; a person would see no cell start and choose it again, and so does this. (Every cell shows
    "[*]" from the click until its turn has come and gone, seconds at least for a whole chapter.)
    """
    queued = notebook.locator(".jp-CodeCell .jp-InputPrompt", has_text=QUEUED)
    for _attempt in range(3):
        page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
        page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
        try:
            expect(queued).not_to_have_count(0, timeout=20_000)
            return
        except AssertionError:
            page.keyboard.press("Escape")  # close the menu if it is still open
    raise AssertionError("Run All Cells did not start the chapter")


def test_a_chapter_says_how_to_run_it_and_then_shows_the_form_and_a_message(browser, tmp_path, local_time):
    with opened_chapter(browser, tmp_path, CHAPTER) as (page, notebook, external):
        # Before running, the form's place says what will be there.
        expect(notebook.locator(".jp-OutputArea").get_by_text(text("ui.static.form"))).to_be_visible()
        assert "Open the notebook in Jupyter" not in notebook.inner_text()
        run_all_cells(page, notebook)

        form = harness.App(page)
        expect(form.control("candidate_name")).to_be_visible(timeout=KERNEL_RUN_TIMEOUT_MS)
        form.set_time("interview_at", local_time.yesterday_at(10))
        form.fill_basics(name="Dana Reyes", company="Harbor Freight Lines", role="Dispatcher")
        expect(form.body).to_contain_text("Dana Reyes", timeout=KERNEL_RUN_TIMEOUT_MS)
        expect(form.body).to_contain_text("Dispatcher")
    assert external == [], f"requests left 127.0.0.1: {external}"


SPANISH_CHAPTER = "es/01-falto-a-la-entrevista.ipynb"


def test_a_spanish_chapter_runs_in_spanish(browser, tmp_path):
    """The Spanish chapter, run as its first cell says: its form is labelled in Spanish and Alex's
    example messages are written in Spanish."""
    with opened_chapter(browser, tmp_path, SPANISH_CHAPTER) as (page, notebook, external):
        run_all_cells(page, notebook)
        name = page.get_by_label(text("field.candidate_name", "es"), exact=True)
        expect(name).to_be_visible(timeout=KERNEL_RUN_TIMEOUT_MS)
        # The Spanish example is a Spanish employer's (guide/examples.py): Sra. Martínez, greeted as such.
        expect(notebook).to_contain_text("Estimada Sra. Martínez:", timeout=KERNEL_RUN_TIMEOUT_MS)
        expect(notebook).to_contain_text(text("ui.message.subject", "es"))
    assert external == [], f"requests left 127.0.0.1: {external}"
