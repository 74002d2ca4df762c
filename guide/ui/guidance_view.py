"""``GuidanceView``: the advice for one or more situations, the key points first, the full list folded.

The chapters show this instead of restating the rules in their own markdown, so a rule is worded once
(in the catalogue) and its source travels with it. The key points (``rules.key_points``) are ordered
for the situation, most urgent first; every rule that applies, each with its source, sits below them in a
``<details>`` block, closed, so a reader in a hurry sees only what to do now.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..catalogue import text
from ..domain import SCENARIO_SPECS
from ..rules import RULES, Rule, key_points, source_label
from .base import Speaks, StaticFallback, built_in_its_language, in_own_language
from .style import stylesheet


def _sourced(r: Rule) -> str:
    source = text("ui.plan.source", source=source_label(r.source))
    return f'{html.escape(r.text)} <span class="rebound-source">({html.escape(source)})</span>'


def _heading(scenario: str) -> str:
    """The catalogue key of a scenario's heading (or of "after", which is no scenario)."""
    spec = SCENARIO_SPECS.get(scenario)  # type: ignore[call-overload]
    return spec.heading if spec else "ui.guidance.heading.after"


def _applies(r: Rule, scenarios: tuple[str, ...]) -> bool:
    # "after" is an ordering of key points, not a scenario: its full list is that of its key points.
    return any(sc in r.scenarios for sc in scenarios) or any(r in key_points(sc) for sc in scenarios)


def guidance_html(scenarios: tuple[str, ...]) -> str:
    e = html.escape
    parts = []
    for scenario in scenarios:
        if len(scenarios) > 1:
            parts.append(f'<h3 class="rebound-group">{e(text(_heading(scenario)))}</h3>')
        parts.append("<ol>" + "".join(f"<li>{e(r.text)}</li>" for r in key_points(scenario)) + "</ol>")
    every = "".join(f"<li>{_sourced(r)}</li>" for r in RULES if _applies(r, scenarios))
    parts.append(f"<details><summary>{e(text('ui.guidance.all'))}</summary><ul>{every}</ul></details>")
    return "".join(parts)


def guidance_text(scenarios: tuple[str, ...]) -> str:
    """The key points as plain text with their sources, for a PDF export (which cannot fold a list)."""
    lines = []
    for scenario in scenarios:
        if len(scenarios) > 1:
            lines.append(text(_heading(scenario)))
        for number, r in enumerate(key_points(scenario), 1):
            lines.append(f"{number}. {r.text} ({text('ui.plan.source', source=source_label(r.source))})")
    return "\n".join(lines)


class GuidanceView(StaticFallback, Speaks, widgets.VBox):
    """The key points of each of ``scenarios`` in order, then every rule that applies, folded; in the
    language given (``GuidanceView("late", language="es")``), else the chapter's."""

    @built_in_its_language
    def __init__(self, *scenarios: str):
        self.scenarios = scenarios
        self.content = widgets.HTML(guidance_html(scenarios))
        super().__init__([stylesheet(), self.content])
        self.add_class("rebound")
        self.add_class("rebound-guidance")

    # The advice needs no kernel: an export shows it in full rather than a placeholder.
    @in_own_language
    def static_text(self) -> str:
        return guidance_text(self.scenarios)

    def static_html(self) -> str:
        return self.content.value
