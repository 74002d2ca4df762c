"""``PlanView``: the action plan, most urgent first, each step with its due time, why, and source.

Under the plan, "take your plan with you": the one-page plan as a printable HTML page and as a PDF
(with the message of the tab chosen in ``MessageTabs``), and a calendar event once a new interview
time has been agreed. The files are made by the export core only when a button is pressed.
"""

from __future__ import annotations

import datetime as dt
import html

import ipywidgets as widgets
import traitlets

from .. import domain
from ..catalogue import text
from ..clock import resolve_now
from ..exports import first_channel, handout_html_file, handout_pdf, to_ics
from ..clock import zone_place
from ..messages import kinds_for
from ..situation import InvalidSituation, Situation, applies, own_zone
from ..advice import advise
from ..facts import clocks_differ  # the messages' own test: one answer to "do the clocks differ?"
from ..timeline import ActionPlan, Step, due_label
from ..rules import source_label
from .base import Speaks, StaticFallback, built_in_its_language, in_own_language
from .notes import help_markup, waiting_html
from .safety import failure_html, run_safely
from .style import stylesheet
from .take_away import DownloadButton
from .shared import WRAPPING_ROW, html_widget, own_html_widget, shared_layout


def offered(situation: Situation) -> tuple[str, ...]:
    """The messages written for ``situation``: the advice's, worked out once per situation (working
    them out again costs the facts once per step of the plan, at every keystroke)."""
    advice = advise(situation)
    return advice.kinds if advice.ready else kinds_for(situation)


def step_html(step: Step, situation: Situation, now: dt.datetime) -> str:
    """One step as a list item. The action can quote what was typed (a contact, a company): escaped."""
    e = html.escape
    parts = [
        f'<li><span class="rebound-due">{e(due_label(step.due, now, own_zone(situation)))}</span>',
        f'<p class="rebound-action">{e(step.action)}</p>',
    ]
    if step.channel and step.channel in offered(situation):
        tab_title = text(domain.kind(step.channel).label)
        if f"“{tab_title}”" not in step.action:  # some steps already point to their tab; say it once
            parts.append(f"<p>{e(text('ui.plan.see_tab', channel=tab_title))}</p>")
    source = f'<span class="rebound-source">({e(text("ui.plan.source", source=source_label(step.source)))})</span>'
    if step.why:  # a reason the step doesn't give (``why.<rule>``); else only the source
        parts.append(f'<p class="rebound-why"><strong>{e(text("ui.plan.why"))}</strong> {e(step.why)} {source}</p></li>')
    else:
        parts.append(f'<p class="rebound-why">{source}</p></li>')
    return "".join(parts)


def plan_html(steps: ActionPlan, situation: Situation) -> str:
    now = resolve_now(situation)  # the same clock the plan itself was computed on
    steps_html = "<ol>" + "".join(step_html(step, situation, now) for step in steps) + "</ol>"
    at = situation.interview_at
    if at is None or not clocks_differ(situation):
        return steps_html
    # Two clocks: say once, above the steps, which one is which.
    clocks = text("ui.plan.clocks", place=zone_place(at.tzinfo, at))  # type: ignore[arg-type]
    return f'<p class="rebound-clocks">{html.escape(clocks)}</p>' + steps_html


def printed_channel(situation: Situation, steps: ActionPlan, selected: str | None) -> str | None:
    """Which message the printed plan includes: the selected tab's, else the plan's first step's."""
    if selected in offered(situation):
        return selected
    return first_channel(situation, steps)


class PlanTakeAway(widgets.VBox):
    """The plan's downloads: printable page, PDF and, once a new time is agreed, the calendar event."""

    def __init__(self, view: "PlanView"):
        self.heading = html_widget(f'<h3 class="rebound-group">{html.escape(text("ui.take.plan.heading"))}</h3>')
        self.channel_help = html_widget("", "rebound-help")
        self.downloads = {
            "html": DownloadButton(text("ui.take.html"), lambda: handout_html_file(*view.printed())),
            "pdf": DownloadButton(text("ui.take.pdf"), lambda: handout_pdf(*view.printed())),
            "ics": DownloadButton(text("ui.take.ics"), lambda: to_ics(view.printed()[0])),
        }
        row = widgets.HBox(list(self.downloads.values()), layout=shared_layout(**WRAPPING_ROW))
        row.add_class("rebound-take-row")
        self.calendar_help = own_html_widget("", "rebound-help")
        super().__init__([self.heading, self.channel_help, row, self.calendar_help])
        self.add_class("rebound-take-away")
        self.layout.display = "none"

    def show(self, situation: Situation, channel: str) -> None:
        self.channel_help.value = help_markup(text("ui.take.plan.channel", channel=text(domain.kind(channel).label)))
        agreed = situation.agreed_at is not None
        self.downloads["ics"].layout.display = None if agreed else "none"
        if agreed:
            self.calendar_help.value = help_markup(text("ui.take.ics_help"))
        elif applies("agreed_at", situation.scenario):
            self.calendar_help.value = help_markup(text("ui.take.ics_waiting"))
        else:
            self.calendar_help.value = ""
        self.calendar_help.layout.display = None if self.calendar_help.value else "none"
        self.layout.display = None

    def hide(self) -> None:
        self.layout.display = "none"


class PlanView(StaticFallback, Speaks, widgets.VBox):
    """Shows ``plan(situation)``; before the situation is complete, says what is still missing. It
    speaks its situation's language: a situation in another one labels its downloads again.

    ``channel`` is the message tab chosen elsewhere on the page (``MessageTabs.channel``); the printed
    plan includes that message, or the plan's first one while no tab is chosen. ``first_channel`` is
    the channel of the plan's first step (None while there is no plan): the tab to open first.
    """

    static_key = "ui.static.plan"  # what an export shows in its place

    situation = traitlets.Instance(Situation, allow_none=True)
    channel = traitlets.Unicode(None, allow_none=True)
    first_channel = traitlets.Unicode(None, allow_none=True)

    @built_in_its_language
    def __init__(self):
        self.content = html_widget()
        self.steps: ActionPlan | None = None  # the plan on screen, None while the details are incomplete
        # The downloads are built the first time there is a plan to take away (issue 28: a first page
        # has none, so it draws none of their widgets); after that they are hidden and shown.
        self.take: PlanTakeAway | None = None
        super().__init__([stylesheet(), self.content], layout=shared_layout())
        self.add_class("rebound")
        self.add_class("rebound-plan")
        self.observe(lambda _change: self._label_downloads(), names="language")
        self.observe(lambda _change: self._follow_situation(), names="situation")
        self.observe(lambda _change: self._show_take_away(), names="channel")

    def printed(self) -> tuple[Situation, str]:
        """The situation on screen and the channel whose message the printed plan includes.

        Raises ``InvalidSituation`` while no plan is shown, which a download button explains.
        """
        channel = printed_channel(self.situation, self.steps, self.channel) if self.steps is not None else None
        if channel is None:
            raise InvalidSituation([])
        return self.situation, channel

    @in_own_language
    def _show_take_away(self) -> None:
        run_safely("offering the plan's downloads", self._offer_downloads, self._show_failure)

    def _offer_downloads(self) -> None:
        try:
            situation, channel = self.printed()
        except InvalidSituation:
            self._hide_take_away()
            return
        if self.take is None:
            self.take = PlanTakeAway(self)
            self.children = [*self.children, self.take]
        self.take.show(situation, channel)

    def _hide_take_away(self) -> None:
        if self.take is not None:
            self.take.hide()

    def _follow_situation(self) -> None:
        if self.situation is not None:  # its labels in the situation's language (the page may have switched)
            run_safely("labelling the plan", lambda: setattr(self, "language", self.situation.language), self._show_failure)
        self.refresh()

    @in_own_language
    def refresh(self) -> None:
        run_safely("showing the plan", self._render, self._show_failure)

    def _render(self) -> None:
        # The downloads are hidden only where there is no plan: hidden and shown again on every
        # keystroke, they cost two messages to the page each time for nothing (issue 28).
        self.steps = None
        if self.situation is None:
            self._hide_take_away()
            self.content.value = ""
            return
        advice = advise(self.situation)
        if not advice.ready:
            self._hide_take_away()
            self.content.value = waiting_html("ui.plan.waiting", list(advice.errors))
            return
        steps = advice.plan
        self.content.value = plan_html(steps, self.situation)
        self.steps = steps
        self.first_channel = first_channel(self.situation, steps)
        self._offer_downloads()

    @in_own_language
    def _label_downloads(self) -> None:
        """The downloads, labelled again in the new language (the page switched), if built yet."""
        if self.take is not None:
            self.take = PlanTakeAway(self)
            self.children = [self.children[0], self.content, self.take]

    def _show_failure(self) -> None:
        self.steps = None
        self._hide_take_away()
        self.content.value = failure_html()
