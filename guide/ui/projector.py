"""``ProjectorSwitch``: a labelled checkbox that turns projector mode (larger type, stronger contrast) on.

The mode is the browser's business: the kernel neither knows nor stores it. The switch sets a class on
the page's root element, which the stylesheets (``static/rebound.css`` for the widgets, the Voila
template's page stylesheet for the narrative) answer with larger type and darker inks, and it is
remembered in the browser's session storage for the rest of the visit (a reload keeps it; closing the
tab forgets it). Nothing reaches the server.
"""

from __future__ import annotations

import anywidget
import traitlets

from .shared import shared_layout
from ..catalogue import text
from .style import STATIC


class ProjectorSwitch(anywidget.AnyWidget):
    """The projector-mode checkbox; its label comes from the catalogue."""

    _esm = STATIC / "projector.js"
    label = traitlets.Unicode("").tag(sync=True)

    def __init__(self, **kwargs):
        super().__init__(label=text("ui.projector"), layout=shared_layout(), **kwargs)
