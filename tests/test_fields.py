"""One table of fields (guide/fields.py): every field of ``Situation`` survives save -> load -> form -> situation
unchanged, in the app's form and in each chapter's, for any values a participant could give.

The round trip is compared strictly: a time must come back as the same instant *on the same clock* (its
offset and its zone's name), since the zone decides the employer's country and its public holidays, which
``datetime``'s own equality (instants only) would not notice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide.clock import country_of_zone, interview_zone_names
from guide.saved import dumps, loads
from guide.situation import ADDRESS_AS, FORMATS, SCENARIOS, TONES, Situation, reasons_for
from guide.ui import App

NOW_UTC = dt.datetime(2027, 3, 9, 20, 30, tzinfo=dt.timezone.utc)
# The app offers every scenario; each chapter its own (notebooks/*.ipynb build them so).
FORMS = {"app": (), "missed": ("missed",), "late": ("late",), "moving": ("reschedule", "cancel", "withdraw")}
# Where a field applies (the form hides it elsewhere and reads its default).
MOVED = ("missed", "reschedule", "late")


def strictly(s: Situation) -> dict[str, object]:
    """Every field but the clock, times as (instant, offset, zone name): what must survive unchanged."""

    def moment(value):
        if not isinstance(value, dt.datetime):
            return value
        return (value.isoformat(), getattr(value.tzinfo, "key", None))

    out = {}
    for f in dataclasses.fields(s):
        value = getattr(s, f.name)
        out[f.name] = tuple(moment(v) for v in value) if isinstance(value, tuple) else moment(value)
    del out["now"]
    return out


# --- what a participant can give: any text, any number, any time on any clock the form offers -----------
typed = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)  # a browser sends no lone surrogates
offsets = st.integers(-48, 56).map(lambda quarters: dt.timezone(dt.timedelta(minutes=15 * quarters)))
wall_clock = st.datetimes(
    min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2199, 12, 30), allow_imaginary=False
).map(lambda t: t.replace(second=0, microsecond=0))


# The count boxes (IntText) take any whole number, beyond what anyone means too (validate() says so).
counts = st.one_of(st.integers(-(10**6), 10**6), st.integers(-(10**15), 10**15))


def minutes_typed():
    """What the minutes box gives back: a whole number of up to six digits, or other text as typed."""
    text = typed.map(str.strip).filter(lambda t: t and not (t.isdecimal() and len(t) <= 6))
    return st.one_of(st.none(), st.integers(0, 999_999), text)


@st.composite
def situations(draw, scenarios: tuple[str, ...]) -> Situation:
    scenario = draw(st.sampled_from(scenarios))
    zone_name = draw(st.one_of(st.just(""), st.sampled_from(interview_zone_names())))
    # Picked on the participant's clock, read on the employer's when one is chosen.
    clock = st.just(ZoneInfo(zone_name)) if zone_name else offsets

    def time():
        return st.builds(lambda wall, zone: wall.replace(tzinfo=zone).astimezone(zone), wall_clock, clock)

    interview_format = draw(st.sampled_from(FORMATS))
    moved = scenario in MOVED
    return Situation(
        scenario=scenario,
        reason=draw(st.sampled_from(("", *reasons_for(scenario)))),
        candidate_name=draw(typed),
        company=draw(typed),
        role=draw(typed),
        contact_name=draw(typed),
        interview_at=draw(st.one_of(st.none(), time())),
        location=draw(typed) if interview_format == "in_person" else "",
        interview_format=interview_format,
        tone=draw(st.sampled_from(TONES)),
        address_as=draw(st.sampled_from(ADDRESS_AS)),
        proposed_slots=tuple(draw(st.lists(time(), max_size=3))) if moved else (),
        eta_minutes=draw(minutes_typed()) if scenario == "late" else None,
        candidate_phone=draw(typed),
        candidate_email=draw(typed),
        interviews_so_far=draw(counts),
        agreed_at=draw(st.one_of(st.none(), time())) if moved else None,
        times_moved=draw(counts) if moved else 0,
        country=country_of_zone(ZoneInfo(zone_name)) or "" if zone_name else "",
        language="en",
    )


class Forms(dict):
    def __repr__(self) -> str:  # a failing example names the page, not every widget on it
        return f"<the forms of {', '.join(self)}>"


@pytest.fixture(scope="module")
def forms():
    """One form per page, reused for every example (fill() sets every control, so nothing carries over)."""
    return Forms({name: App(*scenarios, now_utc=lambda: NOW_UTC, language="en").form for name, scenarios in FORMS.items()})


@pytest.mark.parametrize("page", list(FORMS))
# No example database: nothing is written to the checkout; a failure prints its example in full.
@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_situation_survives_save_load_form_and_back(forms, page, data):
    form = forms[page]
    s = data.draw(situations(FORMS[page] or SCENARIOS))
    loaded = loads(dumps(s))
    assert strictly(loaded) == strictly(s), "the file changed it"
    assert form.fill(loaded) is None, "the form said part of it could not be loaded"
    assert strictly(form.read()) == strictly(s), "the form changed it"


def test_every_field_of_situation_is_in_the_table_once_and_the_table_holds_nothing_else():
    from guide.fields import FIELDS

    assert sorted(f.name for f in FIELDS) == sorted(f.name for f in dataclasses.fields(Situation))
    assert len({f.name for f in FIELDS}) == len(FIELDS)


def test_every_field_on_the_form_has_a_control_a_row_a_label_and_its_help(forms):
    from guide.catalogue import text
    from guide.fields import FORM_FIELDS

    form = forms["app"]
    for f in FORM_FIELDS:
        assert form.controls[f.control].description == text(f.label)
        assert f.control in form.rows and f.control in form.notes
        if f.help:
            assert f.control in form.helps
    assert set(form.controls) == {f.control for f in FORM_FIELDS}


def test_every_saved_field_is_filled_back_by_the_form_except_the_pages_language():
    """A field saved but never filled back is the drift issue 22 found (times_moved, the zone): the
    only one the form does not set is the language, which is the page's (fill() says when they differ)."""
    from guide.fields import FORM_FIELDS, SAVED

    assert {f.name for f in SAVED} - {f.name for f in FORM_FIELDS} == {"language"}
