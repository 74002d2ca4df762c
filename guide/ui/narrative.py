"""``Narrative``: a block of a page's own narrative (``page.<section>`` in the catalogue for the app,
``facilitator.<section>`` for the facilitator page), in its ``language`` (the page's), so the notebook's
cells only call ``app.section("intro")`` and the words switch language with the rest of the page.

The catalogue holds Markdown; it is rendered with raw HTML escaped, so a translation can add marks
but never markup.
"""

from __future__ import annotations

from functools import lru_cache

import ipywidgets as widgets
import mistune
from ipywidgets.widgets.widget_string import HTMLStyle

from ..catalogue import text
from .base import Speaks, StaticFallback, built_in_its_language
from .shared import shared_layout, shared_style
from .steps import NARRATIVE_STEP, in_step

SECTIONS = ("intro", "steps", "after", "check")
# Each page's sections, by the catalogue prefix of its narrative.
PAGES: dict[str, tuple[str, ...]] = {
    "page": SECTIONS,
    "facilitator": (
        "intro", "plan_b", "outline", "warmup", "sorting", "model", "cards", "email", "debrief", "exit", "mistakes",
    ),
}  # fmt: skip


@lru_cache(maxsize=1)
def _markdown() -> mistune.Markdown:
    return mistune.create_markdown(escape=True)


def narrative_html(section: str, lang: str | None = None, page: str = "page") -> str:
    """The section's Markdown, in ``lang`` (by default the language in force), as HTML (raw HTML in it
    is escaped)."""
    return str(_markdown()(text(f"{page}.{section}", lang))).strip()


class Narrative(StaticFallback, Speaks, widgets.HTML):
    """One section of the page's narrative, shown in its ``language``, and again whenever that changes.

    Without a kernel (an export, nbval) it shows the same words: its text is the narrative itself.
    """

    @built_in_its_language
    def __init__(self, section: str, page: str = "page"):
        if section not in PAGES.get(page, ()):
            raise ValueError(f"no narrative section {section!r}; the page has {PAGES.get(page)}")
        self.section = section
        self.page = page
        super().__init__(layout=shared_layout(), style=shared_style(HTMLStyle))  # one page block: no look of its own
        self.add_class("rebound-narrative")
        self.add_class("jp-RenderedHTMLCommon")  # headings, lists and quotes look like the notebook's
        if page == "page":  # on a phone, the app's step it is shown in (the facilitator's page has none)
            in_step(self, NARRATIVE_STEP[section])
        self.render()
        self.observe(lambda _change: self.render(), names="language")

    def render(self) -> None:
        self.value = narrative_html(self.section, self.language, self.page)

    def static_text(self) -> str:
        return text(f"{self.page}.{self.section}", self.language)

    def static_html(self) -> str:
        return narrative_html(self.section, self.language, self.page)
