"""``GuidanceView``: the advice for some scenarios, as a list, each rule with where it comes from.

The chapters show this instead of restating the rules in their own markdown, so a rule is worded once
(in the catalogue) and its source travels with it.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..catalogue import text
from ..rules import RULES, source_label
from .base import StaticFallback
from .style import stylesheet


def guidance_html(scenarios: tuple[str, ...]) -> str:
    e = html.escape
    items = [
        f'<li>{e(r.text)} <span class="rebound-source">'
        f'({e(text("ui.plan.source", source=source_label(r.source)))})</span></li>'
        for r in RULES
        if any(sc in r.scenarios for sc in scenarios)
    ]
    return "<ul>" + "".join(items) + "</ul>"


class GuidanceView(StaticFallback, widgets.VBox):
    """Every rule that applies to any of ``scenarios``, in the order the guide ranks them."""

    def __init__(self, *scenarios: str):
        self.scenarios = scenarios
        self.content = widgets.HTML(guidance_html(scenarios))
        super().__init__([stylesheet(), self.content])
        self.add_class("rebound")
        self.add_class("rebound-guidance")
