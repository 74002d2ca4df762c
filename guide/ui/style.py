"""The look of Rebound's widgets, shipped with the widgets so JupyterLab and Voila show the same page.

The rules live in one file, ``static/rebound.css``, and reach the page once: ``stylesheet()`` is an
anywidget whose CSS the front end injects as one ``<style>`` keyed by the widget's class, so however many
top-level widgets include it, the page holds one copy. Colors are custom properties set per theme (light,
dark following ``prefers-color-scheme``, and projector mode in each); ``palette`` reads them back so the
tests check every text color against its background in every theme.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import anywidget

STATIC = Path(__file__).parent / "static"
STYLESHEET = STATIC / "rebound.css"

# Each theme is the light palette with the blocks named after it laid over it, in this order.
THEMES: dict[str, tuple[str, ...]] = {
    "light": ("light",),
    "dark": ("light", "dark"),
    "projector": ("light", "projector"),
    "projector-dark": ("light", "dark", "projector", "projector-dark"),
}

# Text color, background it sits on (names in the palette): the pairs the contrast test checks.
PAIRS = (
    ("ink", "paper"),
    ("muted-ink", "paper"),
    ("ink", "tab-paper"),
    ("due-ink", "paper"),  # the selected tab's name
    ("error-ink", "error-paper"),
    ("warning-ink", "warning-paper"),
    ("due-ink", "due-paper"),
    ("pass-ink", "pass-paper"),
)

_BLOCK = re.compile(r"/\*\s*theme:\s*([\w-]+)\s*\*/\s*[^{]+\{([^}]*)\}")
_PROPERTY = re.compile(r"--rb-([\w-]+)\s*:\s*([^;]+);")


@cache
def _blocks() -> dict[str, dict[str, str]]:
    css = STYLESHEET.read_text(encoding="utf-8")
    return {name: dict(_PROPERTY.findall(body)) for name, body in _BLOCK.findall(css)}


def palette(theme: str) -> dict[str, str]:
    """The colors of ``theme`` by name (``ink``, ``paper``, ...), as the stylesheet sets them."""
    colors: dict[str, str] = {}
    for block in THEMES[theme]:
        colors.update(_blocks()[block])
    return {name: value.strip() for name, value in colors.items()}


def contrast_pairs(*pairs: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """``(ink, paper)`` hex colors of each named pair in every theme, for a contrast test to check."""
    found = []
    for theme in THEMES:
        colors = palette(theme)
        found += [(colors[ink], colors[paper]) for ink, paper in pairs]
    return tuple(dict.fromkeys(found))


CONTRAST_PAIRS = contrast_pairs(*PAIRS)


class Stylesheet(anywidget.AnyWidget):
    """Carries ``static/rebound.css`` to the page; shows nothing itself."""

    _esm = STATIC / "stylesheet.js"
    _css = STYLESHEET


# The kernel's one stylesheet widget (a list, so it can be replaced once closed).
_SHEET: list[Stylesheet] = []


def stylesheet() -> Stylesheet:
    """The stylesheet, for a top-level Rebound widget to include: one widget for the whole kernel.

    A widget shown in several places is one model with several views, so the CSS (18 KB) travels once
    in the widgets' state a page asks for as it opens, not once per top-level widget (five in the app).
    The guide never closes it; if something else does, widgets made afterwards get a new one (those made
    before keep the closed one, and the page keeps the style it already has).
    """
    if not _SHEET or _SHEET[0].comm is None:  # none yet, or it was closed
        sheet = Stylesheet()
        sheet.layout.display = "none"  # the style applies anyway; the box itself takes no room
        _SHEET[:] = [sheet]
    return _SHEET[0]
