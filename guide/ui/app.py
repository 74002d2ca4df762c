"""``App``: the form, the plan, the messages and the draft check, all following the form's one situation."""

from __future__ import annotations

import datetime as dt
from typing import Callable

import ipywidgets as widgets
import traitlets

from ..situation import SCENARIOS
from .base import StaticFallback
from .draft_view import DraftReview
from .form import SituationForm
from .message_view import MessageTabs
from .plan_view import PlanView
from .timepick import BrowserClock


class App(StaticFallback, widgets.VBox):
    """The whole guide. Display ``app`` at once, or ``app.form``, ``app.plan_view``, ``app.messages`` and
    ``app.draft`` in separate cells between narrative text."""

    def __init__(self, *scenarios: str, now_utc: Callable[[], dt.datetime] | None = None):
        """``App()`` offers every scenario; ``App("late")`` is a chapter's form for one situation."""
        self.clock = BrowserClock(now_utc=now_utc)
        self.form = SituationForm(clock=self.clock, scenarios=scenarios or SCENARIOS)
        self.plan_view = PlanView()
        self.messages = MessageTabs()
        self.draft = DraftReview()
        # One direction only: views follow the form's situation and never write back.
        self._links = [
            traitlets.dlink((self.form, "situation"), (self.plan_view, "situation")),
            traitlets.dlink((self.form, "situation"), (self.messages, "situation")),
            traitlets.dlink((self.messages, "channel"), (self.plan_view, "channel")),  # the message to print
            traitlets.dlink((self.form, "situation"), (self.draft, "situation")),  # names to check against
        ]
        super().__init__([self.form, self.plan_view, self.messages, self.draft])

    @property
    def situation(self):
        return self.form.situation
