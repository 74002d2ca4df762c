"""``SituationForm``: the controls, turned into one ``Situation`` value and nothing more.

The form's only output is its ``situation`` trait; views are wired to that. Problems from ``validate``
are shown beside a field only once the person has touched that field, so a fresh form is calm rather than
a wall of "please fill this in"; the plan and message areas say gently what is still missing.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import ipywidgets as widgets
from ipywidgets.widgets.widget_description import DescriptionStyle
from ipywidgets.widgets.widget_string import TextStyle
import traitlets

from ..catalogue import text
from ..clock import country_of_zone, interview_zone_names, offset_name, parse_zone
from ..advice import advise
from ..fields import FORM_FIELDS, Field, in_range
from ..i18n import display_name, languages
from ..saved import zone_of_country
from ..situation import ADDRESS_AS, EMPLOYER_HOURS, FORMATS, SCENARIOS, TONES, Situation, reasons_for
from .base import Speaks, StaticFallback, built_in_its_language, in_own_language
from .notes import ProblemNote, group_heading, help_line, help_markup
from .safety import failure_html, log_failure, run_safely
from .saved_view import SavedAnswers
from .style import stylesheet
from .timepick import BrowserClock, LocalDatetimeField, slot_labels
from .shared import html_widget, shared_layout, shared_style
from .steps import group_step, in_step


# The controls, their rows, read() and fill() all follow guide/fields.py's table (FORM_FIELDS): one
# builder, reader and writer per kind of widget below, so a field added there is on the form both ways.
# Read through their LocalDatetimeField (the participant's own clock), not the picker's value.
PICKED_TIMES = tuple(f.control for f in FORM_FIELDS if f.widget in ("time", "times"))
# The choices each drop-down offers (the scenario and the reason depend on the chapter and the scenario).
CHOICE_VALUES = {
    "interview_format": FORMATS, "tone": TONES, "employer_hours": EMPLOYER_HOURS, "address_as": ADDRESS_AS,
}


def minutes(typed: str) -> int | str | None:
    """A typed number of minutes: None if empty, an int if it is a whole number.

    Anything else is passed on as typed, so that ``validate`` explains it in its own words rather than
    the form inventing a message.
    """
    typed = typed.strip()
    if not typed:
        return None
    # A very long run of digits stays text: validate() then says it is too many minutes, and int() never
    # meets a string beyond Python's digit limit.
    return int(typed) if typed.isdecimal() and len(typed) <= 6 else typed


def _aware(moment: dt.datetime | None, zone: dt.tzinfo | None) -> dt.datetime | None:
    """A date picker needs a time zone; a time saved without one is read on the participant's clock."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=zone)


def _shared_look(style: type[widgets.Widget]) -> dict[str, widgets.Widget]:
    """A control's layout and label style: the kernel's shared ones (its row is what the form hides)."""
    return {"layout": shared_layout(), "style": shared_style(style, description_width="initial")}


def _choices(prefix: str, values) -> list[tuple[str, str]]:
    return [(text(f"{prefix}.{v}"), v) for v in values]


# The class of a row the form hides (rebound.css: display none), as the field does not apply.
HIDDEN_ROW = "rebound-row-off"

# The value of a choice not made yet; validate() asks for one.
UNANSWERED = ""


def _reason_choices(scenario: str) -> list[tuple[str, str]]:
    """"Choose one" first, then the reasons that fit the scenario."""
    return [(text("ui.reason.choose"), UNANSWERED)] + _choices("reason", reasons_for(scenario))


class SituationForm(StaticFallback, Speaks, widgets.VBox):
    """Every control of the guide; ``situation`` is the single value they describe. The controls are
    labelled in ``language``, which is the situation's: setting it builds them again in it."""

    static_key = "ui.static.form"  # what an export shows in its place

    situation = traitlets.Instance(Situation)

    @built_in_its_language  # SituationForm(language="es"), else the language in force
    def __init__(
        self,
        clock: BrowserClock | None = None,
        now_utc: Callable[[], dt.datetime] | None = None,
        scenarios: tuple[str, ...] = SCENARIOS,
    ):
        # A chapter about one situation offers only its own scenarios; the app offers all five.
        self.scenarios = tuple(sc for sc in scenarios if sc in SCENARIOS) or SCENARIOS
        self.clock = clock or BrowserClock(now_utc=now_utc)
        self.touched: set[str] = set()
        self._syncing = False  # True while the form itself adjusts controls (not the person)
        self.controls: dict[str, widgets.Widget] = {}
        self.notes: dict[str, ProblemNote] = {}
        self.rows: dict[str, widgets.VBox] = {}
        self.helps: dict[str, ProblemNote] = {}  # the notes of the fields with a help line
        self._build_controls()
        self.status = html_widget()
        self.saved = SavedAnswers(fill=self.fill, language=self.language)
        super().__init__(self._layout(), layout=shared_layout())
        self.add_class("rebound")
        self.add_class("rebound-form")
        self._wire()
        # The participant's offset arrives from the browser after the page loads; "now" depends on it.
        self.clock.observe(lambda _change: self.refresh(), names="offset")
        self.situation = Situation(language=self.language)
        self._saved_link = traitlets.dlink((self, "situation"), (self.saved, "situation"))
        self.refresh()
        self.observe(self._speak, names="language")

    @in_own_language
    def _speak(self, change) -> None:
        """The language changed: every control built again in it, holding what was typed and chosen,
        the same fields marked as touched; then the situation is published in that language (the plan
        and the messages follow it). If a label is missing in it, the form stays whole in its own and
        the error is raised for the app to go back."""
        kept = {name: control.value for name, control in self.controls.items() if name not in PICKED_TIMES}
        times = [self.interview_at, self.agreed_at, *self.slots]
        built = ("controls", "notes", "rows", "helps", "interview_at", "agreed_at", "slots", "saved")
        before = {name: getattr(self, name) for name in built}
        try:
            self.controls, self.notes, self.rows, self.helps = {}, {}, {}, {}
            self._build_controls()
            self.saved = SavedAnswers(fill=self.fill, language=self.language)
            layout = self._layout()
        except Exception:
            # A label the new language lacks: the form stays as it was, whole, in its language.
            for name, value in before.items():
                setattr(self, name, value)
            self.language = change["old"]
            raise
        self._saved_link.unlink()
        self._saved_link = traitlets.dlink((self, "situation"), (self.saved, "situation"))
        self._syncing = True
        try:
            self.controls["scenario"].value = kept.pop("scenario")
            self._fit_to_scenario()  # the reasons that fit the scenario, before the reason is set again
            for name, value in kept.items():
                self.controls[name].value = value
            for new, old in zip([self.interview_at, self.agreed_at, *self.slots], times, strict=True):
                new.keep_reading_of(old)
        finally:
            self._syncing = False
        self.children = layout
        self._wire()
        self.refresh()

    # --- building ------------------------------------------------------------------------------------
    def _build_controls(self) -> None:
        for f in FORM_FIELDS:
            self.controls[f.control] = self._build(f)

    def _build(self, f: Field) -> widgets.Widget:
        """The control of one field, by the kind of widget the table gives it."""
        label = text(f.label)
        if f.widget == "choice":
            if f.name == "scenario":
                options, value = _choices("scenario", self.scenarios), self.scenarios[0]
            elif f.name == "reason":
                # "Why?" starts unanswered: a reason nobody chose could be untrue, and it would go into every message.
                options, value = _reason_choices(self.scenarios[0]), UNANSWERED
            else:
                options, value = _choices(f.options, CHOICE_VALUES[f.name]), CHOICE_VALUES[f.name][0]
            return widgets.Dropdown(options=options, value=value, description=label, **_shared_look(DescriptionStyle))
        if f.widget in ("text", "text_on_leave", "minutes"):
            # Minutes in a text box, not a number box: it can start empty instead of showing a "0" nobody typed.
            return widgets.Text(
                description=label, continuous_update=f.widget != "text_on_leave", **_shared_look(TextStyle)
            )
        if f.widget == "count":
            return widgets.IntText(value=0, description=label, **_shared_look(DescriptionStyle))
        if f.widget == "zone":
            # The employer's clock, when it is not the participant's: due times then name both clocks, and
            # the zone's country gives the public holidays. Times are still picked on the participant's clock.
            zones = [(name.replace("_", " "), name) for name in interview_zone_names()]
            return widgets.Dropdown(
                options=[(text("ui.zone.same"), "")] + zones, value="", description=label, **_shared_look(DescriptionStyle)
            )
        if f.widget == "time":
            picked = LocalDatetimeField(label)
            setattr(self, f.name, picked)  # self.interview_at, self.agreed_at: read on the participant's clock
            return picked.picker
        if f.widget == "times":
            # Only the second and third slots are ever hidden (see _fit_to_scenario).
            self.slots = [LocalDatetimeField(label, hidden_at_times=i > 0) for i, label in enumerate(slot_labels())]
            return self.slots[0].picker
        raise ValueError(f"no control for a {f.widget!r} field")

    def _row(
        self, name: str, help_sentence: str | None = None, controls: list | None = None, step: str = "details"
    ) -> widgets.VBox:
        """A field's row: its control(s), then one note holding its problems and its help line. The row
        has its own layout (the form hides it where the field does not apply); nothing else does."""
        note = self.notes[name] = ProblemNote(name, help_markup(help_sentence) if help_sentence is not None else "")
        if help_sentence is not None:
            self.helps[name] = note  # its ``help`` changes with the scenario (the interview time's)
        # Every row shares one layout: a row that does not apply is hidden by a class (HIDDEN_ROW, in
        # rebound.css), not by a layout of its own, so the form draws one model fewer per field.
        row = widgets.VBox(list(controls or [self.controls[name]]) + [note], layout=shared_layout())
        row.add_class("rebound-row")
        in_step(row, step)  # on a phone, the step it is shown in
        self.rows[name] = row
        return row

    def _layout(self) -> list[widgets.Widget]:
        privacy = in_step(html_widget(help_markup(text("ui.form.privacy")), "rebound-privacy"), "happened")
        rows: list[widgets.Widget] = []
        step = group_step(None)
        for f in FORM_FIELDS:
            if f.group:
                step = group_step(f.group)  # a field is in its group's step (on a phone)
                rows.append(in_step(group_heading(text(f.group)), step))
            if f.group_help:
                rows.append(in_step(help_line(text(f.group_help)), step))
            controls = [slot.picker for slot in self.slots] if f.widget == "times" else None
            rows.append(self._row(f.control, text(f.help) if f.help else None, controls=controls, step=step))
        # Keeping the answers is an extra, after the message, on a phone.
        return [stylesheet(), privacy, in_step(self.saved, "after"), *rows, self.status]

    # --- wiring --------------------------------------------------------------------------------------
    def _wire(self) -> None:
        for name, control in self.controls.items():
            if name in PICKED_TIMES:
                continue  # times are read through their LocalDatetimeField below
            control.observe(self._on_change(name), names="value")
        self.interview_at.observe(self._on_change("interview_at"), names="value")
        self.agreed_at.observe(self._on_change("agreed_at"), names="value")
        for slot in self.slots:
            slot.observe(self._on_change("proposed_slots"), names="value")

    def _on_change(self, name: str):
        def handle(_change) -> None:
            if not self._syncing:
                self.touched.add(name)
            self.refresh()

        return handle

    # --- the one update path -------------------------------------------------------------------------
    @in_own_language
    def refresh(self) -> None:
        """Bring every part of the form in line with the controls, then publish the new situation."""
        if self._syncing:
            return
        run_safely("updating the form", self._refresh, self._show_failure)

    def _refresh(self) -> None:
        self._syncing = True
        try:
            self._fit_to_scenario()
        finally:
            self._syncing = False
        situation = self.read()
        self._show_problems(situation)
        self.status.value = ""
        self.situation = situation

    def _fit_to_scenario(self) -> None:
        """Offer only the reasons and fields that make sense for what happened."""
        scenario = self.controls["scenario"].value
        reason = self.controls["reason"]
        fitting = reasons_for(scenario)
        if tuple(v for _, v in reason.options) != (UNANSWERED, *fitting):
            # A chosen reason that still fits is kept; one that doesn't is not swapped for another.
            current = reason.value
            reason.options = _reason_choices(scenario)
            reason.value = current if current in fitting else UNANSWERED
        interview_format = self.controls["interview_format"].value
        for f in FORM_FIELDS:
            self._show_row(f.control, f.applies(scenario, interview_format))
        self.helps["interview_at"].help = help_markup(
            text("ui.help.interview_at.withdraw" if scenario == "withdraw" else "ui.help.interview_at")
        )
        # Offer a further "new time" box only once the previous one is filled in.
        for previous, slot in zip(self.slots, self.slots[1:], strict=False):
            slot.picker.layout.display = None if (previous.value is not None or slot.value is not None) else "none"

    def _show_row(self, name: str, shown: bool) -> None:
        row = self.rows[name]
        if shown != self.shown(name):  # a class changed only when it must: each change is a message
            (row.remove_class if shown else row.add_class)(HIDDEN_ROW)

    def shown(self, name: str) -> bool:
        """Whether the row of the field ``name`` is on the form (it applies to what happened)."""
        return HIDDEN_ROW not in self.rows[name]._dom_classes

    def read(self) -> Situation:
        """The situation the controls describe right now (only the fields that apply to it: the others
        keep their defaults)."""
        c = self.controls
        scenario, interview_format = c["scenario"].value, c["interview_format"].value
        employer_zone = parse_zone(c["interview_zone"].value)
        values = {
            f.name: self._get(f, employer_zone) for f in FORM_FIELDS if f.applies(scenario, interview_format)
        }
        moments = [values.get("interview_at"), *values.get("proposed_slots", ())]
        zone = next((m.tzinfo for m in moments if m is not None), None)
        own = offset_name(self.clock.offset) if self.clock.offset is not None else ""
        return Situation(**values, now=self.clock.now(zone), candidate_zone=own, language=self.language)

    def _get(self, f: Field, employer_zone: dt.tzinfo | None) -> object:
        """One field's value, as its control holds it."""

        def on_their_clock(moment: dt.datetime | None) -> dt.datetime | None:
            # The same instant, read on the employer's clock: the plan's business hours are theirs.
            return moment.astimezone(employer_zone) if moment is not None and employer_zone is not None else moment

        if f.widget == "time":
            return on_their_clock(getattr(self, f.name).value)
        if f.widget == "times":
            return tuple(on_their_clock(slot.value) for slot in self.slots if slot.value is not None)
        if f.widget == "zone":
            return country_of_zone(employer_zone) or ""
        if f.widget == "minutes":
            return minutes(self.controls[f.control].value)
        return self.controls[f.control].value

    @in_own_language
    def fill(self, s: Situation) -> str | None:
        """Set every control from ``s`` (saved answers), the reverse of ``read()``. Returns a sentence
        when part of ``s`` could not be put in this form (what happened is not one this form offers, a
        time it cannot hold, a language other than the page's); everything else is filled in all the same."""
        elsewhere = s.scenario not in self.scenarios
        left_out: list[str] = []
        self._syncing = True
        try:
            if not elsewhere:
                self.controls["scenario"].value = s.scenario
            self._fit_to_scenario()  # the reasons that fit the scenario now shown
            for f in FORM_FIELDS:
                if f.name == "scenario":
                    continue
                try:
                    held = self._put(f, getattr(s, f.name), s)
                except Exception as exc:  # one field that cannot be shown must not cost the others
                    log_failure(f"filling in {f.name}", exc)
                    held = False
                if not held:
                    left_out.append(text(f.label))
        finally:
            self._syncing = False
        # What was saved was typed once: show its problems at once, as for fields touched by hand.
        self.touched.update(f.control for f in FORM_FIELDS if getattr(s, f.name) not in ("", None, (), 0))
        self.refresh()
        said = []
        if elsewhere:
            said.append(text("ui.saved.loaded_elsewhere", scenario=text(f"scenario.{s.scenario}")))
        if left_out:
            said.append(text("ui.saved.left_out", fields="; ".join(left_out)))
        if s.language != self.language:
            # The page speaks one language (its own choice); the answers are all there, in it.
            saved_in = display_name(s.language) if isinstance(s.language, str) and s.language in languages() else s.language
            said.append(text("ui.saved.language_kept", saved=saved_in, page=display_name(self.language)))
        return " ".join(said) or None

    def _put(self, f: Field, value: object, s: Situation) -> bool:
        """Show ``value`` in ``f``'s control; False when this form cannot hold it (left as it was)."""
        control = self.controls[f.control]
        zone = self.clock.now().tzinfo  # for a time saved without its offset
        if f.widget == "choice":
            value = UNANSWERED if (f.name == "reason" and value is None) else value
            if value not in [v for _, v in control.options]:
                return False
            control.value = value
        elif f.widget in ("text", "text_on_leave"):
            control.value = value if isinstance(value, str) else ""
            return isinstance(value, str)
        elif f.widget == "minutes":
            control.value = "" if value is None else str(value)
        elif f.widget == "count":
            if not isinstance(value, int) or isinstance(value, bool):
                return False
            control.value = value
        elif f.widget == "zone":
            return self._put_zone(s)
        elif f.widget == "time":
            if value is not None and not in_range(value):
                getattr(self, f.name).picker.value = None
                return False
            getattr(self, f.name).picker.value = _aware(value, zone)
        elif f.widget == "times":
            held = [moment for moment in value if in_range(moment)]
            for i, slot in enumerate(self.slots):
                slot.picker.value = _aware(held[i], zone) if i < len(held) else None
            return len(held) == len(value)
        return True

    def _put_zone(self, s: Situation) -> bool:
        """The interview's zone, from the zone its times were saved in; False if the employer's country
        cannot be shown by any zone this form offers."""
        control = self.controls["interview_zone"]
        offered = {v for _, v in control.options}
        moments = [s.interview_at, s.agreed_at, *s.proposed_slots]
        named = next((getattr(m.tzinfo, "key", None) for m in moments if isinstance(m, dt.datetime)), None)
        wanted = s.country.strip().upper() if isinstance(s.country, str) else ""
        if named not in offered and wanted and not any(isinstance(m, dt.datetime) for m in moments):
            # No time to take the zone from: the country's own clock keeps its holidays.
            named = getattr(zone_of_country(wanted), "key", None)
        control.value = named if named in offered else ""
        return not wanted or country_of_zone(parse_zone(control.value)) == wanted

    def _show_problems(self, situation: Situation) -> None:
        problems = advise(situation).problems  # the same value the plan and messages are read from
        # Once nothing blocks the plan, a counselor's advice is shown even beside a field not yet touched:
        # "add your number" belongs beside the empty phone box, which nobody may ever click.
        ready = not any(p.is_error for p in problems)
        for name, note in self.notes.items():
            # "Why?" is easily passed over: once the person has started, an unanswered one is pointed out.
            # Once nothing blocks the plan, a warning shows even beside a field not yet touched.
            shown = name in self.touched or (name == "reason" and bool(self.touched))
            note.problems = [
                p for p in problems if p.field == name and (shown or (ready and not p.is_error))
            ]

    def _show_failure(self) -> None:
        self.status.value = failure_html()

    def control(self, field: str) -> widgets.Widget:
        """The control named after ``field`` (for proposed_slots: the first picker)."""
        return self.controls[field]
