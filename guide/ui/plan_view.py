"""``PlanView``: the action plan, most urgent first, each step with its due time, why, and source."""

from __future__ import annotations

import datetime as dt
import html

import ipywidgets as widgets
import traitlets

from ..catalogue import text
from ..clock import aligned
from ..formatting import format_datetime, format_time
from ..situation import InvalidSituation, Situation, channels_for
from ..timeline import ActionPlan, Step, plan
from .base import StaticFallback
from .notes import waiting_html
from .safety import failure_html, run_safely
from .style import stylesheet

# A step due within this margin of "now" is simply due now.
NOW_MARGIN = dt.timedelta(minutes=1)


def due_label(due: dt.datetime | None, now: dt.datetime) -> str:
    """When a step is due, in the participant's words: "Now", "Today, 9:00 AM", "Tomorrow, ...", a date."""
    if due is None:
        return text("ui.plan.due_conditional")
    now, due = aligned(now, due)
    if due <= now + NOW_MARGIN:
        return text("ui.plan.due_now")
    # Read "today" on the due time's own clock (the interview's date may fall in another UTC offset).
    today = now.astimezone(due.tzinfo).date() if due.tzinfo else now.date()
    if due.date() == today:
        return text("ui.plan.due_today", time=format_time(due))
    if due.date() == today + dt.timedelta(days=1):
        return text("ui.plan.due_tomorrow", time=format_time(due))
    return format_datetime(due)


def source_label(source: str) -> str:
    return text(f"ui.source.{source}")


def step_html(step: Step, situation: Situation, now: dt.datetime) -> str:
    """One step as a list item. The action can quote what was typed (a contact, a company): escaped."""
    e = html.escape
    parts = [
        f'<li><span class="rebound-due">{e(due_label(step.due, now))}</span>',
        f'<p class="rebound-action">{e(step.action)}</p>',
    ]
    if step.channel and step.channel in channels_for(situation.scenario):
        tab_title = text(f"channel.{step.channel}")
        if tab_title not in step.action:  # some steps already point to their tab; say it once
            parts.append(f"<p>{e(text('ui.plan.see_tab', channel=tab_title))}</p>")
    parts.append(
        f'<p class="rebound-why"><strong>{e(text("ui.plan.why"))}</strong> {e(step.why)} '
        f'<span class="rebound-source">({e(text("ui.plan.source", source=source_label(step.source)))})</span></p></li>'
    )
    return "".join(parts)


def plan_html(steps: ActionPlan, situation: Situation) -> str:
    now = situation.now or dt.datetime.now(dt.timezone.utc)
    return "<ol>" + "".join(step_html(step, situation, now) for step in steps) + "</ol>"


class PlanView(StaticFallback, widgets.VBox):
    """Shows ``plan(situation)``; before the situation is complete, says what is still missing."""

    situation = traitlets.Instance(Situation, allow_none=True)

    def __init__(self):
        self.content = widgets.HTML()
        super().__init__([stylesheet(), self.content])
        self.add_class("rebound")
        self.add_class("rebound-plan")
        self.observe(lambda _change: self.refresh(), names="situation")

    def refresh(self) -> None:
        run_safely("showing the plan", self._render, self._show_failure)

    def _render(self) -> None:
        if self.situation is None:
            self.content.value = ""
            return
        try:
            steps = plan(self.situation)
        except InvalidSituation as incomplete:
            self.content.value = waiting_html("ui.plan.waiting", incomplete.problems)
            return
        self.content.value = plan_html(steps, self.situation)

    def _show_failure(self) -> None:
        self.content.value = failure_html()
