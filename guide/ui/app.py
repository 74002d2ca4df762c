"""``App``: the form, the plan, the messages and the draft check, all following the form's one situation;
the page's narrative and its language choice, all following the app's one ``language``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Callable

import ipywidgets as widgets
import traitlets

from .shared import shared_layout
from .. import i18n
from ..catalogue import text
from ..situation import SCENARIOS
from ..messages import warm_up
from .base import Speaks, StaticFallback
from .on_demand import OnDemand
from .form import SituationForm
from .language import LanguageChoice, address_language, follow_address, under_preheat
from .message_view import MessageTabs
from .narrative import Narrative
from .plan_view import PlanView
from .safety import in_background_once, run_safely
from .steps import in_step
from .timepick import BrowserClock
from .workspace import Workspace

if TYPE_CHECKING:
    from .draft_view import DraftReview


# What an export shows in the draft check's place (``DraftReview.static_key``), known without importing
# the review, which loads when the draft check is first opened.
DRAFT_STATIC_KEY = "ui.static.draft"


class App(StaticFallback, Speaks, widgets.VBox):
    """The whole guide. Display ``app`` at once; or ``app.workspace`` (the form beside the plan and the
    messages, one column on a phone) and ``app.draft`` in separate cells; or, in a page that puts
    narrative between them, ``app.form``, ``app.plan_view``, ``app.messages`` and ``app.draft``.

    The app speaks one language at a time, its ``language`` trait: ``App(language="es")``, else the one
    the page's address asks for (``?lang=es``, read from Voila's request, also in a preheated kernel),
    else the chapter's (``use_language``, ``REBOUND_LANG``). The drop-down (``app.language_choice``)
    sets it; ``app.speak("es")`` too. The app shows it in every view it owns (``_show_in``): the
    narrative (``app.section("intro")``), the headings, the form, whose situation carries it to the plan,
    the messages and the draft check. Nothing else in the kernel changes language with it."""

    static_key = "ui.static.app"  # what an export shows in its place

    def __init__(
        self, *scenarios: str, now_utc: Callable[[], dt.datetime] | None = None, language: str | None = None
    ):
        """``App()`` offers every scenario; ``App("late")`` is a chapter's form for one situation."""
        if language is not None and i18n.normalize(language) is None:
            raise i18n.UnknownLanguage(language)
        lang = self._start_speaking(language or (None if under_preheat() else address_language()))
        self._shown = lang  # the language every view is shown in (a failed switch goes back to it)
        self.language_choice = LanguageChoice(lang)
        self.sections: dict[str, Narrative] = {}
        self.clock = BrowserClock(now_utc=now_utc)
        with i18n.speaking(lang):  # every view is built in the app's language, and keeps it as its own
            self.form = SituationForm(clock=self.clock, scenarios=scenarios or SCENARIOS)
            self.plan_view = PlanView()
            self.messages = MessageTabs()
            # The draft check is built when the participant first opens it (most never do): one button till
            # then. ``app.draft`` is what the page shows; ``app.draft.part`` the panel, once opened.
            self.draft = OnDemand(text("ui.draft.open"), self._build_draft, DRAFT_STATIC_KEY, "rebound-draft-open")
            self.workspace = Workspace(self.form, self.plan_view, self.messages)
        # One direction only: views follow the form's situation and never write back.
        self._links = [
            # The plan first: its first step's channel is the tab to open once there are messages.
            traitlets.dlink((self.form, "situation"), (self.plan_view, "situation")),
            traitlets.dlink((self.plan_view, "first_channel"), (self.messages, "suggested")),
            traitlets.dlink((self.form, "situation"), (self.messages, "situation")),
            traitlets.dlink((self.messages, "channel"), (self.plan_view, "channel")),  # the message to print
        ]
        # Compile the message templates (Jinja2, Babel) ahead of the first complete form, so it shows its
        # message at once: in a workshop's preheated kernel now, before anyone connects; else once the page
        # is drawn (the browser has told the clock its offset), so the warm-up does not compete with the
        # page's own loading for the kernel (issue 28: the first usable form).
        if under_preheat():
            self._warm_up(lang)
        else:
            self.clock.observe(lambda _change: self._warm_up(self._shown), names="offset")
        # On a phone the page is one step per screen (guide/ui/steps.py): the draft check is an extra.
        in_step(self.draft, "after")
        # The page's own switches (its language; projector mode, in the workspace) are said once, on the
        # first step, not above every step of a phone's page.
        in_step(self.language_choice, "happened")
        in_step(self.workspace.projector, "happened")
        self.workspace.add_class("rebound-app")  # the page the step bar is for (not a chapter's form)
        super().__init__([self.language_choice, self.workspace, self.draft], layout=shared_layout())
        # The drop-down and the app follow each other with plain observers, not a traitlets.link: a
        # language the page cannot be shown in is set back from inside the change (see _speak), which a
        # link refuses as a broken link. Setting a value a trait already has notifies nobody, so the two
        # settle at once.
        self.language_choice.observe(lambda change: self.speak(change["new"]), names="language")
        self.observe(self._speak, names="language")
        # A preheated kernel ran this before anyone asked for the page: its address is read once they do.
        follow_address(self.speak)

    def _build_draft(self) -> "DraftReview":
        """The draft check, in the page's language, following the form's situation (names to check against).
        Its module (and the review it runs) is imported here, on first use, not with the page."""
        from .draft_view import DraftReview

        with i18n.speaking(self._shown):
            draft = DraftReview()
        self._links.append(traitlets.dlink((self.form, "situation"), (draft, "situation")))
        return draft

    def section(self, name: str) -> Narrative:
        """A block of the page's narrative ("intro", "steps", "after", "check"), in the app's language."""
        if name not in self.sections:
            self.sections[name] = Narrative(name, language=self.language)
        return self.sections[name]

    def speak(self, lang: str) -> None:
        """Switch the page to ``lang`` (a language the guide does not speak changes nothing)."""
        found = i18n.normalize(lang)
        if found is not None:
            self.language = found

    def _speak(self, change) -> None:
        """Show the page in the new language: its narrative, every label, and (through the situation) the
        plan, the messages and the draft check; what was typed stays. A language the catalogue cannot
        say everything in yet fails here: the page goes back to the one it was in, and the server's log
        says why."""
        if run_safely("switching the language", lambda: self._show_in(change["new"]), lambda: None):
            self._shown = change["new"]
        elif change["new"] != self._shown:  # (going back failing too is logged, and tried no further)
            self.language = self._shown

    def _show_in(self, lang: str) -> None:
        self._warm_up(lang)  # a page switched to Spanish writes its first Spanish message at once
        with i18n.speaking(lang):
            self.language_choice.language = lang
            for narrative in self.sections.values():
                narrative.language = lang
            self.workspace.language = lang
            self.draft.relabel(text("ui.draft.open"))
            self.form.language = lang  # publishes the situation in it; the plan, messages and draft follow

    @staticmethod
    def _warm_up(lang: str) -> None:
        """Compile ``lang``'s message templates in the background, once per kernel and language."""
        suffix = "" if lang == "en" else f"-{lang}"
        in_background_once(f"templates-warm-up{suffix}", "compiling the message templates", lambda: warm_up(lang))

    @property
    def situation(self):
        return self.form.situation
