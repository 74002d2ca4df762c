"""The app page on a phone: one step per screen. Which step each part of the page belongs to, and the
words of the step bar, in the page's language.

The widgets only carry a class naming their step (``rebound-step-<step>``) and one hidden block of the
bar's words; the steps themselves are the page template's (``rebound-steps.js`` and ``rebound-page.css``
in ``share/jupyter/voila/templates/rebound/static``): on a narrow screen it shows one step at a time
with a bar at the bottom, and on a wide one it changes nothing. So no widget is added per step, and
everything typed stays in its control whichever step is shown.
"""

from __future__ import annotations

import html
import json

import ipywidgets as widgets

from ..catalogue import text

# In the order a participant goes through them.
STEPS = ("happened", "details", "plan", "message", "after")
# Shown on a wide screen only: on a phone the step bar says the same (the overview of the five steps).
OVERVIEW = "overview"
# The form's groups: the interview's group is what happened; the others are the details.
GROUP_STEP = {"ui.group.interview": "happened"}
NARRATIVE_STEP = {"intro": "happened", "steps": OVERVIEW, "after": "after", "check": "after"}


def in_step(widget: widgets.DOMWidget, step: str) -> widgets.DOMWidget:
    """Mark ``widget`` as part of ``step`` (a class only: the template shows it in that step alone)."""
    widget.add_class(f"rebound-step-{step}")
    return widget


def group_step(group: str | None) -> str:
    return GROUP_STEP.get(group or "", "details")


def labels_html() -> str:
    """The step bar's words, in the language in force, as a hidden block the page's script reads."""
    total = len(STEPS)
    names = [text(f"ui.steps.{step}") for step in STEPS]
    labels = {
        "nav": text("ui.steps.nav"),
        "back": text("ui.steps.back"),
        "show": text("ui.steps.show_message"),
        "steps": [
            {
                "id": step,
                "where": text("ui.steps.where", number=i + 1, total=total, step=names[i]),
                "next": text("ui.steps.next", step=names[i + 1]) if i + 1 < total else "",
            }
            for i, step in enumerate(STEPS)
        ],
    }
    data = html.escape(json.dumps(labels, ensure_ascii=False), quote=True)
    return f'<div class="rebound-steps-labels" hidden data-labels="{data}"></div>'
