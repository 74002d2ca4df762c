"""The widget layer: small ipywidgets classes that wire controls to the core. No wording, no rules.

``App`` composes ``SituationForm`` (controls -> one ``Situation``), ``PlanView`` and ``MessageTabs``
(one ``MessageView`` per channel), laid out by ``Workspace`` (the form beside the plan and messages,
one column on a phone, with the ``ProjectorSwitch``); ``DraftReview`` checks a draft the candidate wrote. ``app()`` returns
the top widget. ipywidgets is imported here and nowhere in the core.
"""

from .app import App, app
from .draft_example import example_review_text
from .draft_view import DraftReview
from .example import example_situation, example_text
from .form import SituationForm
from .guidance_view import GuidanceView
from .message_view import MessageTabs, MessageView
from .notes import ProblemNote
from .plan_view import PlanView
from .projector import ProjectorSwitch
from .workspace import Workspace

__all__ = [
    "App",
    "DraftReview",
    "GuidanceView",
    "MessageTabs",
    "MessageView",
    "PlanView",
    "ProjectorSwitch",
    "ProblemNote",
    "SituationForm",
    "Workspace",
    "app",
    "example_review_text",
    "example_situation",
    "example_text",
]
