"""The UI boundary: a failing update shows a plain sentence, and the server log gets no personal data.

An exception inside a widget callback would otherwise either vanish (ipywidgets logs it and carries on)
or, shown raw, hand a stressed participant a traceback. Here it becomes one calm sentence on the page,
and a log record a developer can act on. The record holds the exception's type and the code path only:
exception messages can quote what was typed (a name, a company), and the participant's words must never
reach the server's log.
"""

from __future__ import annotations

import html
import logging
import os
import sys
import threading
import traceback
from typing import Callable

from ..catalogue import text
from ..site.browser import IN_BROWSER

log = logging.getLogger("guide.ui")


class ServerLog(logging.Handler):
    """Writes a record to the server's log: the kernel process's own stderr.

    Not ``sys.stderr``: in a kernel that is the page's output stream, so a record written there (by
    Python's last-resort handler, when nothing else handles it) is sent over the websocket to the
    browser, file paths and code lines included, and the server's log never sees it. ipykernel's stream
    hands out the process's original stderr as its ``fileno()``; elsewhere that is stderr itself."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = (self.format(record) + "\n").encode("utf-8", errors="replace")
            try:
                fd = sys.stderr.fileno()
            except (AttributeError, OSError, ValueError):  # a stream with no file behind it (a test's capture)
                fd = sys.__stderr__.fileno()
            os.write(fd, line)
        except Exception:
            self.handleError(record)


if not any(isinstance(h, ServerLog) for h in log.handlers):
    _server_log = ServerLog()
    _server_log.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    log.addHandler(_server_log)


# The innermost frames name where it failed; more is noise in a room's log.
LOGGED_FRAMES = 5


def log_failure(where: str, exc: BaseException) -> None:
    """Record where and what failed in a few short lines: the exception's type and the innermost frames
    as file, line and function. Neither the exception's message nor the code's lines: either can quote
    what was typed (a name, a company)."""
    frames = traceback.extract_tb(exc.__traceback__)[-LOGGED_FRAMES:]
    path = "".join(f"\n  {frame.filename}:{frame.lineno} in {frame.name}" for frame in frames)
    log.error("%s failed with %s%s", where, type(exc).__name__, path)


def failure_html() -> str:
    """The sentence a participant sees when an update failed."""
    return f'<p class="rebound-error" role="alert">{html.escape(text("ui.error.unexpected"))}</p>'


def run_safely(where: str, action: Callable[[], object], on_failure: Callable[[], object]) -> bool:
    """Run ``action``; if it raises, log it safely and call ``on_failure`` to show it. True if it worked."""
    try:
        action()
        return True
    except Exception as exc:  # the UI boundary: nothing may escape into the widget machinery
        log_failure(where, exc)
        try:
            on_failure()
        except Exception as inner:  # showing the failure must not fail loudly either
            log_failure(f"{where} (showing the failure)", inner)
        return False


_started: set[str] = set()
_started_lock = threading.Lock()


def in_background_once(name: str, what: str, work: Callable[[], object]) -> None:
    """Run ``work`` once per kernel on a background thread named ``rebound-<name>`` (a warm-up the page
    must not wait for); a failure is logged as ``what`` failing, and only means the work is done later,
    when it is first needed."""
    if IN_BROWSER:  # the static site (Pyodide) has no threads: the work is done when first needed
        return
    with _started_lock:
        if name in _started:
            return
        _started.add(name)

    def run() -> None:
        try:
            work()
        except Exception as exc:
            log_failure(what, exc)

    threading.Thread(target=run, name=f"rebound-{name}", daemon=True).start()
