"""``compose()``: a situation and a message kind in, a ready-to-send ``Message`` out.

The wording lives in ``templates/``: ``<scenario>/<channel>.txt.j2`` for the first message of each
situation (phone script, voicemail, text, email, letter), and ``after/<kind>.txt.j2`` for the messages the
plan asks for later (confirming a new time, the one follow-up, a reply when they decline, a thank-you after
arriving late, a reply when the employer wrote first). This module only prepares the values the templates
need and assembles the parts of a written message (letterhead, salutation, paragraphs, sign-off).

What the candidate typed reaches Jinja2 as *data* in the context, never as template source, so a name
such as ``{{ 7*7 }}`` is printed literally. The plain-text body is the message; the HTML form is derived
from it by escaping, so markup typed into a field can never become markup.

Messages know the plan: a voicemail left on Monday morning says the email went on Friday night when the
plan sent it then, and a letter carries the date the plan posts it.
"""

from __future__ import annotations

import dataclasses
import html
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .catalogue import text
from . import domain, i18n
from .address import Addressee, english_dear_name, english_greeting_name
from .domain import AFTER_KINDS, KINDS, MEDIUM  # noqa: F401 (importable from here, where they used to live)
from .i18n import in_its_language
from .facts import Facts, facts, zone_words
from .package_data import data_dir
from .formatting import (
    clock_time,
    date_and_time,
    day_and_date,
    dated_when,
    format_time,
    joined,
    letter_date,
    spoken_day,
    spoken_day_name,
    spoken_when,
    weekday,
    written_when,
)
from .clock import country_of_zone
from .dialing import dialable
from .situation import Situation, employer_country, own_zone, require_valid

if TYPE_CHECKING:  # the plan is passed in; importing timeline here would be circular
    from .timeline import ActionPlan

TEMPLATES_DIR = data_dir("templates")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Parts:
    """A message in its parts, so a document or a printout lays it out without re-reading the text."""

    subject: str | None = None
    sender: tuple[str, ...] = ()  # letter: the candidate's name and contact lines
    date: str | None = None  # letter: the day it is sent
    recipient: tuple[str, ...] = ()  # letter: whom it is addressed to
    reference: str | None = None  # letter: the "Re:" line
    salutation: str | None = None
    paragraphs: tuple[str, ...] = ()  # each may hold several lines (a list of times)
    closing: str | None = None
    signature: tuple[str, ...] = ()

    def blocks(self) -> tuple[str, ...]:
        """The message's blocks in page order (what a printout sets as paragraphs), blank parts left out."""
        out: list[str] = []
        if self.sender:
            out += ["\n".join(self.sender), self.date or "", "\n".join(self.recipient)]
        out += [self.reference or "", self.salutation or ""]
        out += list(self.paragraphs)
        if self.closing:
            out.append("\n".join((self.closing,) + self.signature))
        return tuple(b for b in out if b)


@dataclass(frozen=True)
class Message:
    channel: str  # the kind: "email", "voicemail", ... or an after-kind such as "confirm"
    subject: str | None
    body: str
    word_count: int
    html: str
    note: str | None = None  # advice shown with the message (e.g. when a text is acceptable at all)
    parts: Parts = field(default_factory=Parts)

    @property
    def medium(self) -> str:
        """How it is sent: phone, voicemail, text, email or letter."""
        return domain.kind(self.channel).medium


class UnsupportedChannel(ValueError):
    """The kind of message does not suit the scenario (for example, a text message to withdraw)."""


def template_dir(lang: str) -> Path:
    """Where ``lang``'s messages are: ``templates/<lang>/`` when it has its own (written natively), else
    its base language's (``es-MX`` -> ``es/``); a variant of English uses the English ones at the top of
    ``templates/``, which its catalogue adapts (British spelling). Any other language without templates
    is an error, never a silently English message."""
    base = lang.split("-")[0]
    for candidate in (lang, base):
        if (TEMPLATES_DIR / candidate).is_dir():
            return TEMPLATES_DIR / candidate
    if base == i18n.SOURCE_LANGUAGE:
        return TEMPLATES_DIR
    raise i18n.UnknownLanguage(f"no message templates for {lang!r} (templates/{lang}/)")


def environment(lang: str | None = None):
    """The Jinja2 environment of a language (by default the one in force), built on first use (keeps
    ``import guide`` cheap). Templates may use gettext (``_()``) through Jinja2's i18n extension."""
    return _environment(lang or i18n.current())


@lru_cache(maxsize=None)
def _environment(lang: str):
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir(lang)),
        undefined=jinja2.StrictUndefined,  # a missing value is a bug to see, never a blank in a letter
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,  # the body is plain text; html is made from it by escaping (see to_html)
        extensions=["jinja2.ext.i18n"],
        # The templates are the package's own and never change under a running kernel: no stat() of the
        # file on every get_template (five per message written, so per keystroke; issue 28).
        auto_reload=False,
    )
    env.install_gettext_translations(i18n.translations(lang), newstyle=True)  # type: ignore[attr-defined]
    if lang.split("-")[0] == "es":
        from . import spanish  # titles, articles and greetings: the same rules as the Spanish catalogue's

        env.globals["es"] = spanish
        # A regional variant's few words of its own (es-MX: "Me desperté tarde" for "Me he dormido"); the
        # templates are shared with the base language, so they ask which region they write for.
        env.globals["region"] = lang.split("-")[1].upper() if "-" in lang else ""
    return env


def warm_up(lang: str | None = None) -> None:
    """Build the Jinja2 environment and compile every template now, so the first message is written
    at once. A workshop's preheated kernels do this before anyone connects (``App`` starts it in the
    background); without it, the first keystroke that completes the form pays for it."""
    env = environment(lang)
    own = template_dir(lang or i18n.current()) != TEMPLATES_DIR
    for name in env.list_templates(extensions=["j2"]):
        # The English folder holds the other languages' folders too; each is compiled by its own language.
        if own or name.split("/")[0] not in i18n.languages():
            env.get_template(name)


def kinds_for(s: Situation, known: Facts | None = None) -> tuple[str, ...]:
    """The messages worth writing for ``s``, in the one order the page shows them.

    Once a new time is agreed the story has moved on: the first messages (which ask for a time) give way
    to the confirmation, and after a missed interview to the letter that thanks them for it.
    """
    known = known or facts(s)
    spec = domain.SCENARIO_SPECS[s.scenario]
    if s.agreed_at is not None and spec.once_agreed:
        return spec.once_agreed
    first = list(spec.channels)
    # A formal letter earns its place after a missed interview (000) and when withdrawing late in a process
    # (hiring practice); elsewhere it would be a third copy of the same story, so it is not offered.
    if spec.letter_needs_late_stage and not known.late_stage:
        first.remove(domain.KindId.LETTER)
    # A few minutes late is one call (its voicemail if nobody answers), or a text where they already text:
    # an email and the offer of another day belong to real lateness (hiring practice: in proportion).
    if spec.email_needs_very_late and not known.very_late:
        first.remove(domain.KindId.EMAIL)
    after = [k for k in spec.later if not (domain.KIND_SPECS[k].only_if_can_still_come and known.too_late)]
    order = {kind: i for i, kind in enumerate(KINDS)}
    return tuple(sorted(first, key=order.__getitem__)) + tuple(after)


@in_its_language
def compose(s: Situation, channel: str) -> Message:
    """Write the ``channel`` message for ``s`` (a channel such as "email", or a later kind such as
    "confirm"). Raises ``InvalidSituation`` listing every error, ``UnsupportedChannel`` if it doesn't fit."""
    require_valid(s)
    from .timeline import plan_checked  # the plan is the messages' story; timeline imports nothing from here

    return compose_checked(s, channel, facts(s), plan_checked(s))


@in_its_language
def compose_checked(s: Situation, channel: str, known: Facts, steps: "ActionPlan") -> Message:
    """``compose`` for a situation already validated, with its facts and plan (``advise`` computes them once)."""
    if channel not in domain.channels_for(s.scenario) and channel not in kinds_for(s, known):
        raise UnsupportedChannel(f"{channel!r} is not offered for {s.scenario!r}")
    spec = domain.kind(channel)
    values = context(s, channel, known, steps)
    module = environment().get_template(spec.template(s.scenario)).make_module(values)
    medium = spec.medium
    zone = zone_words(known.interview_at) if known.with_zone and known.interview_at else ""
    if spec.letterform:
        parts = _zone_once(_written_parts(module, values, medium), zone)
        if spec.answers_them:  # it answers their message, in their thread, under their subject
            parts = dataclasses.replace(parts, subject=None)
        body = _assemble(parts)
    else:
        body = _say_zone_once(tidy(str(module)), zone)
        parts = Parts(paragraphs=tuple(body.split("\n\n")))
    note = text(spec.note) if spec.note else None
    if spec.note in NOTE_WITHOUT_OFFICE and not _office(s):
        # A shop or a café open evenings and weekends keeps no "office hours" (recruiter read #2).
        note = text(NOTE_WITHOUT_OFFICE[spec.note])
    return Message(
        channel=channel,
        subject=parts.subject,
        body=body,
        word_count=len(_WORD.findall(body)),
        html=to_html(body),
        note=note,
        parts=parts,
    )


# A note that speaks of office hours, and its words for an employer open evenings and weekends.
NOTE_WITHOUT_OFFICE = {"rule.text-only-if-they-text": "message.text-note-extended"}


# Each time of the interview's clock is written with this mark after it; the message then names the zone
# at the first one and drops the rest ("10 AM New York time, ... or 2 PM"): once per message, in words.
ZONE_MARK = "\ue000"


def _say_zone_once(passage: str, zone: str) -> str:
    if ZONE_MARK not in passage:
        return passage
    head, _, tail = passage.partition(ZONE_MARK)
    return head + (" " + zone if zone else "") + tail.replace(ZONE_MARK, "")


def _zone_once(p: Parts, zone: str) -> Parts:
    """The zone named at the first time of the paragraphs; a subject or a "Re:" line stays short."""
    joined = _say_zone_once("\x00".join(p.paragraphs), zone)
    plain = lambda x: x.replace(ZONE_MARK, "") if x else x  # noqa: E731
    return dataclasses.replace(
        p, subject=plain(p.subject), reference=plain(p.reference), paragraphs=tuple(joined.split("\x00"))
    )


def _greeting_names(s: Situation) -> dict[str, str]:
    """Whom an English greeting names: "greet" after "Hi" or "Hello", "dear" after a formal "Dear",
    as the candidate asked to address their contact (``guide.address``)."""
    contact = Addressee(_typed(s.contact_name), s.address_as)
    courtesy = text(f"address.courtesy.{s.address_as}") if s.address_as in ("ms", "mr") else ""
    return {
        "greet": english_greeting_name(contact, courtesy),
        "dear": english_dear_name(contact, courtesy) if contact else "",
    }


def _email_sent(email: datetime, call: datetime, own) -> str:
    """When the plan's email went, said on the call: "earlier today", "yesterday", "on Friday" on the
    employer's clock. Sent at 7:30 in Tokyo, it is 23:30 the day before in Madrid: "yesterday" would be
    false to the candidate who says it and "today" to the one who hears it, so it is "a few hours ago"."""
    if own is not None and email.tzinfo is not None and call.tzinfo is not None:
        theirs = (call.date() - email.date()).days
        mine = (call.astimezone(own).date() - email.astimezone(own).date()).days
        if theirs != mine and call - email < timedelta(hours=24):
            return text("when.done_hours_ago")
    return spoken_day(email, call)


def _person(s: Situation) -> str:
    """The contact the messages speak to. In Spanish a team typed there ("Equipo de selección") is no
    person to greet by name: its messages speak to whoever reads them (``guide.spanish.person``)."""
    contact = _typed(s.contact_name)
    if i18n.current().split("-")[0] == "es":
        from . import spanish

        return Addressee(spanish.person(contact), s.address_as)
    return contact


def _office(s: Situation) -> bool:
    """Whether the employer keeps office hours (else a shop, a café, a warehouse open evenings and
    weekends: no "office" opens for it)."""
    return s.employer_hours != "extended"


def candidate_country(s: Situation) -> str | None:
    """Where the candidate is: their own clock's country, else their language's region (en-GB), else
    None (taken to be the employer's)."""
    zone = own_zone(s)
    found = country_of_zone(zone) if zone is not None else None
    if found:
        return found
    language = s.language if isinstance(s.language, str) else ""
    return language.split("-")[1].upper() if "-" in language else None


def _known_employer_country(s: Situation) -> str | None:
    """The employer's country where the candidate said it or the interview's zone gives it; None when it
    is only the calendar's default (a British candidate who gave neither is not taken to call the US)."""
    given = isinstance(s.country, str) and s.country.strip()
    zoned = isinstance(s.interview_at, datetime) and country_of_zone(s.interview_at.tzinfo)
    return employer_country(s) if given or zoned else None


def _team(s: Situation, channel: str) -> dict[str, object]:
    """A team typed as the contact, in a Spanish email or letter (the first message of a scenario): it is
    greeted as one ("Estimado equipo de selección:") and spoken to as ustedes all through, each such word
    chosen in the template by ``u(singular, plural)`` ("le agradezco" / "les agradezco"). A call or a
    voicemail reaches one person, in usted; so do the later messages, which answer whoever wrote."""
    typed = _typed(s.contact_name)
    team = False
    if i18n.current().split("-")[0] == "es" and channel in ("email", "letter"):
        from . import spanish

        team = spanish.team(typed)
    return {"team": typed if team else "", "u": (lambda one, many: many) if team else (lambda one, many: one)}


def _typed(value: object) -> str:
    """A typed field as text: trimmed, and empty when the field was never filled (None)."""
    return value.strip() if isinstance(value, str) else ""


def _due(steps: "ActionPlan", channel: str) -> datetime | None:
    """When the plan first uses ``channel``. The check that a message arrived is a call only if nobody
    answered: no message counts on it (an email promising "I'll call you on Monday" for it would be a
    promise the plan may never keep)."""
    return next((st.due for st in steps if st.channel == channel and st.due is not None
                 and st.rule_id != "confirm-received"), None)


def context(s: Situation, channel: str, known: Facts, steps: "ActionPlan") -> dict[str, object]:
    """The values templates may use. Everything is already trimmed and formatted; templates add words."""
    now, at = known.now, known.interview_at
    # Times carry no zone of their own here: a mark after each, named once per message (see _say_zone_once).
    zone = False
    mark = ZONE_MARK if known.with_zone else ""
    call, email, letter = _due(steps, "phone"), _due(steps, "email"), _due(steps, "letter")
    # The email goes before the call when the office is closed (at 9 pm, or at 7 am with the call at 9):
    # then the call (and its voicemail) can say the email is already there, and the email can say when the
    # call will come. The plan's own times decide, on the same day too. A plan that only writes (a
    # cancellation days ahead) still offers the call's script: the email went first there too, and no
    # message promises it again (recruiter read #2: "I'll confirm this by email today" after it went).
    email_first = email is not None and (call is None or email < call)
    # ...and the other way round: the email written right after the call (answered or not) says so.
    after_call = email is not None and call is not None and call <= email
    # A call is made when the plan says, and speaks of days from there: a Friday interview, called about
    # on Monday, is "on Friday", not "today". Everything else is sent now.
    said_at = call if domain.kind(channel).spoken and call is not None else now
    # Offered times in date order, as a person lists them ("Tuesday, Wednesday or Friday"), whatever order
    # they were typed in; naive and zoned times compare on the same clock: a naive one is read in the zone
    # of ``now``, or of the first zoned slot when ``now`` is naive too (a file or a caller may mix them).
    read_in = now.tzinfo or next((t.tzinfo for t in s.proposed_slots if t.tzinfo is not None), None)
    slots = sorted(s.proposed_slots, key=lambda x: x if x.tzinfo is not None or read_in is None else x.replace(tzinfo=read_in))
    return {
        "channel": channel,
        "scenario": s.scenario,
        "reason": s.reason,
        "tone": s.tone,
        "warm": s.tone == "warm",
        "format": s.interview_format,
        "candidate": _typed(s.candidate_name),
        "company": _typed(s.company),
        "role": _typed(s.role),
        "contact": _person(s),
        **_greeting_names(s),
        **_team(s, channel),
        "location": _typed(s.location),
        "office": _office(s),
        # Across a border, the number in the form they can dial (+44 7700 900321), or none at all.
        "phone": dialable(_typed(s.candidate_phone), candidate_country(s), _known_employer_country(s)),
        "email": _typed(s.candidate_email),
        # The interview, said (calls, texts), written in an email read today, or dated (letters, subjects).
        "when": spoken_when(at, said_at, zone) + mark if at else "",
        "when_written": written_when(at, now, zone) + mark if at else "",
        "when_dated": dated_when(at, now, zone) + mark if at else "",
        "when_plain": date_and_time(at, now, zone) + mark if at else "",
        "slots_said": joined([spoken_when(x, said_at, zone, bare=True) + mark for x in slots]),
        "days_said": joined([spoken_day_name(x, said_at) for x in slots]),
        "slot_count": len(slots),
        "slots": [date_and_time(x, now, zone) + mark for x in slots],
        "agreed_said": spoken_when(s.agreed_at, said_at, zone) + mark if s.agreed_at else "",
        "agreed_written": written_when(s.agreed_at, now, zone) + mark if s.agreed_at else "",
        "agreed_dated": dated_when(s.agreed_at, now, zone) + mark if s.agreed_at else "",
        "eta": s.eta_minutes or 0,
        "arrival": clock_time(known.arrival, zone) + mark if known.arrival else "",
        # The same time written, for a language whose emails write times otherwise than it says them
        # ("15:55" beside "las 3:55 de la tarde"); the English templates say and write "3:55 PM" alike.
        "arrival_written": format_time(known.arrival, zone) + mark if known.arrival else "",
        "minutes_late": known.minutes_late,
        "very_late": known.very_late,
        "too_late": known.too_late,
        "moved_before": known.moved_before,
        # How many times it was moved already: the request is the "second" or the "third" (recruiter read #2).
        "times_moved": s.times_moved if isinstance(s.times_moved, int) and not isinstance(s.times_moved, bool) else 0,
        "late_stage": known.late_stage,
        "short_notice": known.short_notice,
        "slow_reply": known.slow_reply,
        "own_doing": known.own_doing,
        "interviews_so_far": s.interviews_so_far or 0,
        "email_first": email_first,
        "after_call": after_call,
        # The follow-up names the day the request went out (the plan's email, or today).
        "asked_on": day_and_date(email or now, now),
        # The comma that closes a date set off by commas, where the date has one ("my email of Wednesday,
        # December 2, about..."); a British date has none to close ("of Wednesday 2 December about").
        "asked_on_close": "," if "," in day_and_date(email or now, now) else "",
        # The plan's follow-up comes before the first time offered: it asks about those times (issue 24).
        "follow_up_times": any(st.rule_id == "follow-up-times" for st in steps),
        # When the email went, said on the plan's call; a plan with no call of its own leaves the day
        # unsaid (the script may be used any day): "It's all in the email I sent you as well."
        "email_sent": _email_sent(email, call, own_zone(s)) if email_first and call is not None else "",
        "call_next": spoken_day_ahead(call, email) if email_first and call is not None else "",
        "today": letter_date(letter or now),
    }


def spoken_day_ahead(moment: datetime, reference: datetime) -> str:
    """When a later call will come, said from the day of the email: "later this morning", "tomorrow
    morning", "on Monday morning"."""
    gap = (moment.date() - reference.date()).days
    key = ("this_morning" if moment.hour < 12 else "today") if gap <= 0 else "tomorrow" if gap == 1 else "on_day"
    return text(f"message.call_next.{key}", day=weekday(moment))


def _written_parts(module, values: dict[str, object], medium: str) -> Parts:
    """Assemble an email's or a letter's parts from its template (the paragraphs and the subject or
    reference line) and the shared partials (greeting, letterhead, sign-off)."""
    env = environment()
    frame = env.get_template("_partials/frame.j2").make_module({**values, "medium": medium})
    paragraphs = tuple(p for p in tidy(str(module)).split("\n\n") if p)
    lines = lambda block: tuple(line for line in str(block).strip().splitlines() if line.strip())  # noqa: E731
    subject = getattr(module, "subject", None)
    reference = getattr(module, "reference", None)
    letter = medium == "letter"
    return Parts(
        subject=" ".join(str(subject).split()) if subject else None,
        sender=lines(frame.sender) if letter else (),
        date=values["today"] if letter else None,  # type: ignore[arg-type]
        recipient=lines(frame.recipient) if letter else (),
        reference=" ".join(str(reference).split()) if reference else None,
        salutation=str(frame.salutation).strip(),
        paragraphs=paragraphs,
        closing=str(frame.closing).strip(),
        signature=lines(frame.signature),
    )


def _assemble(p: Parts) -> str:
    """The plain text of a written message, laid out as its parts say."""
    return "\n\n".join(p.blocks())


def tidy(body: str) -> str:
    """Collapse the blank lines that conditional template blocks leave, and trim trailing spaces."""
    lines = [line.rstrip() for line in body.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out)


def to_html(body: str) -> str:
    """Paragraphs of escaped text: safe to put in an ``HTML`` widget whatever the user typed."""
    paragraphs = body.split("\n\n")
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>" for p in paragraphs if p
    )
