"""``SituationForm``: the controls, turned into one ``Situation`` value and nothing more.

The form's only output is its ``situation`` trait; views are wired to that. Problems from ``validate``
are shown beside a field only once the person has touched that field, so a fresh form is calm rather than
a wall of "please fill this in"; the plan and message areas say gently what is still missing.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import ipywidgets as widgets
import traitlets

from ..catalogue import text
from ..clock import country_of_zone, interview_zone_names, offset_name, parse_zone
from ..advice import advise
from ..situation import FORMATS, ONLY_FOR, SCENARIOS, TONES, Situation, applies, reasons_for
from .base import Speaks, StaticFallback, built_in_its_language, in_own_language
from .notes import ProblemNote, group_heading, help_line, help_markup
from .safety import failure_html, run_safely
from .saved_view import SavedAnswers
from .style import stylesheet
from .timepick import BrowserClock, LocalDatetimeField, slot_labels

LABEL_STYLE = {"description_width": "initial"}

TEXT_FIELDS = ("candidate_name", "company", "role", "contact_name", "location")
# Checked once typing is done (on leaving the field): an address half-typed is not yet a problem.
TYPED_THEN_CHECKED = ("candidate_phone", "candidate_email")
# Read through their LocalDatetimeField (the participant's own clock), not the picker's value.
PICKED_TIMES = ("interview_at", "proposed_slots", "agreed_at")


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


def _choices(prefix: str, values) -> list[tuple[str, str]]:
    return [(text(f"{prefix}.{v}"), v) for v in values]


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
        self.helps: dict[str, widgets.HTML] = {}
        self._build_controls()
        self.status = widgets.HTML()
        self.saved = SavedAnswers(fill=self.fill, language=self.language)
        super().__init__(self._layout())
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
        c = self.controls
        first = self.scenarios[0]
        c["scenario"] = widgets.Dropdown(
            options=_choices("scenario", self.scenarios), value=first, description=text("field.scenario"), style=LABEL_STYLE
        )
        # "Why?" starts unanswered: a reason nobody chose could be untrue, and it would go into every message.
        c["reason"] = widgets.Dropdown(
            options=_reason_choices(first), value=UNANSWERED, description=text("field.reason"), style=LABEL_STYLE
        )
        self.interview_at = LocalDatetimeField(text("field.interview_at"))
        c["interview_at"] = self.interview_at.picker
        c["interview_format"] = widgets.Dropdown(
            options=_choices("format", FORMATS), value="in_person", description=text("field.interview_format"), style=LABEL_STYLE
        )
        for name in TEXT_FIELDS + TYPED_THEN_CHECKED:
            c[name] = widgets.Text(
                description=text(f"field.{name}"),
                continuous_update=name not in TYPED_THEN_CHECKED,
                style=LABEL_STYLE,
            )
        # A text box, not a number box: it can start empty instead of showing a "0" nobody typed.
        c["eta_minutes"] = widgets.Text(description=text("field.eta_minutes"), style=LABEL_STYLE)
        c["interviews_so_far"] = widgets.IntText(value=0, description=text("field.interviews_so_far"), style=LABEL_STYLE)
        c["times_moved"] = widgets.IntText(value=0, description=text("field.times_moved"), style=LABEL_STYLE)
        # The employer's clock, when it is not the participant's: due times then name both clocks, and
        # the zone's country gives the public holidays. Times are still picked on the participant's clock.
        c["interview_zone"] = widgets.Dropdown(
            options=[(text("ui.zone.same"), "")] + [(name.replace("_", " "), name) for name in interview_zone_names()],
            value="",
            description=text("field.interview_zone"),
            style=LABEL_STYLE,
        )
        self.slots = [LocalDatetimeField(label) for label in slot_labels()]
        c["proposed_slots"] = self.slots[0].picker
        # Filled in once the employer confirms a new time: the plan shows it and a calendar event is offered.
        self.agreed_at = LocalDatetimeField(text("field.agreed_at"))
        c["agreed_at"] = self.agreed_at.picker
        c["tone"] = widgets.Dropdown(
            options=_choices("tone", TONES), value="formal", description=text("field.tone"), style=LABEL_STYLE
        )

    def _row(self, name: str, help_sentence: str | None = None, controls: list | None = None) -> widgets.VBox:
        self.notes[name] = ProblemNote(name)
        children = list(controls or [self.controls[name]]) + [self.notes[name]]
        if help_sentence is not None:
            self.helps[name] = help_line(help_sentence)
            children.append(self.helps[name])
        row = widgets.VBox(children)
        row.add_class("rebound-row")
        self.rows[name] = row
        return row

    def _layout(self) -> list[widgets.Widget]:
        privacy = widgets.HTML(value=help_markup(text("ui.form.privacy")))
        privacy.add_class("rebound-privacy")
        return [
            stylesheet(),
            privacy,
            self.saved,
            group_heading(text("ui.group.interview")),
            self._row("scenario"),
            self._row("reason", text("rule.honest-brief")),
            self._row("interview_at", text("ui.help.interview_at")),
            self._row("interview_zone", text("ui.help.interview_zone")),
            self._row("interview_format"),
            self._row("location", text("ui.help.location")),
            self._row("eta_minutes", text("rule.realistic-eta")),
            self._row("interviews_so_far", text("ui.help.interviews_so_far")),
            self._row("times_moved", text("rule.reschedule-once")),
            group_heading(text("ui.group.employer")),
            self._row("company"),
            self._row("role"),
            self._row("contact_name", text("ui.help.contact_name")),
            group_heading(text("ui.group.you")),
            help_line(text("ui.help.about_you")),
            self._row("candidate_name"),
            self._row("candidate_phone"),
            self._row("candidate_email"),
            group_heading(text("ui.group.message")),
            self._row(
                "proposed_slots",
                text("ui.help.proposed_slots"),
                controls=[slot.picker for slot in self.slots],
            ),
            self._row("agreed_at", text("ui.take.help.agreed_at")),
            self._row("tone", text("ui.help.tone")),
            self.status,
        ]

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
        for name in ONLY_FOR:
            self._show_row(name, applies(name, scenario))
        self._show_row("location", self.controls["interview_format"].value == "in_person")
        self.helps["interview_at"].value = help_markup(
            text("ui.help.interview_at.withdraw" if scenario == "withdraw" else "ui.help.interview_at")
        )
        # Offer a further "new time" box only once the previous one is filled in.
        for previous, slot in zip(self.slots, self.slots[1:], strict=False):
            slot.picker.layout.display = None if (previous.value is not None or slot.value is not None) else "none"

    def _show_row(self, name: str, shown: bool) -> None:
        self.rows[name].layout.display = None if shown else "none"

    def read(self) -> Situation:
        """The situation the controls describe right now (only the fields that apply to it)."""
        c = self.controls
        scenario = c["scenario"].value
        in_person = c["interview_format"].value == "in_person"
        employer_zone = parse_zone(c["interview_zone"].value)

        def on_their_clock(moment: dt.datetime | None) -> dt.datetime | None:
            # The same instant, read on the employer's clock: the plan's business hours are theirs.
            return moment.astimezone(employer_zone) if moment is not None and employer_zone is not None else moment

        interview_at = on_their_clock(self.interview_at.value)
        slots = tuple(on_their_clock(slot.value) for slot in self.slots if slot.value is not None)
        eta = minutes(c["eta_minutes"].value) if applies("eta_minutes", scenario) else None
        zone = interview_at.tzinfo if interview_at else (slots[0].tzinfo if slots else None)
        own = offset_name(self.clock.offset) if self.clock.offset is not None else ""
        return Situation(
            scenario=scenario,
            reason=c["reason"].value,
            candidate_name=c["candidate_name"].value,
            company=c["company"].value,
            role=c["role"].value,
            contact_name=c["contact_name"].value,
            interview_at=interview_at,
            now=self.clock.now(zone),
            location=c["location"].value if in_person else "",
            interview_format=c["interview_format"].value,
            tone=c["tone"].value,
            proposed_slots=slots if applies("proposed_slots", scenario) else (),
            eta_minutes=eta,
            candidate_phone=c["candidate_phone"].value,
            candidate_email=c["candidate_email"].value,
            interviews_so_far=c["interviews_so_far"].value if applies("interviews_so_far", scenario) else 0,
            agreed_at=on_their_clock(self.agreed_at.value) if applies("agreed_at", scenario) else None,
            times_moved=c["times_moved"].value if applies("times_moved", scenario) else 0,
            country=country_of_zone(employer_zone) or "",
            candidate_zone=own,
            language=self.language,
        )

    @in_own_language
    def fill(self, s: Situation) -> str | None:
        """Set every control from ``s`` (saved answers), the reverse of ``read()``. Returns a sentence
        when what happened in ``s`` is not one this form offers (the rest is filled in all the same)."""
        c = self.controls
        elsewhere = s.scenario not in self.scenarios
        self._syncing = True
        try:
            if not elsewhere:
                c["scenario"].value = s.scenario
            self._fit_to_scenario()  # the reasons that fit the scenario now shown
            for name in ("reason", "interview_format", "tone"):  # a choice this form offers, else as it is
                if getattr(s, name) in [value for _, value in c[name].options]:
                    c[name].value = getattr(s, name)
            for name in TEXT_FIELDS + TYPED_THEN_CHECKED:
                c[name].value = getattr(s, name)
            c["eta_minutes"].value = "" if s.eta_minutes is None else str(s.eta_minutes)
            c["interviews_so_far"].value = s.interviews_so_far
            zone = self.clock.now().tzinfo  # for a time saved without its offset
            self.interview_at.picker.value = _aware(s.interview_at, zone)
            self.agreed_at.picker.value = _aware(s.agreed_at, zone)
            for i, slot in enumerate(self.slots):
                slot.picker.value = _aware(s.proposed_slots[i], zone) if i < len(s.proposed_slots) else None
        finally:
            self._syncing = False
        # What was saved was typed once: show its problems at once, as for fields touched by hand.
        self.touched.update(name for name, value in s.to_dict().items() if value not in ("", None, [], 0))
        self.refresh()
        return text("ui.saved.loaded_elsewhere", scenario=text(f"scenario.{s.scenario}")) if elsewhere else None

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
