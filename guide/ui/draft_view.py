"""``DraftReview``: the "check my draft" panel. The candidate pastes what they wrote and sees, as they
type, each piece of advice marked as followed or not, why, what to change, and where the advice comes
from, under a one-line summary a counselor can take in at a glance.

The panel only wires controls to ``guide.review.review``; the checks and their wording are the core's.
Whatever is pasted is data: every line of a finding (which may quote the draft) is escaped, nothing is
logged or stored, and a failure inside the review shows one plain sentence instead of a traceback.

textstat, which the readability check needs, takes seconds to load its dictionary the first time; it
is loaded when the first draft is reviewed, never when the page starts (see ``_start_warming``).
"""

from __future__ import annotations

import asyncio
import html
import time
from typing import Callable

import ipywidgets as widgets
import traitlets

from .. import domain
from ..catalogue import text
from ..review import Finding, Review, review, warm_up
from ..rules import source_label
from ..situation import CHANNELS, SCENARIOS, Situation, errors
from ..verdicts import ICONS, verdict
from .base import Speaks, StaticFallback, built_in_its_language, in_own_language
from .safety import failure_html, in_background_once, run_safely
from .style import contrast_pairs, stylesheet
from .shared import html_widget, own_html_widget

# The kinds of message a candidate may have drafted, in the order the drop-down offers them: the written
# ones first, as most drafts pasted here are emails or letters.
WRITTEN_FIRST = ("email", "letter")
DRAFT_CHANNELS = WRITTEN_FIRST + tuple(c for c in CHANNELS if c not in WRITTEN_FIRST)
LABEL_STYLE = {"description_width": "initial"}

# A finding that passed: green on pale green, checked in every theme with the other pairs in the tests.
# (The panel's look is in static/rebound.css, with the rest of Rebound's.)
CONTRAST_PAIRS = contrast_pairs(("pass-ink", "pass-paper"))


# --- the review as markup ------------------------------------------------------------------------------
def finding_html(finding: Finding) -> str:
    """One finding as a list item. Reasons quote the draft, so every part is escaped."""
    e = html.escape
    kind = "passed" if finding.passed else finding.severity
    classes = f"rebound-finding {'rebound-pass' if finding.passed else 'rebound-fail'} rebound-{finding.severity}"
    parts = [
        f'<li class="{classes}" data-check="{e(finding.check)}">',
        f'<p><span class="rebound-verdict"><span aria-hidden="true">{ICONS[kind]}</span> {e(verdict(finding))}:</span> '
        f'<span class="rebound-finding-title">{e(finding.title)}</span></p>',
        f'<p class="rebound-finding-reason">{e(finding.reason)}</p>',
    ]
    if finding.suggestion:
        parts.append(f'<p class="rebound-finding-fix"><strong>{e(text("ui.draft.try"))}</strong> {e(finding.suggestion)}</p>')
    parts.append(f'<p class="rebound-source">{e(text("ui.plan.source", source=source_label(finding.source)))}</p></li>')
    return "".join(parts)


def findings_html(result: Review) -> str:
    if not result.findings:
        return ""
    heading = f'<h3 class="rebound-findings-heading">{html.escape(text("ui.draft.findings"))}</h3>'
    return heading + '<ul class="rebound-findings">' + "".join(finding_html(f) for f in result.findings) + "</ul>"


def summary_html(result: Review) -> str:
    """The line a counselor reads first (what works, then what to fix first), then any caveat about the
    review itself, then the score, kept quiet: a first draft learns more from the line than the number."""
    e = html.escape
    ready = " rebound-ready" if result.ready and result.scenario is not None else ""
    parts = [f'<div role="status"><p class="rebound-draft-summary{ready}">{e(result.summary)}</p></div>']
    if result.note:
        parts.append(f'<p class="rebound-help">{e(result.note)}</p>')
    if result.skipped_note:  # a draft in another language: the checks that read English words only
        parts.append(f'<p class="rebound-help">{e(result.skipped_note)}</p>')
    if result.capped_note:  # a paste longer than the review reads: only its start was checked
        parts.append(f'<p class="rebound-help rebound-draft-capped">{e(result.capped_note)}</p>')
    if result.scored:  # none for a draft its checks cannot read, nor after checks were left out
        parts.append(f'<p class="rebound-draft-score">{e(text("ui.draft.score", score=result.score))}</p>')
    return "".join(parts)


# --- when to review ------------------------------------------------------------------------------------
def running_loop() -> asyncio.AbstractEventLoop | None:
    """The kernel's event loop while it handles a message from the page; None outside one (tests)."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class ReviewPacer:
    """Runs the review at once while reviews keep up with typing; after a slow one (a paste of many
    thousands of words), waits for a short pause in typing instead.

    Each keystroke in the box reaches the kernel as its own message. A review of an ordinary draft takes
    a few milliseconds, so reviewing every one keeps the page live. A review that took longer than
    ``QUICK_S`` would, repeated per keystroke, queue work faster than it is done; then a change only
    (re)starts a timer on the kernel's loop, and the review runs once the typing pauses.
    """

    QUICK_S = 0.05
    PAUSE_S = 0.3

    def __init__(
        self,
        action: Callable[[], None],
        on_wait: Callable[[], None] = lambda: None,
        loop: Callable[[], asyncio.AbstractEventLoop | None] | None = None,
    ):
        self._action = action
        self._on_wait = on_wait
        self._loop = loop or (lambda: running_loop())  # looked up when asked, not when this was defined
        self._pending: asyncio.TimerHandle | None = None
        self.last_duration = 0.0

    @property
    def waiting(self) -> bool:
        return self._pending is not None

    def request(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        loop = self._loop()
        if loop is None or self.last_duration < self.QUICK_S:
            self._run()
            return
        self._on_wait()
        self._pending = loop.call_later(self.PAUSE_S, self._run)

    def _run(self) -> None:
        self._pending = None
        started = time.perf_counter()
        try:
            self._action()
        finally:
            self.last_duration = time.perf_counter() - started


# Whether this kernel has reviewed a draft yet: the first review also compiles the review's patterns.
_reviewed_once = False


def _start_warming() -> None:
    """textstat is loaded by the first review of a draft long enough to measure. A first draft being
    typed starts shorter than that, so its first review starts the load in the background instead: by
    the time the draft is long enough, the dictionary is ready and the page does not stall mid-sentence."""
    in_background_once("review-warm-up", "loading the readability measure", warm_up)


# --- the panel -----------------------------------------------------------------------------------------
class DraftReview(StaticFallback, Speaks, widgets.VBox):
    """The draft box, its kind and subject, and the rule-by-rule review of what is in it.

    ``situation`` is the form's (the app links it one way, ``dlink``); a complete situation lets the
    review compare names, company, job and times, an incomplete one is left out and the review reads
    what it can from the draft alone. ``result`` is the review on show. The panel speaks the situation's
    language (without one, the language it was built in).
    """

    static_key = "ui.static.draft"  # what an export shows in its place

    situation = traitlets.Instance(Situation, allow_none=True)
    result = traitlets.Instance(Review, allow_none=True)

    @built_in_its_language
    def __init__(self, form: traitlets.HasTraits | None = None, channel: str = "email"):
        """``DraftReview(form=...)`` follows that form's situation; ``DraftReview()`` stands alone."""
        self.status = html_widget()
        self.summary = html_widget()
        self.findings = html_widget()
        super().__init__(self._build(channel if channel in DRAFT_CHANNELS else DRAFT_CHANNELS[0]))
        self.add_class("rebound")
        self.add_class("rebound-draft")
        self._pacer = ReviewPacer(self._review_now, on_wait=self._show_checking)
        self._links = [traitlets.dlink((form, "situation"), (self, "situation"))] if form is not None else []
        self.observe(lambda _change: self._build_again(), names="language")
        self.observe(lambda _change: self._follow_situation(), names="situation")
        self.refresh()

    def _build(self, channel: str, scenario: str = "", subject: str = "", draft: str = "") -> list[widgets.Widget]:
        """The panel's controls, labelled in the language in force, holding the given values."""
        self.channel_choice = widgets.Dropdown(
            options=[(text(domain.kind(c).label), c) for c in DRAFT_CHANNELS],
            value=channel,
            description=text("ui.draft.channel"),
            style=LABEL_STYLE,
        )
        # Without a complete form, the candidate may say what the message is about; by default the
        # review reads it from the draft.
        self.scenario_choice = widgets.Dropdown(
            options=[(text("ui.draft.scenario.read"), "")] + [(text(domain.SCENARIO_SPECS[s].label), s) for s in SCENARIOS],
            value=scenario,
            description=text("ui.draft.scenario"),
            style=LABEL_STYLE,
        )
        self.subject_field = widgets.Text(
            value=subject, description=text("ui.draft.subject"), continuous_update=True, style=LABEL_STYLE
        )
        self.draft_field = widgets.Textarea(
            value=draft, description=text("ui.draft.body"), continuous_update=True, rows=14, style=LABEL_STYLE
        )
        privacy = html_widget(f"<p>{html.escape(text('ui.draft.privacy'))}</p>", "rebound-privacy")
        help_line = html_widget(f"<p>{html.escape(text('ui.draft.help'))}</p>", "rebound-help")
        self.form_hint = own_html_widget(f"<p>{html.escape(text('ui.draft.without_form'))}</p>", "rebound-help")
        for control in (self.channel_choice, self.scenario_choice, self.subject_field, self.draft_field):
            control.observe(lambda _change: self.refresh(), names="value")
        return [
            stylesheet(),
            privacy,
            self.channel_choice,
            self.scenario_choice,
            self.subject_field,
            self.draft_field,
            help_line,
            self.status,
            self.summary,
            self.form_hint,
            self.findings,
        ]

    @in_own_language
    def _build_again(self) -> None:
        """The language changed (the page switched): the panel is labelled again in it, holding the
        draft, its subject and the choices made."""
        self.children = self._build(
            self.channel_choice.value, self.scenario_choice.value, self.subject_field.value, self.draft_field.value
        )

    # --- reading the controls ----------------------------------------------------------------------
    @property
    def channel(self) -> str:
        return self.channel_choice.value

    def usable_situation(self) -> Situation | None:
        """The form's situation if it is complete enough to compare with, else None."""
        s = self.situation
        if s is None or errors(s):
            return None
        return s

    # --- the one update path -----------------------------------------------------------------------
    def _follow_situation(self) -> None:
        if self.situation is not None:  # the panel in the situation's language (the page may have switched)
            run_safely("labelling the draft check", lambda: setattr(self, "language", self.situation.language), self._show_failure)
        self.refresh()

    def refresh(self) -> None:
        self.subject_field.layout.display = None if self.channel == "email" else "none"
        self._pacer.request()

    @in_own_language
    def _review_now(self) -> None:
        run_safely("checking the draft", self._render, self._show_failure)

    def _render(self) -> None:
        global _reviewed_once
        draft = self.draft_field.value
        if not _reviewed_once and draft.strip():
            self._show_checking()  # the kernel's first review takes a moment; say that it is coming
        situation = self.usable_situation()
        subject = self.subject_field.value if self.channel == "email" else None
        # The form's scenario, when complete, wins; the question is asked only without it.
        self.scenario_choice.layout.display = "none" if situation is not None else None
        chosen = self.scenario_choice.value or None
        result = review(draft, situation, subject=subject, channel=self.channel, scenario=chosen)
        self.summary.value = summary_html(result)
        self.findings.value = findings_html(result)
        self.form_hint.layout.display = None if (self.situation is not None and situation is None) else "none"
        self.status.value = ""
        self.result = result
        if result.total:
            _reviewed_once = True
            if result.readability_pending:
                _start_warming()

    @in_own_language
    def _show_checking(self) -> None:
        self.status.value = f'<p class="rebound-checking">{html.escape(text("ui.draft.checking"))}</p>'

    def _show_failure(self) -> None:
        self.status.value = failure_html()
        self.summary.value = ""
        self.findings.value = ""
