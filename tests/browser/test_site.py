"""The static site (``make site``) served by a plain static server with the network cut.

The app runs in the browser (JupyterLite, Pyodide): a person fills a situation, sees the message,
downloads the .txt and switches to Spanish; chapter 1 opens in JupyterLab-in-the-browser and runs to the
end. Every request not to the local server is aborted and recorded, and the console must stay free of
errors. If ``site/`` is missing or older than its sources, the test builds it first (a minute or
more; the downloads are cached).
"""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from guide.catalogue import text
from guide.i18n import display_name

REPO_ROOT = Path(__file__).resolve().parents[2]
SITE = REPO_ROOT / "site"
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
# Pyodide and every package load on the first visit; a loaded 2-core machine takes minutes.
KERNEL_READY_MS = 300_000
UPDATE_MS = 180_000  # the first message loads the templates, holidays and CLDR data in Pyodide
CHAPTER_RUN_MS = 300_000
TIMEZONE = "America/New_York"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # a test's output is for failures, not for each file served
        pass


# What the site is built from: a change to any of these since the last build rebuilds it, so the test
# never drives a site older than the code it checks.
SITE_SOURCES = ("guide/**/*.py", "guide/locale/**/*.po", "templates/**/*", "notebooks/**/*.ipynb", "pyproject.toml")


def _stale(index: Path) -> bool:
    if not index.exists():
        return True
    built = index.stat().st_mtime
    return any(p.stat().st_mtime > built for pattern in SITE_SOURCES for p in REPO_ROOT.glob(pattern) if p.is_file())


@pytest.fixture(scope="module")
def site() -> Path:
    if _stale(SITE / "index.html"):
        subprocess.run([sys.executable, "-m", "guide.site.build"], cwd=REPO_ROOT, check=True)
    return SITE


@pytest.fixture(scope="module")
def static_server(site: Path) -> Iterator[str]:
    """``python -m http.server`` in a thread, on a free port of 127.0.0.1."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Watch:
    outside: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)


@pytest.fixture
def offline_page(browser, static_server: str):
    """A page that can reach the static server only; what it tried elsewhere and every error are kept."""
    watch = Watch()
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="en-US", timezone_id=TIMEZONE,
        accept_downloads=True,
    )

    def only_local(route) -> None:
        if route.request.url.startswith(static_server):
            route.continue_()
        else:
            watch.outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    page = context.new_page()
    page.on("console", lambda m: watch.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.page_errors.append(str(e)))
    try:
        yield page, watch
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=ARTIFACTS / "site-last-page.png", full_page=True)
        context.close()
    assert watch.outside == [], "the site fetched from outside its server"
    assert watch.console_errors == []
    assert watch.page_errors == []


def control(frame, name: str, lang: str | None = None):
    return frame.get_by_label(text(f"field.{name}", lang), exact=True)


def test_the_app_runs_in_the_browser_offline_writes_the_message_downloads_it_and_speaks_spanish(
    offline_page, static_server
):
    page, watch = offline_page
    page.goto(static_server, wait_until="domcontentloaded")
    frame = page.frame_locator("#app")
    name = control(frame, "candidate_name")
    expect(name).to_be_visible(timeout=KERNEL_READY_MS)

    control(frame, "scenario").select_option(label=text("scenario.missed"))
    control(frame, "reason").select_option(label=text("reason.other"))
    yesterday = dt.datetime.now(ZoneInfo(TIMEZONE)) - dt.timedelta(days=1)
    control(frame, "interview_at").fill(yesterday.strftime("%Y-%m-%dT10:00"))
    for field_name, value in (("company", "Harbor Freight Lines"), ("role", "Dispatcher"), ("candidate_name", "Dana Reyes")):
        control(frame, field_name).fill(value)
        control(frame, field_name).press("Tab")
    body = frame.locator(".rebound-message-body").filter(visible=True)
    expect(body).to_contain_text("Dana Reyes", timeout=UPDATE_MS)

    with page.expect_download(timeout=UPDATE_MS) as info:
        frame.get_by_role("button", name=text("ui.take.txt"), exact=True).click()
    saved = info.value
    assert saved.failure() is None
    assert saved.suggested_filename.endswith(".txt")
    assert "Dana Reyes" in saved.path().read_text(encoding="utf-8")

    frame.get_by_label(text("page.language"), exact=True).select_option(label=display_name("es"))
    expect(control(frame, "candidate_name", "es")).to_be_visible(timeout=UPDATE_MS)
    expect(body).to_contain_text("Dana Reyes", timeout=UPDATE_MS)
    assert watch.outside == []


def test_chapter_one_runs_all_in_jupyterlite_offline(offline_page, static_server):
    page, _watch = offline_page
    page.goto(static_server + "lab/index.html?path=01-missed-it.ipynb", wait_until="domcontentloaded")
    notebook = page.locator(".jp-NotebookPanel")
    expect(notebook).to_be_visible(timeout=KERNEL_READY_MS)
    expect(page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']")).to_be_attached(timeout=KERNEL_READY_MS)
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    # Counted in the file: JupyterLab renders only the cells near the screen, so the page has fewer.
    chapter = json.loads((REPO_ROOT / "notebooks" / "01-missed-it.ipynb").read_text(encoding="utf-8"))
    code_cells = sum(cell["cell_type"] == "code" for cell in chapter["cells"])
    last = page.locator(".jp-CodeCell").last.locator(".jp-InputArea-prompt")
    expect(last).to_have_text(f"[{code_cells}]:", timeout=CHAPTER_RUN_MS)
    expect(page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")).to_have_count(0)
    expect(page.locator(".jp-RenderedText[data-mime-type='application/vnd.jupyter.error']")).to_have_count(0)
