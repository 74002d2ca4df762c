"""The widgets' side of running in the browser (the static site, ``make site``); see guide/site/browser.py."""
from __future__ import annotations

from ..site.browser import IN_BROWSER


def send_layout_none() -> None:
    """Let a widget's layout go back to its default in the browser (``layout.display = None``).

    The Pyodide kernel hands the page its messages through JavaScript, where Python's None becomes
    ``undefined`` and the key is dropped: a part hidden with ``display = "none"`` would stay hidden. For a
    layout (CSS properties), an empty string means the same as None (the property is removed), and
    survives the trip. On a server nothing changes.
    """
    if not IN_BROWSER:
        return
    from ipywidgets import Layout

    if getattr(Layout, "_rebound_none_as_empty", False):
        return
    original = Layout.get_state

    def get_state(self, key=None, drop_defaults=False):
        state = original(self, key=key, drop_defaults=drop_defaults)
        return {name: ("" if value is None and not name.startswith("_") else value) for name, value in state.items()}

    Layout.get_state = get_state
    Layout._rebound_none_as_empty = True
