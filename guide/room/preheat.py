"""What each of the room's kernels does as it starts, so that participants arriving together wait less.

A room's kernel is preheated: it has run the app before anyone connects. When a participant opens the
page, the kernel still has two costs to pay, on the same two cores as every other participant's kernel:
sending the page every widget's state, and writing the first message. When forty people arrive in the
same second, forty kernels pay them at once, so each cost is multiplied by the room. This module takes
work off that moment without taking any away from what a participant is sent or shown:

- The page asks for every widget's state when it opens. The room's kernels answer from one pass over
  the widgets instead of two, and the first page's answer is worked out ahead, after each cell of the
  app's notebook runs, before anyone connects; it is used only if no widget has changed since, and
  only once: ``state_reply`` (the one module of the room that imports the widget library, in the kernel).
- ``warm_up``: the first message a kernel writes loads Babel and its CLDR data (day names, date patterns)
  and fills the formatting caches, a few tens of milliseconds each time. Writing every scenario's messages
  for the guide's made-up example candidate (``guide.examples``: fixed data, nothing about a participant)
  on a background thread as the kernel starts does that before anyone connects.

``RoomKernelManager`` has each kernel it starts run ``start()`` (through ``kernel_startup.py``, as
Python's ``PYTHONSTARTUP`` file). Like ``kernels`` and ``serve``, this is the room's plumbing: the rest of
the guide never imports it.
"""

from __future__ import annotations

import logging
import threading
import traceback

from ..advice import advise
from ..examples import example_situation
from ..situation import SCENARIOS

log = logging.getLogger(__name__)


def warm_up() -> None:
    """Write every message of every scenario once, for the made-up example candidate."""
    for scenario in SCENARIOS:
        advice = advise(example_situation(scenario))
        for kind in advice.kinds:
            advice.message(kind)


def start(shell=None) -> None:
    """Run in each room kernel before the app: the lean state reply now, prepared again after each cell
    the kernel runs (the app's notebook, before anyone connects), and the warm-up in the background."""
    from .state_reply import lean_state_reply, prepare_state_reply

    if lean_state_reply() and shell is not None:
        shell.events.register("post_run_cell", prepare_state_reply)
    in_background(warm_up)


def in_background(work) -> None:
    """Run ``work`` on a thread of its own: the app's notebook runs meanwhile."""
    threading.Thread(target=_quietly, args=(work,), name="rebound-room-warm-up", daemon=True).start()


def _quietly(work) -> None:
    """A failed warm-up only means the work is done when first needed: it is logged (its kind and where,
    never its message) and goes no further."""
    try:
        work()
    except Exception as exc:
        frames = "".join(traceback.format_tb(exc.__traceback__))
        log.warning("Writing the example messages ahead failed with %s (done when first needed)\n%s", type(exc).__name__, frames)
