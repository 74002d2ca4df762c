"""What every top-level Rebound widget shares: a line to show where it cannot run, and its language."""

from __future__ import annotations

import functools
import html

import traitlets

from .. import i18n
from ..catalogue import text


class Speaks(traitlets.HasTraits):
    """A view shown in one language, ``language``: the language in force when it is built (the app's,
    the situation's, or the chapter's), and after that whatever its owner sets: the app its language,
    a view of a situation the situation's. Its callbacks run in it (``in_own_language``), so a label
    made after a click is in the page's language whatever the kernel's default is.

    A view that can be shown again in another language observes ``language`` once it is built."""

    language = traitlets.Unicode()

    def _start_speaking(self, lang: str | None = None) -> str:
        """Set ``language`` (before anything observes it): ``lang``, else the language in force."""
        self.language = i18n.normalize(lang) or i18n.current()
        return self.language


def in_own_language(method):
    """Run a ``Speaks`` view's method in the view's language."""

    @functools.wraps(method)
    def run(self, *args, **kwargs):
        with i18n.speaking(self.language):
            return method(self, *args, **kwargs)

    return run


def built_in_its_language(init):
    """Decorate a ``Speaks`` view's ``__init__``: it takes ``language=`` (by default the language in
    force), which is set first, and everything is built in it."""

    @functools.wraps(init)
    def build(self, *args, language: str | None = None, **kwargs):
        with i18n.speaking(self._start_speaking(language)):
            init(self, *args, **kwargs)

    return build


class StaticFallback:
    """Mixin for widgets: where the widget cannot run, show what goes here instead of a Python repr.

    A notebook exported with nbconvert (HTML or PDF), opened before its cells have run, or compared by
    nbval shows a widget's ``text/html`` or ``text/plain``; the default is a long ``VBox(children=(...))``
    listing. Each widget says in one line what will appear in its place (``static_key``), so an export
    reads as a description of the page rather than the same "open it in Jupyter" note after every cell.
    A widget with real content to show without a kernel (the advice list) overrides ``static_html``.
    The line is in the widget's language, if it has one.
    """

    static_key = "ui.static_fallback"

    def static_text(self) -> str:
        return text(self.static_key, i18n.normalize(getattr(self, "language", None)))

    def static_html(self) -> str:
        return f'<p class="rebound-static"><em>{html.escape(self.static_text())}</em></p>'

    def _repr_mimebundle_(self, **kwargs):
        data = dict(super()._repr_mimebundle_(**kwargs) or {})  # type: ignore[misc]
        data["text/plain"] = self.static_text()
        data["text/html"] = self.static_html()
        return data
