"""What every top-level Rebound widget shares."""

from __future__ import annotations

from ..catalogue import text


class StaticFallback:
    """Mixin for widgets: where the widget cannot run, show a sentence instead of a Python repr.

    A notebook viewed as a static page (or compared by nbval) shows a widget's ``text/plain``; the default
    is a long ``VBox(children=(...))`` listing. One plain sentence is kinder and stays the same run to run.
    """

    def _repr_mimebundle_(self, **kwargs):
        data = dict(super()._repr_mimebundle_(**kwargs) or {})  # type: ignore[misc]
        data["text/plain"] = text("ui.static_fallback")
        return data
