"""Shared fixtures: a fixed clock and a complete, valid situation for each scenario."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

from guide import Situation

TESTS = Path(__file__).resolve().parent

# The slow groups, which `make test-fast` leaves out: each starts servers, kernels or a build of its own.
# tests/browser/conftest.py marks its whole folder `browser`; these mark a file.
SLOW_FILES = {
    "test_room.py": "room",  # the room's real Voila, five participants at once and one past the cap
    "test_wheel.py": "wheel",  # builds the wheel, installs it in a new environment and serves the app from it
    "browser/test_workshop.py": "room",
    "browser/test_jupyterlab.py": "lab",
    "browser/test_lab_answers.py": "lab",
    "browser/test_jupyterhub.py": "hub",
    "browser/test_site.py": "site",  # builds the static site if missing, then Pyodide in Chromium
}


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.path))
        group = SLOW_FILES.get(path.relative_to(TESTS).as_posix()) if TESTS in path.parents else None
        if group is not None:
            item.add_marker(getattr(pytest.mark, group))
    # The slowest files first: pytest-xdist (--dist loadfile) hands files out in this order as workers
    # free up, so a long file started last would leave one core idle while another finishes it. A
    # stable sort keeps each file's own order (a notebook's cells run top to bottom).
    items.sort(key=lambda item: _start_rank(Path(str(item.path))))


# Which files start first, slowest first: each starts servers or builds (the static site, rooms of kernels,
# JupyterLab, a wheel's own environment), then the browser's page loads, then the notebooks nbval re-runs;
# the rest after. Every slow group of SLOW_FILES has its place here (a test checks it).
START_ORDER = ("site", "room", "wheel", "lab", "hub", "browser", "notebooks")


def _start_rank(path: Path) -> int:
    if TESTS not in path.parents:
        return START_ORDER.index("notebooks")
    relative = path.relative_to(TESTS).as_posix()
    if relative in SLOW_FILES:
        return START_ORDER.index(SLOW_FILES[relative])
    if relative.startswith("browser/"):
        return START_ORDER.index("browser")
    return len(START_ORDER)


# Friday 20 November 2026, 13:00: a weekday afternoon, offices open.
NOW = datetime(2026, 11, 20, 13, 0)


# The candidate and employer every test situation shares, unless a test says otherwise.
BASE_FIELDS: dict[str, object] = dict(
    candidate_name="Ana García",
    company="Acme Corp",
    role="Warehouse Associate",
    contact_name="Ms. Lee",
    location="12 Dock St",
    now=NOW,
    tone="formal",
)


def make_situation(scenario: str = "missed", **overrides: object) -> Situation:
    """A valid situation for ``scenario`` at ``NOW``; ``overrides`` replace any field."""
    per_scenario: dict[str, dict[str, object]] = {
        "missed": dict(reason="overslept", interview_at=datetime(2026, 11, 20, 10, 0)),
        "late": dict(reason="traffic", interview_at=datetime(2026, 11, 20, 13, 0), eta_minutes=15),
        "reschedule": dict(
            reason="conflict",
            interview_at=datetime(2026, 11, 24, 10, 0),
            # Not Thursday 26th: that is Thanksgiving, a public holiday a counselor would warn about.
            proposed_slots=(datetime(2026, 11, 25, 10, 0), datetime(2026, 11, 27, 14, 0)),
        ),
        "cancel": dict(reason="accepted_offer", interview_at=datetime(2026, 11, 24, 10, 0)),
        "withdraw": dict(reason="accepted_offer", interview_at=datetime(2026, 11, 24, 10, 0)),
    }
    values = {**BASE_FIELDS, "scenario": scenario, **per_scenario[scenario], **overrides}
    return Situation(**values)  # type: ignore[arg-type]


@pytest.fixture
def situation():
    """Factory fixture: ``situation("late", eta_minutes=30)``."""
    return make_situation


@pytest.fixture(autouse=True)
def _fresh_advice():
    """Each test works its advice out afresh: a test that patches the core must not meet an answer
    a previous test left in advise()'s small cache."""
    from guide import advise

    advise.cache_clear()
    yield
    advise.cache_clear()


@pytest.fixture(autouse=True)
def _notebook_language_kept(monkeypatch):
    """Each test leaves the notebook's language as it found it: a test that runs a Spanish chapter's cells
    in-process chooses Spanish for the whole process (``set_default_language``, as the chapter's first cell
    does), and every later test on that worker would otherwise read Spanish."""
    from guide import i18n

    monkeypatch.setattr(i18n, "_chosen", i18n._chosen)


@pytest.fixture(autouse=True)
def _no_kernel_loop(monkeypatch):
    """In-process widget tests run as a kernel does between two messages: no loop of the kernel's is
    running. A browser test's Playwright (sync API) leaves an event loop running in this process's main
    thread, which the draft check's pacer would take for the kernel's, deferring a slow first review to a
    timer nothing fires. The pacer's waiting is tested with a stand-in loop (tests/test_draft_view.py)."""
    from guide.ui import draft_view

    monkeypatch.setattr(draft_view, "running_loop", lambda: None)


@pytest.fixture(autouse=True)
def _own_widgets_only(monkeypatch):
    """Each test sees only the widgets it made, as a fresh kernel would: ipywidgets keeps every widget
    ever opened in one registry, and what walks it (the room's state reply, tests/test_workshop_kernels.py)
    would otherwise walk every earlier test's forms too, taking ten times as long late in a run."""
    registry = sys.modules.get("ipywidgets.widgets.widget")
    if registry is not None:  # not imported yet: no widget exists
        monkeypatch.setattr(registry, "_instances", {})


def run_apart(coroutine):
    """``asyncio.run(coroutine)`` on a thread of its own: a test process that has driven a browser through
    Playwright's sync API still has an event loop running in its main thread, where asyncio.run refuses."""
    import asyncio
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
