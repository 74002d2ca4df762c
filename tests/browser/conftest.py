"""Harness for the end-to-end tests: one Voila server and one Chromium per session, a fresh page per test.

Each test gets its own browser context and page, so its own Voila kernel: nothing one test types can leak
into the next. Every page is watched for what the brief forbids (requests leaving 127.0.0.1, JavaScript
errors, dialogs), and the watch is enforced when the page is closed, so a test that forgets to look still
fails if the app misbehaves.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect, sync_playwright

from guide.catalogue import text

REPO_ROOT = Path(__file__).resolve().parents[2]
APP_NOTEBOOK = "notebooks/rebound.ipynb"
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"

# Voila starts in a second or two; a slow CI machine on two cores gets a generous margin.
SERVER_START_TIMEOUT_S = 90
SERVER_STOP_TIMEOUT_S = 15
# A page load starts a kernel and runs the notebook (seconds); later expectations wait for one round trip.
PAGE_READY_TIMEOUT_MS = 60_000
UPDATE_TIMEOUT_MS = 15_000

# A problem note counts as "beside" its field when it starts at most this far below the input.
MAX_NOTE_GAP_PX = 24

TIMEZONE = "America/New_York"
LOCALE = "en-US"
VIEWPORT = {"width": 1280, "height": 900}
MAX_SCREENSHOT_HEIGHT = 12_000  # px; far taller than the page, short of what Chromium refuses to draw

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = {"127.0.0.1"}
# Schemes that never touch the network: inline data and objects the page itself created.
LOCAL_SCHEMES = {"data", "blob", "about"}


# Auto-waiting assertions wait this long unless a test says otherwise: each update is one kernel round trip.
expect.set_options(timeout=UPDATE_TIMEOUT_MS)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark everything under tests/browser as ``browser`` so ``-m "not browser"`` can never run half of it."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)


# --- Chromium -------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    """Debian's Chromium. A missing browser is a failure, not a skip: a skipped suite would look green."""
    path = shutil.which("chromium")
    if path is None:
        pytest.fail(
            "Chromium is needed for the browser tests and was not found on PATH. "
            "Install it with: apt-get install -y chromium",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def browser(chromium_executable: str):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


# --- Voila ----------------------------------------------------------------------------------------------


def free_port() -> int:
    """A port nobody listens on right now (the OS picks it; the tiny race with Voila's bind is acceptable)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def isolated_env(base: Path) -> dict[str, str]:
    """The environment for Voila: the user's own Jupyter/IPython directories are neither read nor written."""
    env = dict(os.environ)
    # TMPDIR too: Voila keeps kernel connection files under the system temp dir, not the runtime dir.
    for name in ("JUPYTER_RUNTIME_DIR", "JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "IPYTHONDIR", "TMPDIR"):
        path = base / name.lower()
        path.mkdir()
        env[name] = str(path)
    # The server's clock runs in UTC while the browser is in New York (see TIMEZONE), as on a hosted
    # workshop server: the letter must still show the time the participant typed, not the server's.
    env["TZ"] = "UTC"
    # The kernels import `guide` from this checkout, whichever one the editable install points to (git
    # worktrees share one .venv): the page must run the code the test process checks it against.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(REPO_ROOT), env.get("PYTHONPATH"))))
    env["PYTHONUNBUFFERED"] = "1"  # so the log file is complete when a start-up failure is reported
    # This checkout's guide and Voila template, not the installed ones: the kernels run in notebooks/
    # (where the editable install's path may point at another checkout), and the installed template is
    # a copy made at install time, so a template change would otherwise go untested until reinstalled.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT / "share" / "jupyter"), env.get("JUPYTER_PATH")]))
    return env


@dataclass
class VoilaServer:
    url: str
    log_path: Path
    base_dir: Path  # everything the server and its kernels may write outside the repo (temp, runtime, IPython)
    broken: str | None = None  # why the app failed to load, once it has; later tests then fail at once

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status < 500
    except urllib.error.HTTPError as error:
        return error.code < 500
    except OSError:
        return False


def _stop(process: subprocess.Popen) -> None:
    """Terminate Voila (it shuts its kernels down), then kill its whole process group if it lingers."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=SERVER_STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=SERVER_STOP_TIMEOUT_S)


# --- JupyterLab ------------------------------------------------------------------------------------------


@dataclass
class Lab:
    url: str
    token: str
    folder: Path  # the reader's folder: copies of the chapters, where JupyterLab saves and checkpoints
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


@contextmanager
def start_jupyterlab(base: Path, chapters: tuple[str, ...]) -> Iterator[Lab]:
    """JupyterLab on 127.0.0.1 (a free port, a token) serving a reader's folder with copies of ``chapters``,
    so autosave never touches the repo; its own Jupyter and IPython directories; every cell rendered, the
    notebook's kernel started without asking, no news fetched; ``--allow-root`` only as root, as
    `make lab` does. Stopped at the end."""
    folder = base / "reader"
    folder.mkdir()
    for name in chapters:  # a name may hold its folder: "es/01-falto-a-la-entrevista.ipynb"
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO_ROOT / "notebooks" / name, folder / name)
    server = base / "server"
    server.mkdir()
    env = isolated_env(server)
    settings = server / "lab-settings"
    tracker = settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True)
    # Every cell in the page, not only those scrolled into view (JupyterLab 4 renders a window of them).
    tracker.write_text('{"windowingMode": "none", "autoStartDefaultKernel": true}', encoding="utf-8")
    notices = settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    notices.parent.mkdir(parents=True)
    notices.write_text('{"fetchNews": "false"}', encoding="utf-8")
    env["JUPYTERLAB_SETTINGS_DIR"] = str(settings)
    port, token = free_port(), secrets.token_hex(16)
    command = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser",
        "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={folder}",
        "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]  # fmt: skip
    if os.geteuid() == 0:
        command.append("--allow-root")
    lab = Lab(url=f"http://127.0.0.1:{port}/", token=token, folder=folder, log_path=server / "lab.log")
    with open(lab.log_path, "wb") as log:
        process = subprocess.Popen(
            command, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while not _answers(f"{lab.url}api/status?token={token}"):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"JupyterLab did not start:\n{lab.log()}", pytrace=False)
            time.sleep(0.25)
        yield lab
    finally:
        _stop(process)


@contextmanager
def start_voila(notebook: str, base: Path, extra_args: tuple[str, ...] = ()) -> Iterator[VoilaServer]:
    """Serve ``notebook`` (a path from the repo root) in single-notebook mode on 127.0.0.1, as `make run` does.

    ``extra_args`` are added to Voila's command line (the workshop room's preheated pool, say).

    ``base`` is an empty folder for the server's own files (see ``isolated_env``). Yields once the server
    answers; stops it, kernels and all, on leaving.
    """
    env = isolated_env(base)
    log_path = base / "voila.log"
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    command = [
        sys.executable, "-m", "voila", notebook,
        "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1", *extra_args,
    ]  # fmt: skip
    with open(log_path, "wb") as log:
        # cwd is the repo root so Voila reads the repo's voila.json/voila.py, as `make run` does.
        # A session of its own lets a hung Voila be killed together with its kernels.
        process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
    server = VoilaServer(url=url, log_path=log_path, base_dir=base)
    try:
        # A static file answers as soon as the server listens, without rendering (and starting a kernel).
        probe = f"{url}voila/static/favicon.ico"
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while not _answers(probe):
            if process.poll() is not None:
                pytest.fail(f"Voila exited with code {process.returncode}:\n{server.log()}", pytrace=False)
            if time.monotonic() > deadline:
                pytest.fail(f"Voila did not answer within {SERVER_START_TIMEOUT_S}s:\n{server.log()}", pytrace=False)
            time.sleep(0.25)
        yield server
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def voila_server(tmp_path_factory: pytest.TempPathFactory):
    """The app as a workshop would run it: the repo's notebook and Voila config, served on 127.0.0.1."""
    if not (REPO_ROOT / APP_NOTEBOOK).exists():
        pytest.fail(f"The app notebook {APP_NOTEBOOK} does not exist.", pytrace=False)
    with start_voila(APP_NOTEBOOK, tmp_path_factory.mktemp("voila")) as server:
        yield server


TEMPLATE_HINT = (
    "Voila could not find the page template named in voila.json. Installing the package (`make test` or "
    "`make run` do) copies share/jupyter/voila/templates/rebound into .venv; run one of them once.\n"
)


# --- pages ----------------------------------------------------------------------------------------------


@dataclass
class PageWatch:
    """Everything a page did that a test may need to assert on."""

    requests: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or parts.hostname in LOCAL_HOSTS


def _kernel_id(page) -> str | None:
    try:
        return page.evaluate(
            "JSON.parse(document.getElementById('jupyter-config-data').textContent).kernelId"
        )
    except Exception:  # the page never loaded: there is no kernel to stop
        return None


def _shut_down_kernel(context, base_url: str, kernel_id: str) -> None:
    """Stop the page's kernel, so a session of tests doesn't leave one running per test.

    Voila's own beforeunload beacon is rejected with 403 because it carries no XSRF token
    (voila-dashboards/voila#1458), so the harness makes the same request with a matching cookie and
    header. This only tidies up after the test; it changes nothing the test observed.
    """
    token = secrets.token_hex(16)
    context.add_cookies([{"name": "_xsrf", "value": token, "url": base_url}])
    response = context.request.post(f"{base_url}voila/api/shutdown/{kernel_id}", headers={"X-XSRFToken": token})
    if response.status != 204:
        warnings.warn(f"kernel {kernel_id} was not shut down: HTTP {response.status}", stacklevel=1)


@pytest.fixture
def watch() -> PageWatch:
    return PageWatch()


class OpenPage:
    """One participant's visit: the page, its browser context, and a way to leave it (ending its kernel)."""

    def __init__(self, context, page, server: VoilaServer):
        self.context = context
        self.page = page
        self.server = server
        self.kernel_id: str | None = None

    def leave(self) -> None:
        """Close the page and shut its kernel down; safe to call twice."""
        if self.page.is_closed():
            return
        self.kernel_id = _kernel_id(self.page)
        self.page.close()
        if self.kernel_id:
            _shut_down_kernel(self.context, self.server.url, self.kernel_id)


@dataclass(frozen=True)
class Screen:
    """The screen a participant opens the page on: its size and the color scheme their system asks for."""

    name: str
    width: int
    height: int
    color_scheme: str = "light"

    @property
    def viewport(self) -> dict[str, int]:
        return {"width": self.width, "height": self.height}


PHONE = Screen("phone", 390, 844)
WIDE = Screen("wide", VIEWPORT["width"], VIEWPORT["height"])
DARK = Screen("dark", VIEWPORT["width"], VIEWPORT["height"], "dark")


@pytest.fixture
def screen() -> Screen:
    """The laptop screen every test uses unless it parametrizes ``screen`` with another."""
    return WIDE


@pytest.fixture
def visit(browser, voila_server: VoilaServer, watch: PageWatch, screen: Screen):
    """A freshly loaded app (its own kernel) in a New York, US-English browser, under watch."""
    context = browser.new_context(
        timezone_id=TIMEZONE, locale=LOCALE, viewport=screen.viewport, color_scheme=screen.color_scheme
    )

    def record(url: str) -> None:
        watch.requests.append(url)
        if not is_local(url):
            watch.external.append(url)

    def only_local(route) -> None:
        # Recorded by `record` already; aborting keeps an offline test honest even on a networked machine.
        if is_local(route.request.url):
            route.continue_()
        else:
            route.abort()

    def dialog(d) -> None:
        watch.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    context.on("request", lambda request: record(request.url))
    context.route("**/*", only_local)
    page = context.new_page()
    # WebSockets bypass routing, so they are only recorded; the kernel's own socket is to 127.0.0.1.
    page.on("websocket", lambda ws: record(ws.url))
    page.on("console", lambda msg: msg.type == "error" and watch.console_errors.append(msg.text))
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    page.on("dialog", dialog)
    page.set_default_timeout(UPDATE_TIMEOUT_MS)
    visit = OpenPage(context, page, voila_server)
    try:
        if voila_server.broken:
            pytest.fail(f"The app did not load in an earlier test, so this one cannot run: {voila_server.broken}", pytrace=False)
        try:
            page.goto(voila_server.url, wait_until="domcontentloaded", timeout=PAGE_READY_TIMEOUT_MS)
            # The form's first field: on a phone the page opens at its first step (what happened), so
            # the later fields are there but not shown yet.
            expect(page.get_by_label(text("field.scenario"), exact=True)).to_be_visible(
                timeout=PAGE_READY_TIMEOUT_MS
            )
        except (AssertionError, PlaywrightError) as error:  # a broken app never shows its first field
            voila_server.broken = str(error).splitlines()[0]
            log = voila_server.log()
            hint = TEMPLATE_HINT if "TemplateNotFound" in log else ""
            pytest.fail(f"The app did not load: {error}\n{hint}--- end of the Voila log ---\n{log[-6000:]}", pytrace=False)
        yield visit
    finally:
        visit.leave()
        context.close()
    # Enforced for every test, whatever it asserted itself.
    assert watch.external == [], f"requests left 127.0.0.1: {watch.external}"
    assert watch.dialogs == [], f"the page opened dialogs: {watch.dialogs}"
    assert watch.page_errors == [], f"uncaught JavaScript errors: {watch.page_errors}"
    assert watch.console_errors == [], f"errors in the browser console: {watch.console_errors}"


@pytest.fixture
def page(visit: OpenPage):
    return visit.page


# --- the app, as a participant sees it --------------------------------------------------------------------

# Which catalogue prefix names the options of each drop-down.
CHOICE_PREFIX = {"scenario": "scenario", "reason": "reason", "interview_format": "format", "tone": "tone"}


class App:
    """The Rebound page, addressed the way a participant finds things: by label, tab title and text.

    Controls are located by their accessible label, which the widget layer promises is
    ``text("field.<name>")``; the message, subject and plan by their documented CSS classes.
    """

    def __init__(self, page):
        self.page = page

    # controls
    def label(self, field: str) -> str:
        return text(f"field.{field}")

    def control(self, field: str, label: str | None = None):
        return self.page.get_by_label(label or self.label(field), exact=True)

    def type_into(self, field: str, value: str, label: str | None = None, leave: bool = True) -> None:
        """Click the field, select what is there and type over it, key by key; then Tab away.

        Leaving the field is what a person does next, and it is when fields that check on completion
        (email, phone, numbers) send their value.
        """
        control = self.control(field, label)
        control.click()
        control.press("ControlOrMeta+a")
        if value:
            self.page.keyboard.type(value)
        else:
            self.page.keyboard.press("Delete")
        if leave:
            self.page.keyboard.press("Tab")

    def choose(self, field: str, value: str) -> None:
        self.control(field).select_option(label=text(f"{CHOICE_PREFIX[field]}.{value}"))

    def set_time(self, field: str, moment: dt.datetime | None, label: str | None = None) -> None:
        """Fill a date-and-time picker (``<input type="datetime-local">``) with a wall-clock time."""
        self.control(field, label).fill(moment.strftime("%Y-%m-%dT%H:%M") if moment else "")

    # what the page shows
    def tab(self, channel: str):
        return self.page.get_by_role("tab", name=text(f"channel.{channel}"), exact=True)

    def select_tab(self, channel: str, attempts: int = 3) -> None:
        """Click the channel's tab until it stays selected.

        The kernel answers a scenario switch a moment later with that scenario's tab set and re-selects
        the channel chosen before. Where two scenarios offer the same tabs (moving and canceling), the
        old set can't be told from the new one, so a click can land just before the update and be undone,
        as it would be for a person, who would click again.
        """
        tab = self.tab(channel)
        for _ in range(attempts - 1):
            tab.click()
            try:
                expect(tab).to_have_attribute("aria-selected", "true", timeout=3_000)
                return
            except AssertionError:
                continue
        tab.click()
        expect(tab).to_have_attribute("aria-selected", "true")

    def tabs(self):
        return self.page.get_by_role("tab")

    @property
    def body(self):
        """The message body of the selected channel tab (each tab holds its own, only one is shown)."""
        return self.page.locator(".rebound-message-body").filter(visible=True)

    @property
    def subject(self):
        return self.page.locator(".rebound-subject").filter(visible=True)

    @property
    def plan(self):
        return self.page.locator(".rebound-plan")

    def row(self, field: str, label: str | None = None):
        """The field's row: its control, its problem note and its help line."""
        return self.page.locator(".rebound-row").filter(has=self.control(field, label))

    def problems(self, field: str, label: str | None = None):
        return self.row(field, label).locator(".rebound-problem")

    def expect_problem_beside(self, field: str, message: str, label: str | None = None) -> None:
        """``message`` is shown in the field's own row, directly under its input, where the eye already is."""
        note = self.problems(field, label).filter(has_text=message)
        expect(note).to_be_visible()
        expect(note).to_have_text(message)
        control = self.control(field, label).bounding_box()
        box = note.bounding_box()
        gap = box["y"] - (control["y"] + control["height"])
        assert 0 <= gap <= MAX_NOTE_GAP_PX, f"the note sits {gap:.0f}px from its field ({field})"

    def screenshot(self, path: Path) -> None:
        """The whole page as a picture. Voila scrolls inside ``#rendered_cells``, not the window, so a
        "full page" shot would stop at the fold: the window is made as tall as the content instead."""
        viewport = self.page.viewport_size
        height = self.page.evaluate(
            "Math.max(document.documentElement.scrollHeight,"
            " document.getElementById('rendered_cells')?.scrollHeight ?? 0)"
        )
        self.page.set_viewport_size({"width": viewport["width"], "height": min(height, MAX_SCREENSHOT_HEIGHT)})
        try:
            self.page.screenshot(path=path)
        finally:
            self.page.set_viewport_size(viewport)

    def fill_basics(self, name: str = "Dana Reyes", company: str = "Harbor Freight Lines", role: str = "Dispatcher") -> None:
        """The company, the job and the name; and "Why?", if still unanswered, as "something else"."""
        if self.control("reason").evaluate("select => select.selectedIndex") == 0:  # "Choose one"
            self.choose("reason", "other")
        self.type_into("company", company)
        self.type_into("role", role)
        self.type_into("candidate_name", name)


@pytest.fixture
def app(page) -> App:
    return App(page)


# --- times the participant would type, on the browser's own clock -----------------------------------------


class LocalTime:
    """Wall-clock times in the browser's zone, relative to the real current date.

    Validation compares with "now", so fixed dates would rot; these stay valid on any day the suite runs.
    """

    zone = ZoneInfo(TIMEZONE)

    def now(self) -> dt.datetime:
        return dt.datetime.now(self.zone)

    def at(self, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=self.zone)

    def yesterday_at(self, hour: int) -> dt.datetime:
        return self.at(self.now().date() - dt.timedelta(days=1), hour)

    def days_ahead_at(self, days: int, hour: int) -> dt.datetime:
        return self.at(self.now().date() + dt.timedelta(days=days), hour)

    def workday_ahead_at(self, days: int, hour: int) -> dt.datetime:
        """``days`` ahead, moved on to Monday if that is a weekend (offered times should be workdays)."""
        moment = self.days_ahead_at(days, hour)
        while moment.weekday() >= 5:
            moment += dt.timedelta(days=1)
        return moment

    def minutes_from_now(self, minutes: int) -> dt.datetime:
        """A time ``minutes`` from now, to the minute (what a datetime-local input holds)."""
        return (self.now() + dt.timedelta(minutes=minutes)).replace(second=0, microsecond=0)


@pytest.fixture(scope="session")
def local_time() -> LocalTime:
    return LocalTime()


# --- what a test leaves behind --------------------------------------------------------------------------


# Never searched for what a participant typed: version control and installed packages, not written by the app.
UNSEARCHED_DIRS = {".git", ".venv"}


def files_containing(needle: bytes, roots: list[Path], changed_since: float | None = None) -> list[Path]:
    """Every file under ``roots`` (optionally only those changed since a time) whose bytes hold ``needle``."""
    found = []
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d not in UNSEARCHED_DIRS]
            for name in files:
                path = Path(folder, name)
                try:
                    if changed_since is not None and path.stat().st_mtime < changed_since:
                        continue
                    if needle in path.read_bytes():
                        found.append(path)
                except OSError:  # vanished or unreadable between listing and reading
                    continue
    return found


@pytest.fixture
def written_files(voila_server: VoilaServer):
    """Where the server could have written something during a test: its own directories, and the repo."""
    started = time.time() - 1  # file times can be rounded down to the second

    def search(needle: str) -> list[Path]:
        raw = needle.encode("utf-8")
        return files_containing(raw, [voila_server.base_dir]) + files_containing(raw, [REPO_ROOT], started)

    return search


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
