"""Short pieces of text in the form: a problem note beside a field, a help line, a group heading."""

from __future__ import annotations

import html

import ipywidgets as widgets
import traitlets

from ..catalogue import text
from ..situation import Problem
from .shared import html_widget


def problem_html(problem: Problem) -> str:
    """One problem as markup. The message can quote what was typed, so it is always escaped.

    An error is announced at once (``role="alert"``); a warning is advice and waits its turn.
    """
    message = html.escape(problem.message)
    if problem.is_error:
        return f'<div class="rebound-problem" role="alert">{message}</div>'
    return f'<div class="rebound-problem rebound-warning" role="status" aria-live="polite">{message}</div>'


class ProblemNote(widgets.HBox):
    """The problems of one field, shown right after that field's control; hidden when there are none."""

    problems = traitlets.List(trait=traitlets.Instance(Problem))

    def __init__(self, field: str):
        self.field = field
        self._html = html_widget()  # the note's own layout hides it; the text inside needs none
        super().__init__([self._html])
        self.add_class("rebound-note")
        self.layout.display = "none"
        self.observe(self._show, names="problems")

    def _show(self, _change=None) -> None:
        self._html.value = "".join(problem_html(p) for p in self.problems)
        self.layout.display = None if self.problems else "none"


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
