"""Rebound: what to do after missing, being late to, moving, canceling or withdrawing from an interview.

The public API::

    from guide import Situation, advise, validate, plan, compose, InvalidSituation, review

Scenarios, kinds of message and reasons are declared once in ``guide.domain`` (``ScenarioId``, ...);
the guidance's thresholds, each with its source, in ``guide.policy``.

``advise(situation)`` is the one call a view needs: the problems, the plan and every message at once.

This package's core is plain Python (no widgets); the widget layer is ``guide.ui``. Jinja2 is imported
on the first ``compose`` call, not here, so importing the guide stays cheap for every kernel.
"""

from .advice import Advice, advise
from .domain import CHANNELS, REASONS, SCENARIOS, KindId, ReasonId, ScenarioId, channels_for, reasons_for
from .messages import Message, Parts, UnsupportedChannel, compose, kinds_for
from .review import Finding, Review, review
from .rules import RULES, Rule
from .situation import FORMATS, TONES, InvalidSituation, Problem, Situation, validate
from .timeline import ActionPlan, Step, plan

__all__ = [
    "ActionPlan",
    "Advice",
    "advise",
    "kinds_for",
    "Parts",
    "Finding",
    "CHANNELS",
    "FORMATS",
    "InvalidSituation",
    "KindId",
    "Message",
    "Problem",
    "REASONS",
    "ReasonId",
    "Review",
    "RULES",
    "Rule",
    "SCENARIOS",
    "ScenarioId",
    "Situation",
    "Step",
    "TONES",
    "UnsupportedChannel",
    "channels_for",
    "compose",
    "plan",
    "reasons_for",
    "review",
    "validate",
]
