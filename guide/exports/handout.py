"""The printable plan: one page with the steps and their due times, the prevention step and the message.

``handout(s, channel)`` gathers the content once; ``handout_html`` and ``pdf.handout_pdf`` only lay it
out, so the printed page and the PDF can never disagree. The HTML is a complete, self-contained page
(inline styles, no scripts, no fonts or images fetched from anywhere) in which every value the
candidate typed is escaped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from .. import domain
from ..i18n import in_its_language
from ..catalogue import table, text
from ..clock import aligned, resolve_now
from ..formatting import format_date, format_datetime
from ..facts import clocks_differ, zone_words
from ..messages import Message, compose, kinds_for
from ..situation import Situation, own_zone
from ..timeline import ActionPlan, due_label, plan
from .base import Export, filename, html_page

PREVENTION_RULE = "prevention"


@dataclass(frozen=True)
class HandoutStep:
    when: str
    action: str


@dataclass(frozen=True)
class Handout:
    company: str
    role: str
    situation: str
    new_time: str | None
    steps: tuple[HandoutStep, ...]
    prevention: str | None
    message: Message
    made: str

    @property
    def heading(self) -> str:
        return text("export.handout.for", company=self.company, role=self.role)


def first_channel(s: Situation, steps: ActionPlan | None = None) -> str | None:
    """The channel of the plan's first step that has a message for it: the message to send first.

    The screen opens that message's tab first and the printed plan includes it, so the plan, the tabs
    and the printout all start with the same step. Falls back to the first channel offered.
    """
    # A reply is only for when they wrote first, so it never opens the page.
    offered = tuple(kind for kind in kinds_for(s) if not domain.kind(kind).answers_them)
    steps = plan(s) if steps is None else steps
    asked = [step.channel for step in steps if step.channel in offered]
    return asked[0] if asked else (offered[0] if offered else None)


@in_its_language
def handout(s: Situation, channel: str | None = None) -> Handout:
    """Everything the printed plan shows, with the ``channel`` message (by default the plan's first).

    Raises ``InvalidSituation``/``UnsupportedChannel`` like ``compose``.
    """
    steps = plan(s)
    message = compose(s, channel or first_channel(s, steps))
    now = _now(s)
    return Handout(
        company=s.company.strip(),
        role=s.role.strip(),
        situation=text("export.handout.situation", scenario=text(domain.SCENARIO_SPECS[s.scenario].label)),
        new_time=_new_time(s),
        steps=tuple(
            HandoutStep(due_label(st.due, now, own_zone(s)), st.action) for st in steps if st.rule_id != PREVENTION_RULE
        ),
        prevention=next((st.action for st in steps if st.rule_id == PREVENTION_RULE), None),
        message=message,
        made=text("export.handout.made", date=format_date(now)),
    )


@in_its_language
def prevention_advice(s: Situation) -> str | None:
    """The plan's prevention step for ``s`` (what to do so it cannot happen again), if the plan has one."""
    return next((st.action for st in plan(s) if st.rule_id == PREVENTION_RULE), None)


@in_its_language
def handout_html(s: Situation, channel: str | None = None) -> str:
    """The plan as one self-contained HTML page, laid out to print on a single sheet."""
    h = handout(s, channel)
    m = h.message
    steps = "\n".join(
        f'<tr><th scope="row">{_esc(step.when)}</th><td>{_esc(step.action)}</td></tr>' for step in h.steps
    )
    new_time = f'<p class="new-time">{_esc(h.new_time)}</p>' if h.new_time else ""
    prevention = (
        f'<section class="prevention" aria-labelledby="prevention-heading">'
        f'<h2 id="prevention-heading">{_esc(text("export.handout.prevention"))}</h2>'
        f"<p>{_esc(h.prevention)}</p></section>"
        if h.prevention
        else ""
    )
    subject = f'<p class="subject">{_esc(text("export.handout.subject", subject=m.subject))}</p>' if m.subject else ""
    note = f'<p class="note">{_esc(text("export.handout.note", note=m.note))}</p>' if m.note else ""
    main = _MAIN.format(
        heading=_esc(text("export.handout.title")),
        for_line=_isolated("export.handout.for", company=h.company, role=h.role),
        situation=_esc(h.situation),
        new_time=new_time,
        steps_heading=_esc(text("export.handout.steps")),
        when=_esc(text("export.handout.when")),
        what=_esc(text("export.handout.what")),
        steps=steps,
        prevention=prevention,
        message_heading=_esc(text("export.handout.message", channel=text(domain.kind(m.channel).label))),
        subject=subject,
        note=note,
        body=m.html,  # already escaped paragraph by paragraph in messages.to_html
        made=_esc(h.made),
    )
    return html_page(_esc(f'{text("export.handout.title")}: {h.heading}'), _STYLE, main)


@in_its_language
def handout_html_file(s: Situation, channel: str | None = None) -> Export:
    """The same page as a download, for printing from the browser later."""
    page = handout_html(s, channel)
    return Export(filename(s, "plan", "html"), "text/html; charset=utf-8", page.encode("utf-8"))


def _now(s: Situation) -> datetime:
    now = resolve_now(s)
    return aligned(now, s.interview_at)[0] if s.interview_at is not None else now


def _new_time(s: Situation) -> str | None:
    if s.agreed_at is None:
        return None
    # The zone is said as the messages say it: only when the candidate's clock differs, in words.
    when = format_datetime(s.agreed_at)
    if clocks_differ(s) and s.agreed_at.tzinfo is not None:
        when = f"{when} {zone_words(s.agreed_at)}"
    place = " ".join(s.location.split())
    if place and s.interview_format == "in_person":
        return text("export.handout.new_time_at", when=when, place=place)
    return text("export.handout.new_time", when=when)


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


def _isolated(key: str, **values: str) -> str:
    """A catalogue sentence with each typed value escaped and wrapped in ``<bdi>``.

    ``<bdi>`` keeps a right-to-left company name from pulling the dash and the job title around it
    out of order, which plain escaping alone cannot prevent.
    """
    pattern = _esc(table()[key])
    return pattern.format(**{name: f"<bdi>{_esc(value)}</bdi>" for name, value in values.items()})


# Colors: body text #1a1a1a and headings #0b4a63 on white, both well above 4.5:1 contrast.
_STYLE = """
:root { color: #1a1a1a; background: #ffffff; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.4;
       max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin: 0; color: #0b4a63; }
h2 { font-size: 1.1em; margin: 1.1em 0 0.4em; color: #0b4a63; }
p { margin: 0 0 0.6em; }
.for { font-size: 1.15em; font-weight: bold; margin: 0.2em 0; }
.new-time { font-weight: bold; border-left: 4px solid #0b4a63; padding-left: 0.5em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.3em 0.5em 0.3em 0; border-bottom: 1px solid #c8c8c8; }
thead th { font-size: 0.9em; border-bottom: 2px solid #1a1a1a; }
tbody th { width: 11em; font-weight: bold; }
.prevention { background: #eef5f8; border: 1px solid #0b4a63; padding: 0.2em 0.8em 0.4em; margin-top: 1em; }
.message { border-top: 2px solid #1a1a1a; margin-top: 1em; }
.subject { font-weight: bold; }
.note { font-style: italic; }
footer { margin-top: 1.2em; font-size: 0.85em; color: #4a4a4a; }
@page { size: letter; margin: 11mm 13mm; }
@media print {
  body { font-size: 9pt; line-height: 1.3; max-width: none; margin: 0; padding: 0; }
  h1 { font-size: 1.5em; }
  h2 { margin: 0.7em 0 0.3em; }
  p { margin-bottom: 0.45em; }
  th, td { padding: 0.15em 0.5em 0.15em 0; }
  .prevention { padding: 0.1em 0.7em 0.2em; margin-top: 0.7em; }
  .message { margin-top: 0.7em; }
  footer { margin-top: 0.6em; }
  tr, .prevention { break-inside: avoid; }
  .prevention { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

# What goes inside the page's <main> (``html_page`` gives the rest).
_MAIN = """<header>
<h1>{heading}</h1>
<p class="for">{for_line}</p>
<p>{situation}</p>
{new_time}
</header>
<section aria-labelledby="steps-heading">
<h2 id="steps-heading">{steps_heading}</h2>
<table>
<thead><tr><th scope="col">{when}</th><th scope="col">{what}</th></tr></thead>
<tbody>
{steps}
</tbody>
</table>
</section>
{prevention}
<section class="message" aria-labelledby="message-heading">
<h2 id="message-heading">{message_heading}</h2>
{subject}
{note}
{body}
</section>
<footer><p>{made}</p></footer>
"""
