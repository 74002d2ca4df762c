"""What every top-level Rebound widget shares."""

from __future__ import annotations

import html

from ..catalogue import text


class StaticFallback:
    """Mixin for widgets: where the widget cannot run, show what goes here instead of a Python repr.

    A notebook exported with nbconvert (HTML or PDF), opened before its cells have run, or compared by
    nbval shows a widget's ``text/html`` or ``text/plain``; the default is a long ``VBox(children=(...))``
    listing. Each widget says in one line what will appear in its place (``static_key``), so an export
    reads as a description of the page rather than the same "open it in Jupyter" note after every cell.
    A widget with real content to show without a kernel (the advice list) overrides ``static_html``.
    """

    static_key = "ui.static_fallback"

    def static_text(self) -> str:
        return text(self.static_key)

    def static_html(self) -> str:
        return f'<p class="rebound-static"><em>{html.escape(self.static_text())}</em></p>'

    def _repr_mimebundle_(self, **kwargs):
        data = dict(super()._repr_mimebundle_(**kwargs) or {})  # type: ignore[misc]
        data["text/plain"] = self.static_text()
        data["text/html"] = self.static_html()
        return data
