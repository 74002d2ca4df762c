"""``compose()``: a situation and a channel in, a ready-to-send ``Message`` out.

The wording lives in ``templates/<scenario>/<channel>.txt.j2``; this module only prepares the values
the templates need. What the candidate typed reaches Jinja2 as *data* in the context, never as template
source, so a name such as ``{{ 7*7 }}`` is printed literally. The plain-text body is the message; the
HTML form is derived from it by escaping, so markup typed into a field can never become markup.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from functools import lru_cache

from .catalogue import text
from .clock import aligned, resolve_now
from .formatting import format_date, format_datetime, format_time
from .package_data import data_dir
from .situation import SHORT_NOTICE, Situation, arrival, channels_for, is_very_late, minutes_late, require_valid

TEMPLATES_DIR = data_dir("templates")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Message:
    channel: str
    subject: str | None
    body: str
    word_count: int
    html: str
    note: str | None = None  # advice shown with the message (e.g. when a text is acceptable at all)


class UnsupportedChannel(ValueError):
    """The channel does not suit the scenario (for example, a text message to withdraw)."""


@lru_cache(maxsize=1)
def environment():
    """The one Jinja2 environment, built on first use (keeps ``import guide`` cheap)."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        undefined=jinja2.StrictUndefined,  # a missing value is a bug to see, never a blank in a letter
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,  # the body is plain text; html is made from it by escaping (see to_html)
    )


def compose(s: Situation, channel: str) -> Message:
    """Write the message for ``s`` on ``channel``. Raises ``InvalidSituation`` listing every error."""
    require_valid(s)
    if channel not in channels_for(s.scenario):
        raise UnsupportedChannel(f"{channel!r} is not offered for {s.scenario!r}")
    template = environment().get_template(f"{s.scenario}/{channel}.txt.j2")
    module = template.make_module(context(s, channel))
    body = tidy(str(module))
    subject = getattr(module, "subject", None)
    subject = " ".join(str(subject).split()) if subject else None
    note = text("rule.text-only-if-they-text") if channel == "text" else None
    return Message(
        channel=channel,
        subject=subject,
        body=body,
        word_count=len(_WORD.findall(body)),
        html=to_html(body),
        note=note,
    )


def context(s: Situation, channel: str) -> dict[str, object]:
    """The values templates may use. Everything is already trimmed and formatted; templates add words."""
    now = resolve_now(s)
    at = s.interview_at
    if at is not None:
        now, at = aligned(now, at)
    # A zone matters when candidate and employer may not share one (calls) or when it caused the problem.
    with_zone = s.interview_format != "in_person" or s.reason == "confusion"
    eta = s.eta_minutes or 0
    return {
        "channel": channel,
        "scenario": s.scenario,
        "reason": s.reason,
        "tone": s.tone,
        "format": s.interview_format,
        "candidate": s.candidate_name.strip(),
        "company": s.company.strip(),
        "role": s.role.strip(),
        "contact": s.contact_name.strip(),
        "location": s.location.strip(),
        "phone": s.candidate_phone.strip(),
        "email": s.candidate_email.strip(),
        "interview": format_datetime(at, with_zone) if at else "",
        "interview_date": format_date(at) if at else "",
        "interview_time": format_time(at, with_zone) if at else "",
        "today": format_date(now),
        "slots": [format_datetime(slot, with_zone) for slot in s.proposed_slots],
        "eta": eta,
        "arrival": format_time(arrival(s), with_zone),
        "minutes_late": minutes_late(s),
        "very_late": is_very_late(s),
        "agreed": format_datetime(s.agreed_at, with_zone) if s.agreed_at else "",
        "short_notice": at is not None and now <= at < now + SHORT_NOTICE,
        "interviews_so_far": s.interviews_so_far,
    }


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
