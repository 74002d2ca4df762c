"""Times as the participant reads them on their own clock, whatever zone the server runs in.

ipywidgets' ``DatetimePicker`` gives the kernel the right *instant*, but expressed in the server's
zone: the browser's zone never reaches the kernel. A letter must say "2:00 PM" if that is what the
participant picked, not the same instant in server time, and "now" must be their now.

So each picked time is read twice: the visible ``DatetimePicker`` gives the instant, and a hidden
``NaiveDatetimePicker`` linked to it *in the browser* (``jsdlink``) gives the wall-clock reading of the
same instant. Their difference is the participant's UTC offset on that date. ``BrowserClock`` uses the
same trick once at page load to learn the offset *now*.

Without a browser (tests, a notebook being executed) there is no wall-clock reading; a value set from
Python keeps the zone it was given.
"""

from __future__ import annotations

import datetime as dt

import ipywidgets as widgets
from ipywidgets.widgets.widget_description import DescriptionStyle
import traitlets

from ..catalogue import text
from .shared import shared_layout, shared_style

# Real UTC offsets lie within -12:00..+14:00 and are whole quarter hours. Anything else means the two
# readings belong to different picks (they arrive as two messages), so it is not an offset at all.
_MAX_OFFSET = dt.timedelta(hours=14)
_OFFSET_STEP = dt.timedelta(minutes=15)
UTC = dt.timezone.utc


def offset_between(wall: dt.datetime | None, instant: dt.datetime | None) -> dt.timedelta | None:
    """The UTC offset at which ``instant`` reads as ``wall``, or None if the pair cannot be one reading."""
    if wall is None or instant is None or instant.tzinfo is None:
        return None
    offset = wall.replace(tzinfo=None) - instant.astimezone(UTC).replace(tzinfo=None)
    if abs(offset) > _MAX_OFFSET or offset % _OFFSET_STEP:
        return None
    return offset


def _never_changed() -> dict[str, widgets.Widget]:
    """The shared layout and style, for a picker whose look nothing ever changes."""
    return {"layout": shared_layout(), "style": shared_style(DescriptionStyle)}


def _hidden_reader() -> widgets.NaiveDatetimePicker:
    """A picker the browser fills through a link and nobody sees: it needs no layout or style of its own."""
    return widgets.NaiveDatetimePicker(**_never_changed())


class LocalDatetimeField(traitlets.HasTraits):
    """One picked time: the visible ``picker`` plus its hidden wall-clock ``reader``.

    ``value`` is what the participant picked, as a datetime in their own UTC offset (or None).
    """

    value = traitlets.Instance(dt.datetime, allow_none=True)

    def __init__(self, label: str, hidden_at_times: bool = False, **picker_kwargs):
        super().__init__()
        # The picker's label style is shared; its layout is its own only if it is ever hidden (the form
        # hides a further "new time" slot until the one before is filled), else the kernel's shared one.
        if not hidden_at_times:
            picker_kwargs.setdefault("layout", shared_layout())
        self.picker = widgets.DatetimePicker(
            description=label, style=shared_style(DescriptionStyle, description_width="initial"), **picker_kwargs
        )
        self.reader = _hidden_reader()  # never displayed; filled by the browser through the link
        self._link = widgets.jsdlink((self.picker, "value"), (self.reader, "value"))
        self._offset: dt.timedelta | None = None
        self.picker.observe(self._update, names="value")
        self.reader.observe(self._update, names="value")

    def keep_reading_of(self, other: "LocalDatetimeField") -> None:
        """Hold ``other``'s pick, read on the same clock (this field replaces it on the page)."""
        self._offset = other._offset
        self.picker.value = other.picker.value
        self.value = other.value

    def _update(self, _change=None) -> None:
        instant, wall = self.picker.value, self.reader.value
        if instant is None:
            self.value = None
            return
        offset = offset_between(wall, instant)
        if offset is not None:
            self._offset = offset
        elif wall is not None and self._offset is None:
            # The two readings came from different picks and arrive one message apart; the next
            # message completes the pair, so wait for it rather than guess an offset.
            return
        if self._offset is None:
            # Set from Python (no browser): the value carries the zone it was given.
            self.value = instant
        else:
            self.value = instant.astimezone(dt.timezone(self._offset))


class BrowserClock(traitlets.HasTraits):
    """The participant's current UTC offset, learned from the browser once the page has loaded.

    ``offset`` stays None without a browser; ``now()`` then falls back to the zone it is given, and to
    UTC (named as such) rather than the server's local zone.
    """

    offset = traitlets.Instance(dt.timedelta, allow_none=True)

    def __init__(self, now_utc=None):
        super().__init__()
        self._now_utc = now_utc or (lambda: dt.datetime.now(UTC))
        probe_at = self._now_utc().replace(second=0, microsecond=0)
        self._probe = widgets.DatetimePicker(value=probe_at, **_never_changed())
        self._reader = _hidden_reader()
        self._link = widgets.jsdlink((self._probe, "value"), (self._reader, "value"))
        self._reader.observe(self._learn, names="value")

    def _learn(self, _change=None) -> None:
        found = offset_between(self._reader.value, self._probe.value)
        if found is not None:
            self.offset = found

    def now(self, fallback_zone: dt.tzinfo | None = None) -> dt.datetime:
        """The current instant, in the participant's zone if known, else ``fallback_zone``, else UTC."""
        instant = self._now_utc()
        if self.offset is not None:
            return instant.astimezone(dt.timezone(self.offset))
        return instant.astimezone(fallback_zone or UTC)


def slot_labels() -> tuple[str, ...]:
    """Labels of the up-to-three "new time" pickers: the field's own name first, then "another"."""
    return (text("field.proposed_slots"), text("ui.slot.2"), text("ui.slot.3"))
