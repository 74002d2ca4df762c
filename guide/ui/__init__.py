"""The widget layer: small ipywidgets classes that wire controls to the core. No wording, no rules.

``App`` composes ``SituationForm`` (controls -> one ``Situation``), ``PlanView`` and ``MessageTabs``
(one ``MessageView`` per channel), laid out by ``Workspace`` (the form beside the plan and messages,
one column on a phone, with the ``ProjectorSwitch``); ``DraftReview`` checks a draft the candidate wrote;
``SavedAnswers`` (in the form) saves the answers to a file and loads them back. ``App()`` is the top
widget. The page speaks one language at a time, the app's ``language`` trait (``guide.ui.language``):
``App(language="es")``, the address's ``?lang=es`` in Voila, or for the chapters ``use_language("es")``
or ``REBOUND_LANG=es`` in the environment, read when a view is built (importing this package changes
nothing). ipywidgets is imported here and nowhere in the core; the examples the chapters print are core
(``guide.examples``).
"""

from .app import App
from .form import SituationForm
from .guidance_view import GuidanceView
from .language import LanguageChoice, use_language
from .message_view import MessageTabs, MessageView
from .notes import ProblemNote
from .plan_view import PlanView
from .projector import ProjectorSwitch
from .workspace import Workspace
from .saved_view import SavedAnswers
from .in_browser import send_layout_none



def __getattr__(name: str):
    """``DraftReview`` is imported when first asked for: its review (and the draft check's libraries) is
    not part of loading the app's page (issue 28)."""
    if name == "DraftReview":
        from .draft_view import DraftReview

        return DraftReview
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


send_layout_none()  # in the browser (the static site) only: a part shown again must not stay hidden

__all__ = [
    "App",
    "DraftReview",
    "GuidanceView",
    "LanguageChoice",
    "MessageTabs",
    "MessageView",
    "PlanView",
    "ProjectorSwitch",
    "ProblemNote",
    "SavedAnswers",
    "SituationForm",
    "Workspace",
    "use_language",
]
