"""What each of the room's kernels does as it starts, so that participants arriving together wait less.

A room's kernel is preheated: it has run the app before anyone connects. When a participant opens the
page, the kernel still has two costs to pay, on the same two cores as every other participant's kernel:
sending the page every widget's state, and writing the first message. When forty people arrive in the
same second, forty kernels pay them at once, so each cost is multiplied by the room. This module takes
work off that moment without taking any away from what a participant is sent or shown:

- ``lean_state_reply``: the page asks for every widget's state when it opens (ipywidgets' control comm,
  ``request_states``). ipywidgets 8 works out the whole state twice and throws the first one away (an
  unused ``get_manager_state()`` call, half the kernel's work for the reply); the room's kernels reply
  with the same states from one pass. And the first page's reply is worked out ahead: after each cell
  of the app's notebook runs, before anyone connects (``prepare_state_reply``). It is used only if no
  widget has changed since (every change to every widget is counted), and only once.
- ``warm_up``: the first message a kernel writes loads Babel and its CLDR data (day names, date patterns)
  and fills the formatting caches, a few tens of milliseconds each time. Writing every scenario's messages
  for the guide's made-up example candidate (``guide.examples``: fixed data, nothing about a participant)
  on a background thread as the kernel starts does that before anyone connects.

``RoomKernelManager`` has each kernel it starts run ``start()`` (through ``kernel_startup.py``, as
Python's ``PYTHONSTARTUP`` file). Like ``kernels`` and ``serve``, this is the room's plumbing: the rest of
the guide never imports it. It touches the widget library, and only in the room's kernels.
"""

from __future__ import annotations

from ..advice import advise
from ..examples import example_situation
from ..situation import SCENARIOS


def warm_up() -> None:
    """Write every message of every scenario once, for the made-up example candidate."""
    for scenario in SCENARIOS:
        advice = advise(example_situation(scenario))
        for kind in advice.kinds:
            advice.message(kind)


class _Changes:
    """Counts every trait change on every widget (a widget opened or closed is one: its comm changes)."""

    count = 0


class _Prepared:
    """The state reply worked out ahead, and the change count it was worked out at (None: none ready)."""

    at: int | None = None
    reply: tuple[dict, list, list] | None = None


def _full_state() -> tuple[dict, list, list]:
    """Every widget's state, as ipywidgets' control comm sends it: states, buffer paths, buffers."""
    from ipywidgets.widgets import widget

    full_state = {
        w.model_id: {
            "model_name": w._model_name,
            "model_module": w._model_module,
            "model_module_version": w._model_module_version,
            "state": w.get_state(drop_defaults=False),
        }
        for w in list(widget._instances.values())
    }
    return widget._remove_buffers(full_state)


def prepare_state_reply(*_args) -> None:
    """Work out the state reply now (the kernel is waiting for its participant), for the first request."""
    at = _Changes.count
    reply = _full_state()
    if _Changes.count == at:
        _Prepared.at, _Prepared.reply = at, reply


def _state_reply() -> tuple[dict, list, list]:
    """The reply prepared ahead if no widget changed since, else worked out now. A prepared reply is
    used once: after the first page, it is always worked out afresh."""
    prepared = _Prepared.reply if _Prepared.at == _Changes.count else None
    _Prepared.at = _Prepared.reply = None
    return prepared or _full_state()


def lean_state_reply() -> bool:
    """Have the widget control comm answer ``request_states`` from one pass over the widgets, or from
    the reply ``prepare_state_reply`` worked out ahead while no widget has changed since.

    The reply is the one ipywidgets 8 sends (the same states, buffers and message), without the unused
    first pass. Other ipywidgets versions are left as they are. True if the reply was replaced.
    """
    import ipywidgets
    from ipywidgets.widgets import widget

    if not ipywidgets.__version__.startswith("8."):
        return False

    def _handle_control_comm_msg(cls, msg):
        if cls._control_comm is None:
            raise RuntimeError("Control comm has not been properly opened")
        method = msg["content"]["data"]["method"]
        if method != "request_states":
            raise RuntimeError(f'Unknown front-end to back-end widget control msg with method "{method}"')
        full_state, buffer_paths, buffers = _state_reply()
        cls._control_comm.send(
            dict(method="update_states", states=full_state, buffer_paths=buffer_paths), buffers=buffers
        )

    notify_change = widget.Widget.notify_change

    def counted_notify_change(self, change):
        _Changes.count += 1
        return notify_change(self, change)

    widget.Widget.notify_change = counted_notify_change
    widget.Widget._handle_control_comm_msg = classmethod(_handle_control_comm_msg)
    return True


def start(shell=None) -> None:
    """Run in each room kernel before the app: the lean state reply now, prepared again after each cell
    the kernel runs (the app's notebook, before anyone connects), and the warm-up in the background."""
    from ..ui.safety import in_background_once

    if lean_state_reply() and shell is not None:
        shell.events.register("post_run_cell", prepare_state_reply)
    in_background_once("room-warm-up", "writing the example messages ahead", warm_up)
