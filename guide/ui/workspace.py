"""``Workspace``: the form, and beside it the plan and the messages, on any screen (and the page's
lifeline, which keeps them usable if the kernel goes away).

On a phone (or any narrow space) everything is one column. Given room, the form is on the left and the
plan and messages on the right, staying in view while the form scrolls, so every keystroke's effect is
seen where it lands. The layout is the stylesheet's (``static/rebound.css``, a container query on the
space the workspace has); this class only groups the widgets and names the sections.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..catalogue import text
from .base import Speaks, StaticFallback, built_in_its_language, in_own_language
from .form import SituationForm
from .lifeline import Lifeline
from .message_view import MessageTabs
from .notes import help_line
from .plan_view import PlanView
from .projector import ProjectorSwitch
from .shared import html_widget, shared_layout
from .steps import in_step, labels_html
from .style import stylesheet


def section_heading(key: str) -> widgets.HTML:
    """A section's heading (a real h2, so screen readers can jump between sections) and its help."""
    return html_widget(f'<h2 class="rebound-section">{html.escape(text(key))}</h2>')


def _section(key: str, widget: widgets.Widget, step: str, whole: bool = True) -> list[widgets.Widget]:
    """A section's heading, help and widget, all in ``step`` on a phone (the widget only if ``whole``:
    the form holds two steps, and marks its own rows)."""
    parts = [in_step(section_heading(key), step), in_step(help_line(text(f"{key}.help")), step)]
    return parts + [in_step(widget, step) if whole else widget]


class Workspace(StaticFallback, Speaks, widgets.VBox):
    """The projector switch, then the form beside (or above) the plan and the messages. Its headings are
    in its ``language`` (the app's), and made again when that changes."""

    @built_in_its_language
    def __init__(self, form: SituationForm, plan_view: PlanView, messages: MessageTabs):
        self.parts = (form, plan_view, messages)
        self.projector = ProjectorSwitch()
        # Keeps the page able to warn, save and restore if its kernel goes away (it shows nothing until then).
        self.lifeline = Lifeline(form)
        self.form_column = widgets.VBox(layout=shared_layout())
        self.form_column.add_class("rebound-column")
        self.side = widgets.VBox(layout=shared_layout())
        self.step_words = html_widget()  # the phone's step bar reads its words here (steps.py)
        self.render()
        self.side.add_class("rebound-column")
        self.side.add_class("rebound-side")
        self.columns = widgets.Box([self.form_column, self.side], layout=shared_layout())
        self.columns.add_class("rebound-columns")
        super().__init__(
            [stylesheet(), self.projector, self.lifeline, self.step_words, self.columns], layout=shared_layout()
        )
        self.add_class("rebound")
        self.add_class("rebound-workspace")
        self.observe(lambda _change: self.render(), names="language")

    @in_own_language
    def render(self) -> None:
        """The section headings and their help, and the projector switch, in the workspace's language."""
        form, plan_view, messages = self.parts
        self.projector.label = text("ui.projector")
        self.step_words.value = labels_html()
        self.form_column.children = _section("ui.section.form", form, "happened", whole=False)
        self.side.children = _section("ui.section.plan", plan_view, "plan") + _section("ui.section.messages", messages, "message")
