"""A made-up candidate, Alex, in each scenario: what the chapters print to show what the guide writes.

Every date is fixed (including "now"), so the output is the same on any day and in any zone. It is set
a little ahead of when it was written, so a reader sees coming dates rather than last year's; every day
is counted from ``EXAMPLE_NOW``, so moving the example to a later year is one line (another Tuesday).
Also the "check my draft" chapter's example: a hasty first draft by Alex, and its review as plain text.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from . import domain, i18n
from .catalogue import text
from .messages import compose
from .review import Review, review
from .rules import source_label
from .situation import Situation
from .verdicts import ICONS, verdict

# A Tuesday, mid-afternoon: the moment the made-up candidate sits down to deal with it.
EXAMPLE_NOW = datetime(2027, 3, 9, 15, 30)


def _day(days_from_now: int, hour: int, minute: int = 0) -> datetime:
    """A time ``days_from_now`` days after ``EXAMPLE_NOW`` (0: that Tuesday, 2: Thursday, 6: Monday)."""
    return (EXAMPLE_NOW + timedelta(days=days_from_now)).replace(hour=hour, minute=minute)


def _case(scenario: str) -> dict[str, object]:
    """The scenario's own part of the example (``guide.domain``: its reason, interview and times)."""
    case = domain.SCENARIO_SPECS[scenario].example
    return dict(
        reason=str(case.reason),  # a plain string, as the form gives it
        interview_at=_day(*case.interview) if case.interview else None,
        proposed_slots=tuple(_day(*slot) for slot in case.slots),
        eta_minutes=case.eta_minutes,
        interviews_so_far=case.interviews_so_far,
    )


# Who the example is about, told in the reader's language: a chapter read in Spanish meets a Spanish-
# speaking candidate, employer and address, not an American one in Spanish words. A language without its
# own row uses its base language's ("es-MX" -> "es"), else the English one.
_PEOPLE: dict[str, dict[str, str]] = {
    "en": dict(
        candidate_name="Alex Rivera",
        company="Northwind Logistics",
        role="Warehouse Supervisor",
        contact_name="Jordan Lee",
        location="200 Harbor Street, Springfield",
        candidate_phone="555-0142",
        candidate_email="alex.rivera@example.com",
        country="",
    ),
    "es": dict(
        candidate_name="Alex Rivera",
        company="Logística del Norte",
        role="responsable de almacén",
        contact_name="Sra. Martínez",
        location="Avenida de la Industria 24, Zaragoza",
        candidate_phone="612 345 678",
        candidate_email="alex.rivera@example.com",
        country="ES",
    ),
}


def people(language: str) -> dict[str, str]:
    """The example's typed-in details for ``language`` (see ``_PEOPLE``)."""
    return _PEOPLE.get(language) or _PEOPLE.get(language.split("-")[0]) or _PEOPLE["en"]


def example_situation(scenario: str = "missed", language: str | None = None) -> Situation:
    """A made-up candidate, Alex, in ``scenario``, speaking ``language`` (by default the one in force, so
    a chapter read in Spanish shows Alex's messages in Spanish, about a Spanish employer)."""
    language = language or i18n.current()
    return Situation(
        language=language,
        scenario=scenario,
        now=EXAMPLE_NOW,
        interview_format="in_person",
        tone="formal",
        **people(language),  # type: ignore[arg-type]
        **_case(scenario),  # type: ignore[arg-type]
    )


def example_text(channel: str = "email", scenario: str = "missed") -> str:
    """The plain text the guide writes for the example on ``channel``, subject line first if it has one."""
    message = compose(example_situation(scenario), channel)
    if message.subject:
        return f"{text('ui.message.subject')} {message.subject}\n\n{message.body}"
    return message.body


# --- the "check my draft" example ------------------------------------------------------------------------
INDENT = "    "


def example_draft() -> tuple[str, str]:
    """Alex's hasty first email after missing the interview: (subject, body)."""
    s = example_situation("missed")
    body = text(
        "ui.draft.example.body",
        # A first name ("Hi Jordan,"), or the title and surname where that is how the person is named.
        contact=s.contact_name if s.contact_name.split()[0].endswith(".") else s.contact_name.split()[0],
        role=s.role,
        company=s.company,
        name=s.candidate_name,
    )
    return text("ui.draft.example.subject"), body


def example_review() -> Review:
    subject, body = example_draft()
    return review(body, example_situation("missed"), subject=subject, channel="email")


def review_text(result: Review) -> str:
    """A review as plain text: the summary, any caveat and the score, as the panel shows them, then each
    finding most important first. A failure gets its reason, the suggestion and its source; a pass, one
    line."""
    lines = [result.summary]  # what works, then the one thing to fix first; the score comes after
    if result.note:
        lines.append(result.note)
    if result.skipped_note:  # a draft in a language some checks can't read: which were left out
        lines.append(result.skipped_note)
    if result.scored:  # none for a draft its checks cannot read, nor after checks were left out
        lines.append(text("ui.draft.score", score=result.score))
    lines.append("")
    for f in result.findings:
        kind = "passed" if f.passed else f.severity
        head = f"{ICONS[kind]} {verdict(f)}: {f.title}"
        if f.passed:
            lines.append(f"{head} \u2014 {f.reason}")
            continue
        lines.append(head)
        lines.append(INDENT + f.reason)
        lines.append(f"{INDENT}{text('ui.draft.try')} {f.suggestion}")
        lines.append(INDENT + text("ui.plan.source", source=source_label(f.source)))
    return "\n".join(lines).rstrip()


def example_review_text() -> str:
    """The example draft, then its review: what the chapter prints."""
    subject, body = example_draft()
    draft = f"{text('ui.message.subject')} {subject}\n\n{body}"
    return f"{draft}\n\n{'-' * 40}\n\n{review_text(example_review())}"
