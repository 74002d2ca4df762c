"""A fixed example situation per scenario, so a notebook can show exactly what the guide writes.

Every date is fixed (including "now"), so the output is the same on any day and in any zone.
"""

from __future__ import annotations

from datetime import datetime

from ..catalogue import text
from ..messages import compose
from ..situation import Situation

# Tuesday 11 March 2025, mid-afternoon: the moment the made-up candidate sits down to deal with it.
_NOW = datetime(2025, 3, 11, 15, 30)

_BY_SCENARIO: dict[str, dict[str, object]] = {
    # Missed an in-person interview this morning because of traffic; offers two new times.
    "missed": dict(
        reason="traffic",
        interview_at=datetime(2025, 3, 11, 10, 0),
        proposed_slots=(datetime(2025, 3, 13, 10, 0), datetime(2025, 3, 14, 14, 0)),
    ),
    # On the bus, 25 minutes from a 3:30 PM interview: more than 20 minutes late, so offers another time.
    "late": dict(
        reason="traffic",
        interview_at=datetime(2025, 3, 11, 15, 30),
        eta_minutes=25,
        proposed_slots=(datetime(2025, 3, 13, 10, 0),),
    ),
    # A conflicting appointment on Thursday; asks to move it and offers two times.
    "reschedule": dict(
        reason="conflict",
        interview_at=datetime(2025, 3, 13, 10, 0),
        proposed_slots=(datetime(2025, 3, 17, 10, 0), datetime(2025, 3, 18, 14, 0)),
    ),
    # No longer interested; cancels Thursday's interview two days ahead.
    "cancel": dict(reason="not_interested", interview_at=datetime(2025, 3, 13, 10, 0)),
    # Accepted another offer after two interviews; withdraws before the third.
    "withdraw": dict(reason="accepted_offer", interview_at=datetime(2025, 3, 13, 10, 0), interviews_so_far=2),
}


def example_situation(scenario: str = "missed") -> Situation:
    """A made-up candidate, Alex, in ``scenario``."""
    return Situation(
        scenario=scenario,
        candidate_name="Alex Rivera",
        company="Northwind Logistics",
        role="Warehouse Supervisor",
        contact_name="Jordan Lee",
        now=_NOW,
        location="200 Harbor Street, Springfield",
        interview_format="in_person",
        tone="formal",
        candidate_phone="555-0142",
        candidate_email="alex.rivera@example.com",
        **_BY_SCENARIO[scenario],  # type: ignore[arg-type]
    )


def example_text(channel: str = "email", scenario: str = "missed") -> str:
    """The plain text the guide writes for the example on ``channel``, subject line first if it has one."""
    message = compose(example_situation(scenario), channel)
    if message.subject:
        return f"{text('ui.message.subject')} {message.subject}\n\n{message.body}"
    return message.body
