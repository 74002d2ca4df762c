"""Short pieces of text in the form: a problem note beside a field, a help line, a group heading."""

from __future__ import annotations

import html

import ipywidgets as widgets
import traitlets

from ..catalogue import text
from ..situation import Problem
from ipywidgets.widgets.widget_string import HTMLStyle

from .shared import html_widget, shared_layout, shared_style


def problem_html(problem: Problem) -> str:
    """One problem as markup. The message can quote what was typed, so it is always escaped.

    An error is announced at once (``role="alert"``); a warning is advice and waits its turn.
    """
    message = html.escape(problem.message)
    if problem.is_error:
        return f'<div class="rebound-problem" role="alert">{message}</div>'
    return f'<div class="rebound-problem rebound-warning" role="status" aria-live="polite">{message}</div>'


class ProblemNote(widgets.HTML):
    """What is said under one field's control: its problems first, right after the control, then its
    help line (``help``, markup), in one HTML widget with the shared layout, so a row of the form is
    its control, this note and the row (issue 28: fewer widget models per field). With no problems
    and no help it holds nothing and shows nothing."""

    problems = traitlets.List(trait=traitlets.Instance(Problem))
    help = traitlets.Unicode("")

    def __init__(self, field: str, help: str = ""):
        self.field = field
        super().__init__(layout=shared_layout(), style=shared_style(HTMLStyle))
        self.add_class("rebound-note")
        self.help = help
        self._show()
        self.observe(self._show, names=["problems", "help"])

    @property
    def problems_html(self) -> str:
        """The problems' markup alone (empty when there are none)."""
        return "".join(problem_html(p) for p in self.problems)

    def _show(self, _change=None) -> None:
        helping = f'<div class="rebound-help">{self.help}</div>' if self.help else ""
        self.value = self.problems_html + helping


def help_markup(sentence: str) -> str:
    return f"<p>{html.escape(sentence)}</p>"


def help_line(sentence: str) -> widgets.HTML:
    """A quiet line of help under a control."""
    return html_widget(help_markup(sentence), "rebound-help")


def group_heading(title: str) -> widgets.HTML:
    """A heading that groups a few controls (a real heading, so screen readers can jump between them)."""
    return html_widget(f'<h3 class="rebound-group">{html.escape(title)}</h3>')


# The order of the fields on the form, so a list of missing details reads top to bottom like the form.
FIELD_ORDER = (
    "scenario", "reason", "interview_at", "interview_format", "location", "eta_minutes", "interviews_so_far",
    "company", "role", "contact_name", "candidate_name", "candidate_phone", "candidate_email",
    "proposed_slots", "agreed_at", "tone",
)


def _form_position(field: str) -> int:
    return FIELD_ORDER.index(field) if field in FIELD_ORDER else len(FIELD_ORDER)


def waiting_html(key: str, problems: list[Problem]) -> str:
    """The gentle hint shown where the plan or a message will appear: which details are still missing."""
    fields = sorted({p.field for p in problems if p.is_error}, key=_form_position)
    labels = [text(f"field.{field}") for field in fields]
    sentence = text(key, fields=text("ui.list_separator").join(labels))
    return f'<p class="rebound-waiting">{html.escape(sentence)}</p>'
