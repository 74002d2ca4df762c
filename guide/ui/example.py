"""A fixed example situation, so a notebook can show exactly what the guide writes, run after run.

Every date is fixed (including "now"), so the output is the same on any day and in any zone.
"""

from __future__ import annotations

from datetime import datetime

from ..catalogue import text
from ..messages import compose
from ..situation import Situation


def example_situation() -> Situation:
    """A made-up candidate who missed an in-person interview because of traffic."""
    return Situation(
        scenario="missed",
        reason="traffic",
        candidate_name="Alex Rivera",
        company="Northwind Logistics",
        role="Warehouse Supervisor",
        contact_name="Jordan Lee",
        interview_at=datetime(2025, 3, 11, 10, 0),
        now=datetime(2025, 3, 11, 15, 30),
        location="200 Harbor Street, Springfield",
        interview_format="in_person",
        tone="formal",
        proposed_slots=(datetime(2025, 3, 13, 10, 0), datetime(2025, 3, 14, 14, 0)),
        candidate_phone="555-0142",
        candidate_email="alex.rivera@example.com",
    )


def example_text(channel: str = "email") -> str:
    """The plain text the guide writes for the example on ``channel``, subject line first if it has one."""
    message = compose(example_situation(), channel)
    if message.subject:
        return f"{text('ui.message.subject')} {message.subject}\n\n{message.body}"
    return message.body
