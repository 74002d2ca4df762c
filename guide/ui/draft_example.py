"""A fixed example for the "check my draft" chapter: a first draft by the made-up candidate Alex, and its
review as plain text, the same on every run (the situation's dates, "now" included, are fixed)."""

from __future__ import annotations

from ..catalogue import text
from ..review import Review, review
from .draft_view import ICONS, verdict
from .example import example_situation
from .plan_view import source_label

INDENT = "    "


def example_draft() -> tuple[str, str]:
    """Alex's hasty first email after missing the interview: (subject, body)."""
    s = example_situation("missed")
    body = text(
        "ui.draft.example.body",
        contact=s.contact_name.split()[0],
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
    if result.total:
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
