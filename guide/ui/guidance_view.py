"""``GuidanceView``: the key points of one or more situations; where asked, all the advice, grouped, folded.

The chapters show this instead of restating the rules in their own markdown, so a rule is worded once
(in the catalogue) and its source travels with it. The key points (``rules.key_points``) are ordered
for the situation, most urgent first, each with its source. All the advice is shown once, in the chapter on
the days after (``every_rule=True``), grouped (``rules.GROUPS``) in a closed ``<details>`` block, rather than
repeated under every situation.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..catalogue import text
from ..domain import SCENARIO_SPECS
from ..rules import Rule, grouped, key_points, local_rules, source_label
from .base import Speaks, StaticFallback, built_in_its_language, in_own_language
from .style import stylesheet


def _sourced(r: Rule) -> str:
    source = text("ui.plan.source", source=source_label(r.source))
    return f'{html.escape(r.text)} <span class="rebound-source">({html.escape(source)})</span>'


def _heading(scenario: str) -> str:
    """The catalogue key of a scenario's heading (or of "after", which is no scenario)."""
    spec = SCENARIO_SPECS.get(scenario)  # type: ignore[call-overload]
    return spec.heading if spec else "ui.guidance.heading.after"


def _every_rule_html() -> str:
    """All the advice, once, in groups (``rules.GROUPS``), folded."""
    e = html.escape
    groups = "".join(
        f'<h4 class="rebound-group">{e(text(f"ui.guidance.group.{group}"))}</h4>'
        + "<ul>" + "".join(f"<li>{_sourced(r)}</li>" for r in rules) + "</ul>"
        for group, rules in grouped()
    )
    return f"<details><summary>{e(text('ui.guidance.all'))}</summary>{groups}</details>"


def guidance_html(scenarios: tuple[str, ...], every_rule: bool = False, where_you_live: bool = False) -> str:
    """The key points of each situation, each with its source; with ``where_you_live``, the law and free
    help in the countries the reader's language shows; with ``every_rule``, all the advice too, grouped and
    folded. A chapter shows only its key points, so the full advice is said once, in one place."""
    e = html.escape
    parts = []
    for scenario in scenarios:
        if len(scenarios) > 1:
            parts.append(f'<h3 class="rebound-group">{e(text(_heading(scenario)))}</h3>')
        parts.append("<ol>" + "".join(f"<li>{_sourced(r)}</li>" for r in key_points(scenario)) + "</ol>")
    if where_you_live and local_rules():
        parts.append(f'<h3 class="rebound-group">{e(text("ui.guidance.group.where-you-live"))}</h3>')
        parts.append("<ul>" + "".join(f"<li>{_sourced(r)}</li>" for r in local_rules()) + "</ul>")
    if every_rule:
        parts.append(_every_rule_html())
    return "".join(parts)


def guidance_text(scenarios: tuple[str, ...], where_you_live: bool = False) -> str:
    """The key points as plain text with their sources, for a PDF export (which cannot fold a list)."""
    lines = []
    for scenario in scenarios:
        if len(scenarios) > 1:
            lines.append(text(_heading(scenario)))
        for number, r in enumerate(key_points(scenario), 1):
            lines.append(f"{number}. {r.text} ({text('ui.plan.source', source=source_label(r.source))})")
    if where_you_live and local_rules():
        lines.append(text("ui.guidance.group.where-you-live"))
        lines += [f"- {r.text} ({text('ui.plan.source', source=source_label(r.source))})" for r in local_rules()]
    return "\n".join(lines)


class GuidanceView(StaticFallback, Speaks, widgets.VBox):
    """The key points of each of ``scenarios`` in order, each with its source (with ``where_you_live``, the
    law and free help where the reader lives; with ``every_rule``, all the advice, grouped, folded); in the language given (``GuidanceView("late", language="es")``), else the
    chapter's."""

    @built_in_its_language
    def __init__(self, *scenarios: str, every_rule: bool = False, where_you_live: bool = False):
        self.scenarios = scenarios
        self.where_you_live = where_you_live
        self.content = widgets.HTML(guidance_html(scenarios, every_rule, where_you_live))
        super().__init__([stylesheet(), self.content])
        self.add_class("rebound")
        self.add_class("rebound-guidance")

    # The advice needs no kernel: an export shows it in full rather than a placeholder.
    @in_own_language
    def static_text(self) -> str:
        return guidance_text(self.scenarios, self.where_you_live)

    def static_html(self) -> str:
        return self.content.value
