"""The checks of the draft review that compare names and details: template leftovers, names and details
that match the form, the subject line, the company and job named, the interview named exactly.
"""

from __future__ import annotations

from ..catalogue import text
from ..situation import SCENARIOS
from . import vocabulary
from .matching import patterns
from .folding import fold, tokens_of
from .outcome import Context, Outcome, everywhere, join, quote
from .reading import leading_name


# --- comparing names ---------------------------------------------------------------------------------
def _same_person(written: str, entered: str) -> bool:
    titles = patterns().titles
    a, b = tokens_of(written, titles), tokens_of(entered, titles)
    return not a or not b or bool(a & b)


def _same_company(written: str, entered: str) -> bool:
    a, b = tokens_of(written, vocabulary.COMPANY_SUFFIXES), tokens_of(entered, vocabulary.COMPANY_SUFFIXES)
    return not a or not b or a <= b or b <= a or bool(a & b)


def _same_role(written: str, entered: str) -> bool:
    ignored = vocabulary.GENERIC_ROLE_WORDS | patterns().function_words
    a, b = tokens_of(written, ignored), tokens_of(entered, ignored)
    return not a or not b or bool(a & b)


def no_placeholders(ctx: Context) -> Outcome:
    entered = " ".join(
        ctx.entered(n) for n in ("candidate_name", "company", "role", "contact_name", "location")
    )
    found = [m for m in everywhere(ctx, patterns().placeholders, 20) if m not in entered]
    return Outcome(not found, values={"found": quote(found)})


def details_match(ctx: Context) -> Outcome | None:
    if ctx.situation is None:
        return None
    d, items = ctx.draft, []
    contact, candidate = ctx.entered("contact_name"), ctx.entered("candidate_name")
    company, role = ctx.entered("company"), ctx.entered("role")
    p = patterns()
    if contact and d.greeted and tokens_of(d.greeted, p.titles) - p.generic_addressees:
        if not _same_person(d.greeted, contact):
            items.append(("review.details-match.item.greeting", d.greeted, contact))
    for written in (d.intro_name, d.signature):
        # A template gap signed in place of a name ("[nombre]") is the gap check's to report.
        if written and p.placeholders.search(written):
            continue
        if candidate and written and not _same_person(written, candidate):
            items.append(("review.details-match.item.name", written, candidate))
            break
    if company:
        for written in _company_mentions(d.content):
            if not _same_company(written, company):
                items.append(("review.details-match.item.company", written, company))
                break
    if role:
        for written in _role_mentions(d.content):
            if not _same_role(written, role):
                items.append(("review.details-match.item.role", written, role))
                break
    if not items:
        return Outcome(True)
    said = " ".join(
        text(key, found=quote([found]), expected=expected) for key, found, expected in items[:2]
    )
    return Outcome(False, values={"items": said})


def _company_mentions(content: str) -> list[str]:
    p = patterns()
    other = {m.end() for m in p.other_employer.finditer(content)}  # "accepted a job with X" is not X
    out = []
    for m in p.company_mention.finditer(content):
        if m.end() in other:
            continue
        name = leading_name(content[m.end() : m.end() + 80])
        if name and name.lower() not in vocabulary.FUNCTION_WORDS:
            out.append(name)
        if len(out) >= 10:
            break
    return out


def _role_mentions(content: str) -> list[str]:
    out = []
    for m in patterns().role_before.finditer(content):
        words = m.group(1).split()
        # "the chance to apply for this role" is not a job title; a title has no function words.
        if any(w.lower() in vocabulary.FUNCTION_WORDS - vocabulary.ROLE_CONNECTORS for w in words):
            continue
        if tokens_of(m.group(1), vocabulary.GENERIC_ROLE_WORDS):
            out.append(m.group(1).strip())
        if len(out) >= 10:
            break
    return out


def subject_line(ctx: Context) -> Outcome:
    subject = (ctx.draft.subject or "").strip()
    if not subject:
        return Outcome(False, "missing")
    p, missing = patterns(), []
    if ctx.later:
        purposes = [p.subject_purpose[ctx.later]]  # "Confirming…", "Following up…", "Thank you…"
    elif ctx.scenario:
        purposes = [p.subject_purpose[ctx.scenario]]
    else:
        purposes = [p.subject_purpose[s] for s in SCENARIOS]
    # What the email is about is read from English words; in another language the subject is held to
    # the name and the job only.
    if ctx.reads_english and not any(purpose.search(subject) for purpose in purposes):
        missing.append("review.subject-line.part.purpose")
    candidate, role = ctx.entered("candidate_name"), ctx.entered("role")
    if candidate and not (tokens_of(subject) & tokens_of(candidate, p.titles)):
        missing.append("review.subject-line.part.name")
    needs_role = ctx.scenario is None or ctx.scenario in vocabulary.SUBJECT_NEEDS_ROLE
    if role and needs_role and not _role_among(tokens_of(subject), role):
        missing.append("review.subject-line.part.role")
    if missing:
        return Outcome(False, "incomplete", {"missing": join([text(key) for key in missing])})
    if not ctx.reads_english:
        return Outcome(True, "named" if ctx.situation is not None else "present")
    return Outcome(True, "checked" if ctx.situation is not None else "")


def _role_among(tokens: set[str], role: str) -> bool:
    """Whether ``tokens`` include a significant word of the job title ("Warehouse", "Associate")."""
    wanted = tokens_of(role, vocabulary.GENERIC_ROLE_WORDS | patterns().function_words)
    return not wanted or bool(tokens & wanted)


def details_named(ctx: Context) -> Outcome | None:
    if ctx.situation is None:
        return None
    company, role = ctx.entered("company"), ctx.entered("role")
    missing = []
    if company:
        core = tokens_of(company, vocabulary.COMPANY_SUFFIXES)
        if fold(company) not in ctx.named_folded and not (core and core <= ctx.named_tokens):
            missing.append(text("review.details-named.part.company", company=company))
    if role and not _role_among(ctx.named_tokens, role):
        missing.append(text("review.details-named.part.role", role=role))
    if missing:
        return Outcome(False, values={"missing": join(missing)})
    return Outcome(True)


def name_the_appointment(ctx: Context) -> Outcome:
    p = patterns()
    where = ctx.draft.content + "\n" + (ctx.draft.reference or "")
    missing = []
    if not p.date_mention.search(where):
        missing.append(text("review.name-the-appointment.part.date"))
    if not p.time_mention.search(where):
        missing.append(text("review.name-the-appointment.part.time"))
    if missing:
        return Outcome(False, values={"missing": join(missing)})
    return Outcome(True)
