"""``Facts``: what follows from a situation, worked out once: the clock, how late, how much notice.

The plan, the messages and the views all read these, so "now", "very late" or "short notice" mean the
same thing everywhere and are computed in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from . import domain
from .clock import aligned, resolve_now
from .policy import SHORT_NOTICE
from .situation import (
    Situation,
    arrival,
    is_delayed_contact,
    is_late_stage,
    is_too_late_to_come,
    is_very_late,
    minutes_late,
    on_the_way,
    was_moved_before,
)


@dataclass(frozen=True)
class Facts:
    now: datetime  # read on the interview's clock
    interview_at: datetime | None  # aligned with ``now`` (comparable)
    arrival: datetime | None  # when a late candidate gets there
    minutes_late: int
    very_late: bool  # more than about 20 minutes: offer another day
    too_late: bool  # more than about an hour: ask for another day instead of coming
    short_notice: bool  # the interview is less than a day away
    slow_reply: bool  # missed, and more than two days have passed
    moved_before: bool  # this interview was moved once already
    late_stage: bool  # two or more interviews done
    with_zone: bool  # times carry their zone (a call, or a mix-up about the time)
    own_doing: bool  # the reason is the candidate's own doing (``domain.Reason.own_doing``)


def facts(s: Situation) -> Facts:
    """The facts of a valid situation (call ``validate`` first: this does not check)."""
    now = resolve_now(s)
    at = s.interview_at
    if at is not None:
        now, at = aligned(now, at)
    reason = domain.reason(s.reason)
    # A zone matters when candidate and employer may not share one (calls) or when it caused the problem.
    with_zone = s.interview_format != "in_person" or bool(reason and reason.about_the_clock)
    late = on_the_way(s)
    return Facts(
        now=now,
        interview_at=at,
        arrival=arrival(s) if late else None,
        minutes_late=minutes_late(s) if late else 0,
        very_late=late and is_very_late(s),
        too_late=late and is_too_late_to_come(s),
        short_notice=at is not None and now <= at < now + SHORT_NOTICE,
        slow_reply=is_delayed_contact(s),
        moved_before=was_moved_before(s),
        late_stage=is_late_stage(s),
        with_zone=with_zone,
        own_doing=bool(reason and reason.own_doing),
    )
