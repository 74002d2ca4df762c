"""``App``: the form, the plan, the messages and the draft check, all following the form's one situation;
the page's narrative and its language choice."""

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
from .language import LanguageChoice, address_language, follow_address, under_preheat, use_language
from .message_view import MessageTabs
from .narrative import Narrative
from .plan_view import PlanView
from .safety import in_background_once, run_safely
from .timepick import BrowserClock
from .workspace import Workspace


class App(StaticFallback, widgets.VBox):
    """The whole guide. Display ``app`` at once; or ``app.workspace`` (the form beside the plan and the
    messages, one column on a phone) and ``app.draft`` in separate cells; or, in a page that puts
    narrative between them, ``app.form``, ``app.plan_view``, ``app.messages`` and ``app.draft``.

    The app speaks one language at a time, the page's: ``App(language="es")``, else the one the page's
    address asks for (``?lang=es``, read from Voila's request, also in a preheated kernel), else the
    kernel's (``use_language``, ``REBOUND_LANG``). ``app.language_choice`` is the drop-down that switches
    it; ``app.section("intro")`` is a block of the page's narrative, which switches with it. The language
    is part of the form's situation, so the plan, the messages and the draft check follow it."""

    static_key = "ui.static.app"  # what an export shows in its place

    def __init__(
        self, *scenarios: str, now_utc: Callable[[], dt.datetime] | None = None, language: str | None = None
    ):
        """``App()`` offers every scenario; ``App("late")`` is a chapter's form for one situation."""
        wanted = language or (None if under_preheat() else address_language())
        if wanted:
            use_language(wanted)  # before anything is built, so nothing is built twice
        self.language_choice = LanguageChoice()
        self.sections: dict[str, Narrative] = {}
        self._switching = False  # True while speak() switches the page's language
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
        self._warm_up(self.language)
        super().__init__([self.language_choice, self.workspace, self.draft])
        self.language_choice.observe(lambda change: self.speak(change["new"]), names="value")
        # A preheated kernel ran this before anyone asked for the page: its address is read once they do.
        follow_address(self.speak)

    @property
    def language(self) -> str:
        """The language the app speaks (the form's situation's)."""
        return self.form.language

    def section(self, name: str) -> Narrative:
        """A block of the page's narrative ("intro", "steps", "after", "check"), in the app's language."""
        if name not in self.sections:
            self.sections[name] = Narrative(name)
        return self.sections[name]

    def speak(self, lang: str) -> None:
        """Switch the page to ``lang``: its narrative, every label, and (through the situation) the plan,
        the messages and the draft check. What was typed stays."""
        if self._switching:  # the drop-down following this very switch
            return
        self._switching = True
        before = self.language
        try:
            # A language the catalogue cannot say everything in yet fails here: the page goes back to
            # the one it was in, and the server's log says why.
            if not run_safely("switching the language", lambda: self._speak(use_language(lang)), lambda: None):
                run_safely("going back to the page's language", lambda: self._speak(use_language(before)), lambda: None)
        finally:
            self._switching = False

    @staticmethod
    def _warm_up(lang: str) -> None:
        """Compile ``lang``'s message templates in the background, once per kernel and language."""
        suffix = "" if lang == "en" else f"-{lang}"
        in_background_once(f"templates-warm-up{suffix}", "compiling the message templates", lambda: warm_up(lang))

    def _speak(self, lang: str) -> None:
        self._warm_up(lang)  # a page switched to Spanish writes its first Spanish message at once
        self.language_choice.show(lang)
        for narrative in self.sections.values():
            narrative.relabel()
        self.workspace.relabel()
        self.form.relabel()  # publishes the situation in the new language; the views follow it

    @property
    def situation(self):
        return self.form.situation
