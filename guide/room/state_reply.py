"""The page's first request to a room's kernel, "every widget's state", answered with less work.

When a page opens it asks the kernel for the state of every widget (ipywidgets' control comm,
``request_states``): about 565 widgets for the app, 0.37 MB as the room's kernels send it (0.66 MB as
ipywidgets does). When a whole room opens the page in the same second, forty kernels answer at once on
the same few cores. Three changes, made only in the room's kernels (``guide.room.preheat`` calls
``lean_state_reply`` as each starts):

- ipywidgets 8 works out the whole state twice and throws the first one away (an unused
  ``get_manager_state()`` call, half the kernel's work for the reply). The room's kernels send the reply
  from one pass.
- A layout's state leaves out the values it has by default. Every style trait of ``Layout`` defaults to
  None, as every property of the page's ``LayoutModel`` defaults to null, and the model's name, module
  and version travel beside its state anyway, so the page builds the same models
  (ipywidgets' own embedding sends states this way). The app's 220 layouts, nearly all at their
  defaults, were a third of the reply: a kernel, the server and the page each handled 0.2 MB of nulls.
- The first page's reply is worked out ahead (``prepare_state_reply``, run after each cell of the app's
  notebook, while the pooled kernel waits for its participant). It is sent only if no widget has changed
  since (every trait change of every widget is counted, a widget opened or closed included, as its comm
  changes) and only once: a reload gets a reply worked out afresh.

This reaches into ipywidgets' private parts (its control comm handler, its widget registry and its
buffer helper), so it is done only on an ipywidgets version the room was tested with
(``upstream.tested``); any other version answers as it does upstream. It is the room's only module that
imports the widget library, and it runs in the kernels only: the room's server never imports it.
"""

from __future__ import annotations

from ipywidgets import Layout
from ipywidgets.widgets import widget

from . import upstream


class _Changes:
    """Counts every trait change on every widget (a widget opened or closed is one: its comm changes)."""

    count = 0


class _Prepared:
    """The state reply worked out ahead, and the change count it was worked out at (None: none ready)."""

    at: int | None = None
    reply: tuple[dict, list, list] | None = None


def _full_state() -> tuple[dict, list, list]:
    """Every widget's state, as ipywidgets' control comm sends it: states, buffer paths, buffers."""
    full_state = {
        w.model_id: {
            "model_name": w._model_name,
            "model_module": w._model_module,
            "model_module_version": w._model_module_version,
            "state": w.get_state(drop_defaults=isinstance(w, Layout)),
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

    The reply is the one ipywidgets 8 sends (the same message, states and buffers, a layout's default
    values left for the page to fill in), without the unused first pass. On an untested ipywidgets the
    reply is left as upstream sends it. True if the reply was replaced.
    """
    if not upstream.tested("ipywidgets"):
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
    if not getattr(notify_change, "counted", False):  # once per kernel, however often this is called

        def counted_notify_change(self, change):
            _Changes.count += 1
            return notify_change(self, change)

        counted_notify_change.counted = True
        widget.Widget.notify_change = counted_notify_change
    widget.Widget._handle_control_comm_msg = classmethod(_handle_control_comm_msg)
    return True
