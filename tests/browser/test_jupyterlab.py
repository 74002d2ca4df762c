"""A self-study reader in JupyterLab: the chapter says how to run it, and once run shows the form and a message.

JupyterLab is started by the test on 127.0.0.1 (a free port, a token), in a folder of its own holding a
copy of the chapter, so autosave and checkpoints never touch the repo. As root it is started with
``--allow-root``, as ``make lab`` does.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import conftest as harness  # tests/browser/conftest.py, the harness pytest has already loaded
import pytest
from playwright.sync_api import expect

from guide.catalogue import text

pytestmark = pytest.mark.browser

CHAPTER = "01-missed-it.ipynb"
KERNEL_RUN_TIMEOUT_MS = 120_000  # a kernel start and every cell of the chapter, on a busy two-core machine


@dataclass
class Lab:
    url: str
    token: str
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


@contextmanager
def start_jupyterlab(base: Path) -> Iterator[Lab]:
    env = harness.isolated_env(base)
    work = base / "work"
    work.mkdir()
    shutil.copy(harness.REPO_ROOT / "notebooks" / CHAPTER, work / CHAPTER)
    port, token = harness.free_port(), secrets.token_hex(16)
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser",
        "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={work}",
    ]  # fmt: skip
    if os.geteuid() == 0:
        command.append("--allow-root")  # as `make lab` does; Jupyter refuses root otherwise
    log_path = base / "jupyterlab.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command, cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
    lab = Lab(url=f"http://127.0.0.1:{port}/", token=token, log_path=log_path)
    try:
        deadline = time.monotonic() + harness.SERVER_START_TIMEOUT_S
        while not harness._answers(f"{lab.url}api/status?token={token}"):
            if process.poll() is not None:
                pytest.fail(f"JupyterLab exited with code {process.returncode}:\n{lab.log()}", pytrace=False)
            if time.monotonic() > deadline:
                pytest.fail(f"JupyterLab did not answer within {harness.SERVER_START_TIMEOUT_S}s:\n{lab.log()}", pytrace=False)
            time.sleep(0.25)
        yield lab
    finally:
        harness._stop(process)


def test_a_chapter_says_how_to_run_it_and_then_shows_the_form_and_a_message(browser, tmp_path, local_time):
    external: list[str] = []
    with start_jupyterlab(tmp_path) as lab:
        context = browser.new_context(timezone_id=harness.TIMEZONE, locale=harness.LOCALE, viewport=harness.VIEWPORT)
        context.on("request", lambda request: harness.is_local(request.url) or external.append(request.url))
        context.route("**/*", lambda route: route.continue_() if harness.is_local(route.request.url) else route.abort())
        page = context.new_page()
        try:
            page.goto(f"{lab.url}lab/tree/{CHAPTER}?token={lab.token}", timeout=KERNEL_RUN_TIMEOUT_MS)
            notebook = page.locator(".jp-NotebookPanel")

            # Before running: the first cell says what to do, and the form's place says what will be there.
            expect(notebook.locator(".jp-RenderedMarkdown").get_by_text("Run All Cells", exact=True).first).to_be_visible(timeout=KERNEL_RUN_TIMEOUT_MS)
            expect(notebook.locator(".jp-OutputArea").get_by_text(text("ui.static.form"))).to_be_visible()
            assert "Open the notebook in Jupyter" not in notebook.inner_text()

            # Run it as the first cell says: the Run menu, Run All Cells.
            page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
            page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()

            form = harness.App(page)
            expect(form.control("candidate_name")).to_be_visible(timeout=KERNEL_RUN_TIMEOUT_MS)
            form.set_time("interview_at", local_time.yesterday_at(10))
            form.fill_basics(name="Dana Reyes", company="Harbor Freight Lines", role="Dispatcher")
            expect(form.body).to_contain_text("Dana Reyes", timeout=KERNEL_RUN_TIMEOUT_MS)
            expect(form.body).to_contain_text("Dispatcher")
        finally:
            context.close()
    assert external == [], f"requests left 127.0.0.1: {external}"
