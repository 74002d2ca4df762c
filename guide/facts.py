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
    own_zone,
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
    with_zone: bool  # the candidate's clock differs from the interview's: times name the interview's zone
    own_doing: bool  # the reason is the candidate's own doing (``domain.Reason.own_doing``)


def facts(s: Situation) -> Facts:
    """The facts of a valid situation (call ``validate`` first: this does not check)."""
    now = resolve_now(s)
    at = s.interview_at
    if at is not None:
        now, at = aligned(now, at)
    reason = domain.reason(s.reason)
    # A zone is said only when the two clocks differ: a London candidate tells a London employer "4pm", not
    # "4pm GMT"; a candidate in Los Angeles tells a New York employer "10 AM New York time".
    with_zone = clocks_differ(s)
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


def clocks_differ(s: Situation) -> bool:
    """True when the candidate's clock shows another hour than the interview's at the interview."""
    mine, at = own_zone(s), s.interview_at
    if mine is None or not isinstance(at, datetime) or at.tzinfo is None:
        return False
    return at.utcoffset() != at.astimezone(mine).utcoffset()


def zone_words(moment: datetime, lang: str | None = None) -> str:
    """The interview's zone as people say it, in the language's words from CLDR: "New York time",
    "hora de Nueva York". A zone with no city (a bare UTC offset) keeps its short name."""
    from babel.dates import get_timezone_location  # Babel loads on first use: import guide stays cheap

    from . import i18n
    from .catalogue import text

    lang = lang or i18n.current()
    key = getattr(moment.tzinfo, "key", None)
    if not key:
        return moment.tzname() or ""
    city = get_timezone_location(key, locale=i18n.babel_locale(lang), return_city=True)
    return text("when.zone", lang, city=city)
