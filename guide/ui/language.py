"""The page's language: chosen on the page, asked for in the address (``?lang=es``), or set for the
chapters (``use_language("es")`` or ``REBOUND_LANG=es``).

The language lives in the ``App``'s one ``language`` trait (and in its form's ``Situation.language``);
each view renders from it. What is read here is read when a view is built, never when this package is
imported.

- ``language_in_query``: the language a query string asks for (``lang=en-GB``), if the guide speaks it.
- ``address_language``: the one Voila's request asked for. Voila puts the query string in the kernel's
  environment (``QUERY_STRING``) before the notebook runs; a preheated kernel (workshop mode) runs the
  notebook before anyone connects, so there ``follow_address`` waits for the request in the background
  (Voila's ``wait_for_request`` protocol, ``voila_request.py``, which fills the environment once the
  page is asked for) and then hands the language to the kernel's own loop, where widgets are changed.
- ``use_language``: a chapter's language (its first cell), for every view and example built after it
  that names none; without it, ``REBOUND_LANG`` in the environment, read then (``guide.i18n``).
- ``LanguageChoice``: the drop-down (each language in its own name), with ``PageLanguage``, which keeps
  the page's ``<html lang>`` in step (WCAG 3.1.1).
"""

from __future__ import annotations

import asyncio
import os
import threading
from typing import Callable
from urllib.parse import parse_qs

import anywidget
import ipywidgets as widgets
import traitlets

from ipywidgets.widgets.widget_description import DescriptionStyle

from .shared import shared_layout, shared_style
from ..catalogue import text
from ..i18n import current, display_name, languages, normalize, set_default_language
from .base import Speaks, StaticFallback
from .safety import log_failure
from .style import STATIC

QUERY_PARAMETER = "lang"
LABEL_STYLE = {"description_width": "initial"}


def language_in_query(query: str | None) -> str | None:
    """The supported language ``?lang=`` asks for in ``query`` ("lang=es&x=1" -> "es"), else None."""
    if not query:
        return None
    asked = parse_qs(query.lstrip("?")).get(QUERY_PARAMETER, [])
    return normalize(asked[0]) if asked else None


def under_preheat() -> bool:
    """True in a kernel Voila started ahead of any visitor (``preheat_kernel``)."""
    return os.environ.get("VOILA_PREHEAT", "False") != "False"


def address_language() -> str | None:
    """The language the page's address asked for, as far as this kernel knows it now."""
    return language_in_query(os.environ.get("QUERY_STRING"))


def use_language(lang: str) -> str:
    """A chapter's language (``language = use_language("es")`` in its first cell): every form, view and
    example built after this that names no language of its own speaks it. Returns the language as the
    guide names it; an unknown one raises ``UnknownLanguage``. An ``App`` switched on the page keeps its
    language to itself."""
    set_default_language(lang)
    return current()


def _kernel_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def follow_address(switch: Callable[[str], object], wait: Callable[[], object] | None = None) -> None:
    """Once the page's address is known, call ``switch(lang)`` if it asks for a language.

    Without preheating the address is known now (Voila started the kernel for this request). A preheated
    kernel learns it only when someone opens the page: ``wait`` (Voila's ``wait_for_request``) blocks a
    background thread until then, and the switch is handed to the kernel's event loop, so widgets are
    only ever changed where the kernel handles the page's messages.
    """
    if not under_preheat():
        found = address_language()
        if found:
            switch(found)
        return
    loop = _kernel_loop()
    if wait is None:
        from ..room.voila_request import wait_for_request as wait  # Voila's protocol, without Voila's imports

    def run() -> None:
        try:
            wait()
            found = address_language()
            if found:
                if loop is not None:
                    loop.call_soon_threadsafe(switch, found)
                else:
                    switch(found)
        except Exception as exc:  # the page stays in its language; a developer can read why
            log_failure("reading the page's address", exc)

    threading.Thread(target=run, name="rebound-address", daemon=True).start()


class PageLanguage(anywidget.AnyWidget):
    """Invisible: keeps ``<html lang>`` equal to ``lang`` on a Voila page (``static/page_language.js``)."""

    _esm = STATIC / "page_language.js"
    lang = traitlets.Unicode("").tag(sync=True)


class LanguageChoice(StaticFallback, Speaks, widgets.VBox):
    """The language drop-down: every language the guide speaks, each named in itself ("Español").

    ``language`` is the language chosen, which the control is labelled in and ``<html lang>`` follows.
    Picking one in the drop-down sets it; setting it (the app does) shows it as chosen. The two follow
    each other with plain observers: setting a trait to the value it has notifies nobody, so they
    settle at once, and an app that refuses a language can set it back from inside the change.
    """

    static_key = "page.static.language"  # what an export shows in its place

    def __init__(self, lang: str | None = None):
        lang = self._start_speaking(lang)
        self.dropdown = widgets.Dropdown(
            options=[(display_name(code), code) for code in languages()],
            value=lang,
            description=text("page.language", lang),
            layout=shared_layout(),
            style=shared_style(DescriptionStyle, **LABEL_STYLE),
        )
        self.page = PageLanguage(lang=lang, layout=shared_layout())
        super().__init__([self.dropdown, self.page], layout=shared_layout())
        self.add_class("rebound")
        self.add_class("rebound-language")
        self.dropdown.observe(lambda change: setattr(self, "language", change["new"]), names="value")
        self.observe(lambda change: self._show(change["new"]), names="language")

    def _show(self, lang: str) -> None:
        self.dropdown.value = lang
        self.dropdown.description = text("page.language", lang)
        self.page.lang = lang
