"""``App``: the form, the plan, the messages and the draft check, all following the form's one situation."""

from __future__ import annotations

import datetime as dt
from typing import Callable

import ipywidgets as widgets
import traitlets

from ..situation import SCENARIOS
from ..messages import warm_up
from .base import StaticFallback
from .draft_view import DraftReview
from .form import SituationForm
from .message_view import MessageTabs
from .plan_view import PlanView
from .safety import in_background_once
from .timepick import BrowserClock
from .workspace import Workspace


class App(StaticFallback, widgets.VBox):
    """The whole guide. Display ``app`` at once; or ``app.workspace`` (the form beside the plan and the
    messages, one column on a phone) and ``app.draft`` in separate cells; or, in a page that puts
    narrative between them, ``app.form``, ``app.plan_view``, ``app.messages`` and ``app.draft``."""

    static_key = "ui.static.app"  # what an export shows in its place

    def __init__(self, *scenarios: str, now_utc: Callable[[], dt.datetime] | None = None):
        """``App()`` offers every scenario; ``App("late")`` is a chapter's form for one situation."""
        self.clock = BrowserClock(now_utc=now_utc)
        self.form = SituationForm(clock=self.clock, scenarios=scenarios or SCENARIOS)
        self.plan_view = PlanView()
        self.messages = MessageTabs()
        self.draft = DraftReview()
        # One direction only: views follow the form's situation and never write back.
        self._links = [
            # The plan first: its first step's channel is the tab to open once there are messages.
            traitlets.dlink((self.form, "situation"), (self.plan_view, "situation")),
            traitlets.dlink((self.plan_view, "first_channel"), (self.messages, "suggested")),
            traitlets.dlink((self.form, "situation"), (self.messages, "situation")),
            traitlets.dlink((self.messages, "channel"), (self.plan_view, "channel")),  # the message to print
            traitlets.dlink((self.form, "situation"), (self.draft, "situation")),  # names to check against
        ]
        self.workspace = Workspace(self.form, self.plan_view, self.messages)
        # Compile the message templates while the page is being drawn (in a workshop's preheated kernel,
        # before anyone connects), so the first complete form shows its message at once.
        in_background_once("templates-warm-up", "compiling the message templates", warm_up)
        super().__init__([self.workspace, self.draft])

    @property
    def situation(self):
        return self.form.situation
