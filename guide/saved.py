"""Saved answers: one ``Situation`` as a small, versioned JSON file, and back.

A participant downloads the file to their own device and loads it later (a closed tab or a restarted
kernel then loses nothing); nothing is kept on the server. In JupyterLab a reader may also keep the
file in their own folder, so the next chapter can fill in its form from it.

Loading reads anything a person might pick by mistake (a photo, a letter, a file cut short, one made
by a newer Rebound), so every way it can be wrong ends in ``SavedAnswersError`` with a sentence for
the person, never a traceback. Values are checked for their type only; what they say is left to
``validate()``, which explains it beside each field as if it had been typed.

Which fields are saved, and how each is written and read, is ``guide.fields``'s table: the same one the
form's ``read()`` and ``fill()`` follow, so whatever is saved comes back into the form.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from . import fields
from .catalogue import text
from .exports.base import Export, filename
from .situation import Situation

FORMAT = "rebound-answers"
# 2: a time carries the name of its zone ("...+02:00[Europe/Berlin]"). Version 1 files (offsets only)
# still load; a Rebound that reads only version 1 says a version 2 file is from a newer Rebound.
VERSION = 2
# A full form takes about 1 KB; anything much larger is some other file, and is not read at all.
MAX_BYTES = 64 * 1024
FOLDER_FILE = "rebound-answers.json"  # the file chapters share in a JupyterLab reader's own folder
MIME_TYPE = "application/json"

# What is saved, and how, is guide/fields.py's table: every field but the clock and the participant's zone.
NOT_SAVED = fields.NOT_SAVED


class SavedAnswersError(ValueError):
    """The file cannot be loaded. ``str(error)`` is worded for the candidate."""

    def __init__(self, reason: str, **values: object):
        self.reason = reason  # too_large, not_answers, damaged, newer
        super().__init__(text(f"saved.error.{reason}", **values))


def answers(s: Situation) -> dict[str, object]:
    """What is saved of ``s``: every answer, JSON-ready."""
    return {f.name: f.dump(getattr(s, f.name)) for f in fields.SAVED}


def dumps(s: Situation) -> bytes:
    """``s`` as the saved-answers file's content."""
    document = {"format": FORMAT, "version": VERSION, "answers": answers(s)}
    # Readable UTF-8; half of a UTF-16 pair, which UTF-8 cannot hold, is written as its JSON escape
    # ("\ud800"), so saving never fails on it (loading reads it as the replacement character).
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8", errors="backslashreplace")


def answers_file(s: Situation) -> Export:
    """The download "Save my answers" gives: named after the company, made in memory."""
    return Export(filename(s, "answers", "json"), MIME_TYPE, dumps(s))


def loads(data: bytes | str) -> Situation:
    """The situation saved in ``data``, or ``SavedAnswersError`` saying why it cannot be loaded."""
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    if len(data) > MAX_BYTES:
        raise SavedAnswersError("too_large", limit=MAX_BYTES // 1024)
    ours = FORMAT.encode() in data
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # not text, not JSON, cut short, or nested beyond reason
        raise SavedAnswersError("damaged" if ours else "not_answers") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SavedAnswersError("not_answers")
    version = document.get("version")
    if not _is_int(version) or version < 1:
        raise SavedAnswersError("damaged")
    if version > VERSION:
        raise SavedAnswersError("newer")
    saved = document.get("answers")
    if not isinstance(saved, dict):
        raise SavedAnswersError("damaged")
    try:
        return Situation(**_on_the_employers_clock(_checked(saved)))
    except (TypeError, ValueError, OverflowError):
        raise SavedAnswersError("damaged") from None


def write_file(path: Path, s: Situation) -> None:
    """Save ``s`` to ``path`` whole or not at all, so a chapter reading it never finds half a file."""
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(dumps(s))
    os.replace(partial, path)


def read_file(path: Path) -> Situation:
    """The answers saved at ``path`` (``SavedAnswersError`` if unreadable; ``OSError`` if it is gone)."""
    with open(path, "rb") as file:
        data = file.read(MAX_BYTES + 1)
    return loads(data)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _checked(saved: dict[str, object]) -> dict[str, object]:
    """The saved answers as ``Situation`` fields, each of the type the form produces. Unknown keys are
    left out (a later file may carry more); a value of the wrong type means damage (``ValueError``), and
    so do times of which some carry an offset and some none: the form writes every time with its offset
    (an example, none), and such times cannot even be put in order."""
    values = {f.name: f.load(saved[f.name]) for f in fields.SAVED if f.name in saved}
    moments = [values.get("interview_at"), values.get("agreed_at"), *values.get("proposed_slots", ())]
    if len({m.tzinfo is None or m.utcoffset() is None for m in moments if m is not None}) > 1:
        raise ValueError("times on a clock and times on none")
    return values


def _on_the_employers_clock(values: dict[str, object]) -> dict[str, object]:
    """Times saved with their offset only (a version 1 file), put back on the employer's named clock.

    Such a file kept the employer's country but not their zone; the zone of that country whose offset
    matches the interview's, its principal one first (the database lists that first), is the clock the
    form had: without it the form would go back to "the same as mine" and lose the country's holidays."""
    country = values.get("country")
    moments = [m for m in (values.get("interview_at"), values.get("agreed_at"), *values.get("proposed_slots", ())) if m]
    if not isinstance(country, str) or not country.strip() or not moments:
        return values
    if any(getattr(m.tzinfo, "key", None) or m.tzinfo is None for m in moments):
        return values  # named already (a version 2 file), or read on the participant's clock
    zone = zone_of_country(country.strip().upper(), moments[0])
    if zone is None:
        return values
    out = dict(values)
    for name in ("interview_at", "agreed_at"):
        if out.get(name) is not None:
            out[name] = fields.in_zone(out[name], zone)
    if "proposed_slots" in out:
        out["proposed_slots"] = tuple(fields.in_zone(m, zone) for m in out["proposed_slots"])
    return out


def zone_of_country(country: str, moment: datetime | None = None):
    """The zone of ``country`` that reads ``moment`` with the offset it carries (any of its zones when
    there is no moment), its principal zone first; None if it has none."""
    from zoneinfo import ZoneInfo

    from .clock import _zone_countries  # zone.tab in its own order: each country's principal zone first

    for name, code in _zone_countries().items():
        if code == country:
            zone = ZoneInfo(name)
            if moment is None:
                return zone
            try:
                if moment.astimezone(zone).utcoffset() == moment.utcoffset():
                    return zone
            except (OverflowError, ValueError):
                return None
    return None
