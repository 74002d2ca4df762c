"""The widget layer: small ipywidgets classes that wire controls to the core. No wording, no rules.

``App`` composes ``SituationForm`` (controls -> one ``Situation``), ``PlanView`` and ``MessageTabs``
(one ``MessageView`` per channel). ``app()`` returns the top widget. ipywidgets is imported here and
nowhere in the core.
"""

from .app import App, app
from .example import example_situation, example_text
from .form import SituationForm
from .guidance_view import GuidanceView
from .message_view import MessageTabs, MessageView
from .notes import ProblemNote
from .plan_view import PlanView

__all__ = [
    "App",
    "GuidanceView",
    "MessageTabs",
    "MessageView",
    "PlanView",
    "ProblemNote",
    "SituationForm",
    "app",
    "example_situation",
    "example_text",
]
