"""``OnDemand``: a part of the page built the first time a person opens it (issue 28).

A part most participants never open (the draft check, on the app's page) costs the page every one of
its widget models on first load all the same. Here it is one button until pressed; the press builds the
part, which then takes the button's place and looks exactly as it always did. Python reaches the part
the same way a person does: ``opener.button.click()`` (or ``opener.unfold()``), then ``opener.part``.
"""

from __future__ import annotations

from typing import Callable

import ipywidgets as widgets
from ipywidgets.widgets.widget_button import ButtonStyle

from .base import StaticFallback
from .shared import shared_layout, shared_style


class OnDemand(StaticFallback, widgets.VBox):
    """A button labelled ``label`` that becomes ``build()`` when pressed. ``part`` is None until then.
    ``static_key`` is the part's, so an export says what goes here either way."""

    def __init__(self, label: str, build: Callable[[], widgets.Widget], static_key: str, *classes: str):
        self.static_key = static_key
        self._build = build
        self.part: widgets.Widget | None = None
        self.button = widgets.Button(description=label, layout=shared_layout(), style=shared_style(ButtonStyle))
        self.button.add_class("rebound-open")
        self.button.on_click(lambda _button: self.unfold())
        super().__init__([self.button], layout=shared_layout())
        for name in classes:
            self.add_class(name)

    def unfold(self) -> widgets.Widget:
        """Build the part (the first time only) and show it in the button's place."""
        if self.part is None:
            self.part = self._build()
            self.children = [self.part]
            self.button.close()
        return self.part

    def relabel(self, label: str) -> None:
        """The button's words in the page's new language (an opened part speaks for itself)."""
        if self.part is None:
            self.button.description = label
