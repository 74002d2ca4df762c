"""Which versions of Voila, Jupyter Server and ipywidgets the room's speed-ups were written against.

The room reaches into three libraries where they offer no public way to do what it needs:

- **Voila** (its preheated pool): the pool's tasks (``_pools``), how a place is filled (``_initialize``),
  how a kernel is handed to a page (``get_rendered_notebook``), the refill (``fill_if_needed``), the
  static-file handler of page templates, and the page's query websocket (``voila_request``). They give
  the cap a seat per pool place, top the pool up after a kernel ends, release a kernel whose page never
  connected, let the page's goodbye through, answer a template path outside the template with 404, and
  keep Voila's server imports out of the kernels.
- **Jupyter Server** (its watch on each kernel's output for idle culling, ``start_watching_activity``):
  the room's watch reads less of each message.
- **ipywidgets** (its control comm's state reply, ``_handle_control_comm_msg``, and its widget registry):
  the room's kernels answer the page's first request with less work (``state_reply``).

Each such use asks ``tested(package)`` first. On a version not listed in ``TESTED`` (a newer Voila, say),
it is left out and the library does as it does upstream: the room is slower, never broken (the cap on
kernels needs none of these: it holds on every version). ``pyproject.toml``'s ``app`` extra pins these packages to
the same minor versions. ``REBOUND_ROOM_UPSTREAM=1`` in the environment runs the room as on an untested
version (the tests run it that way too).
"""

from __future__ import annotations

import logging
import os
from functools import cache
from importlib.metadata import PackageNotFoundError, version

# Distribution name -> the minor versions ("major.minor") the room's private uses were tested with.
TESTED: dict[str, tuple[str, ...]] = {
    "voila": ("0.5",),
    "jupyter_server": ("2.21",),
    "ipywidgets": ("8.1",),
}
FALLBACK_VARIABLE = "REBOUND_ROOM_UPSTREAM"

log = logging.getLogger(__name__)


def installed_minor(package: str) -> str | None:
    """The installed ``major.minor`` of ``package``, or None if it is not installed."""
    try:
        release = version(package)
    except PackageNotFoundError:
        return None
    return ".".join(release.split(".")[:2])


def forced_fallback() -> bool:
    return os.environ.get(FALLBACK_VARIABLE, "") not in ("", "0")


@cache
def tested(package: str) -> bool:
    """True if the room may use ``package``'s private parts: its installed minor version is one the room
    was tested with (and the fallback is not asked for). Otherwise the room leaves ``package`` as it is
    upstream, and says so once in the log."""
    minor = installed_minor(package)
    ok = not forced_fallback() and minor in TESTED[package]
    if not ok:
        log.warning(
            "The room runs %s %s as it is upstream (its speed-ups were tested with %s): slower, not broken.",
            package, minor or "(not installed)", ", ".join(TESTED[package]),
        )  # fmt: skip
    return ok
