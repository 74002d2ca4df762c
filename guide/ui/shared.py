"""Layout and style objects shared by many widgets, so the page has fewer models to fetch and draw.

ipywidgets gives every widget its own ``Layout`` and its own style unless it is handed one: on the app's
page that was two extra models per widget (221 ``Layout``s, 94 ``HTMLStyle``s out of 577 models). A
widget that never changes its own layout or style takes the kernel's shared one instead. One that does
(a row the form hides, a note shown only with problems) keeps its own: a shared layout refuses to be
changed, so a widget that would hide every other widget with it fails loudly instead.
"""

from __future__ import annotations

import ipywidgets as widgets
from ipywidgets.widgets.widget_string import HTMLStyle


class SharedLayout(widgets.Layout):
    """A ``Layout`` many widgets point at: set once when made, never changed afterwards."""

    _sealed = False

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._sealed = True

    def __setattr__(self, name, value):
        if self._sealed and not name.startswith("_") and name in self.keys:  # its CSS, not its comm
            raise AttributeError(f"a shared layout is never changed ({name}): give this widget its own Layout")
        super().__setattr__(name, value)


# The kernel's shared objects by what they are; replaced if something closed one.
_SHARED: dict[tuple, widgets.Widget] = {}

# The one wrapping row of buttons (copy, downloads, save and load).
WRAPPING_ROW = {"flex_flow": "row wrap", "align_items": "flex-start"}


def shared_layout(**properties: str) -> widgets.Layout:
    """The kernel's one layout with these ``properties`` (none: the default layout)."""
    key = ("layout", *sorted(properties.items()))
    found = _SHARED.get(key)
    if found is None or found.comm is None:
        found = _SHARED[key] = SharedLayout(**properties)
    return found


def shared_style(kind: type[widgets.Widget], **properties: str) -> widgets.Widget:
    """The kernel's one style of ``kind`` (``HTMLStyle``, ``DescriptionStyle``...) with ``properties``."""
    key = (kind.__name__, *sorted(properties.items()))
    found = _SHARED.get(key)
    if found is None or found.comm is None:
        found = _SHARED[key] = kind(**properties)
    return found


def html_widget(value: str = "", *classes: str) -> widgets.HTML:
    """An HTML widget with the shared layout and style: for text that is never hidden by its layout
    (its value may change; an empty value shows nothing anyway)."""
    widget = widgets.HTML(value, layout=shared_layout(), style=shared_style(HTMLStyle))
    for name in classes:
        widget.add_class(name)
    return widget


def own_html_widget(value: str = "", *classes: str) -> widgets.HTML:
    """An HTML widget with its own layout (it is hidden and shown) and the shared style."""
    widget = widgets.HTML(value, style=shared_style(HTMLStyle))
    for name in classes:
        widget.add_class(name)
    return widget
