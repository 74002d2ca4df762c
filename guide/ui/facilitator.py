"""``FacilitatorPage``: the facilitator page's narrative and tools, all following the page's one ``language``,
with the same language choice as the app (``?lang=es`` in the address, or the drop-down).

The notebook's cells only call ``page.section("intro")`` (the narrative, ``facilitator.<section>`` in the
catalogue) and ``page.part("quiz")`` (a tool from ``guide.ui.workshop``). A part is rebuilt in the new
language when the page switches; what the counselor chose in it (the session's length, the card set and
the room's size, the quiz answers shown) is carried over, so nothing chosen is lost.
"""

from __future__ import annotations

import html
from typing import Callable

import ipywidgets as widgets

from .. import i18n
from .base import Speaks, StaticFallback
from .language import LanguageChoice, address_language, follow_address
from ..catalogue import text
from .narrative import Narrative, _markdown
from .safety import run_safely
from .workshop import CardsDownload, CardSection, OutlineView, QuizView, RoomLink


def _filled(section: str) -> dict[str, str]:
    """What a section of the narrative says from the kit's own data, in the language in force: how a room
    splits into trios (``cards.grouping_rule``, as the printed outline says it) and the debrief's prompts
    (``outline.DEBRIEF_PROMPTS``, as the printed outline lists them)."""
    from ..workshop.cards import grouping_rule
    from ..workshop.outline import debrief_prompts

    if section in ("outline", "cards"):
        return {"grouping": grouping_rule()}
    if section == "debrief":
        return {"prompts": "\n".join((text("workshop.debrief.prompts"), "", *(f"- {p}" for p in debrief_prompts())))}
    return {}


def facilitator_markdown(section: str, lang: str) -> str:
    """A section of the facilitator page's narrative in ``lang``, with the kit's data filled in."""
    with i18n.speaking(lang):
        return text(f"facilitator.{section}", lang, **_filled(section))


class FacilitatorNarrative(Narrative):
    """A block of the facilitator page's narrative: where it says what the print pack says too (the room's
    trios, the debrief's prompts), the words come from the same data, so page and paper never disagree."""

    def render(self) -> None:
        self.value = str(_markdown()(facilitator_markdown(self.section, self.language))).strip()

    def static_text(self) -> str:
        return facilitator_markdown(self.section, self.language)

    def static_html(self) -> str:
        return str(_markdown()(facilitator_markdown(self.section, self.language))).strip()


def _pre(words: str) -> widgets.HTML:
    return widgets.HTML(f'<pre class="rebound-script">{html.escape(words)}</pre>')


def _model_call() -> widgets.HTML:
    from ..examples import example_text

    return _pre(example_text("phone", "missed"))


def _email_review() -> widgets.HTML:
    from ..examples import example_review_text

    return _pre(example_review_text())


# Each tool of the page, by name: how to build it (in the language in force) and, for a tool with choices,
# how to carry them from the old one to the new one.
PARTS: dict[str, Callable[[], widgets.Widget]] = {
    "room": RoomLink,
    "outline": OutlineView,
    "quiz": QuizView,
    "sorting": lambda: CardSection("sorting"),
    "answer_key": lambda: CardSection("answer_key"),
    "model_call": _model_call,
    "cards": CardsDownload,
    "email_review": _email_review,
    "wallet": lambda: CardSection("wallet"),
    "exit": lambda: CardSection("exit", "evaluation"),
}


def _carry(old: widgets.Widget, new: widgets.Widget) -> None:
    """Keep what the counselor chose when a tool is rebuilt in another language."""
    if isinstance(old, OutlineView) and isinstance(new, OutlineView):
        new.length.value = old.length.value
    elif isinstance(old, CardsDownload) and isinstance(new, CardsDownload):
        new.seed.value, new.room.value = old.seed.value, old.room.value
    elif isinstance(old, QuizView) and isinstance(new, QuizView):
        for before, after in zip(old.questions, new.questions, strict=True):
            after.choice.value = before.choice.value


class Part(StaticFallback, widgets.VBox):
    """One tool of the page, in a box the page can rebuild it in (in its language)."""

    def __init__(self, name: str, lang: str):
        self.name = name
        with i18n.speaking(lang):
            tool = PARTS[name]()
        super().__init__([tool])

    @property
    def tool(self) -> widgets.Widget:
        return self.children[0]

    def show_in(self, lang: str) -> None:
        with i18n.speaking(lang):
            new = PARTS[self.name]()
            _carry(self.tool, new)
        self.children = (new,)

    def static_text(self) -> str:
        inner = getattr(self.tool, "static_text", None)
        return inner() if inner else super().static_text()

    def static_html(self) -> str:
        inner = getattr(self.tool, "static_html", None)
        return inner() if inner else super().static_html()


class FacilitatorPage(StaticFallback, Speaks, widgets.VBox):
    """The facilitator page in one language at a time, its ``language`` trait: ``FacilitatorPage(language="es")``,
    else the one the page's address asks for (``?lang=es``), else the language in force. The drop-down
    (``page.language_choice``) sets it, as on the app's page."""

    static_key = "facilitator.static"

    def __init__(self, language: str | None = None):
        if language is not None and i18n.normalize(language) is None:
            raise i18n.UnknownLanguage(language)
        lang = self._start_speaking(language or address_language())
        self._shown = lang
        self.language_choice = LanguageChoice(lang)
        self.sections: dict[str, Narrative] = {}
        self.parts: dict[str, Part] = {}
        super().__init__([self.language_choice])
        self.language_choice.observe(lambda change: self.speak(change["new"]), names="language")
        self.observe(self._speak, names="language")
        follow_address(self.speak)

    def section(self, name: str) -> Narrative:
        """A block of the page's narrative, in the page's language."""
        if name not in self.sections:
            self.sections[name] = FacilitatorNarrative(name, page="facilitator", language=self.language)
        return self.sections[name]

    def part(self, name: str) -> Part:
        """One of the page's tools (a key of ``PARTS``), in the page's language."""
        if name not in self.parts:
            self.parts[name] = Part(name, self.language)
        return self.parts[name]

    def speak(self, lang: str) -> None:
        found = i18n.normalize(lang)
        if found is not None:
            self.language = found

    def _speak(self, change) -> None:
        """Show the page in the new language; one it cannot be shown in sends it back (and is logged)."""
        if run_safely("switching the facilitator page's language", lambda: self._show_in(change["new"]), lambda: None):
            self._shown = change["new"]
        elif change["new"] != self._shown:
            self.language = self._shown

    def _show_in(self, lang: str) -> None:
        self.language_choice.language = lang
        for narrative in self.sections.values():
            narrative.language = lang
        for part in self.parts.values():
            part.show_in(lang)
