"""Saved answers: one ``Situation`` as a small, versioned JSON file, and back.

A participant downloads the file to their own device and loads it later (a closed tab or a restarted
kernel then loses nothing); nothing is kept on the server. In JupyterLab a reader may also keep the
file in their own folder, so the next chapter can fill in its form from it.

Loading reads anything a person might pick by mistake (a photo, a letter, a file cut short, one made
by a newer Rebound), so every way it can be wrong ends in ``SavedAnswersError`` with a sentence for
the person, never a traceback. Values are checked for their type only; what they say is left to
``validate()``, which explains it beside each field as if it had been typed.
"""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import datetime
from pathlib import Path

from .catalogue import text
from .exports.base import Export, filename
from .situation import FORMATS, MAX_SLOTS, REASONS, SCENARIOS, TONES, Situation

FORMAT = "rebound-answers"
VERSION = 1
# A full form takes about 1 KB; anything much larger is some other file, and is not read at all.
MAX_BYTES = 64 * 1024
FOLDER_FILE = "rebound-answers.json"  # the file chapters share in a JupyterLab reader's own folder
MIME_TYPE = "application/json"

# Not saved: "now" is when the answers are used, not when they were saved.
# The clock, and the participant's own zone, come from the browser that loads the file, not the one that saved it.
NOT_SAVED = ("now", "candidate_zone")
# "Why?" may be left unanswered (None or ""); the other choices always have a value.
CHOICES = {"scenario": SCENARIOS, "reason": (*REASONS, None, ""), "interview_format": FORMATS, "tone": TONES}
TIMES = ("interview_at", "agreed_at")
# Whole numbers beyond this are not something anyone typed into the form.
MAX_COUNT = 10**6


class SavedAnswersError(ValueError):
    """The file cannot be loaded. ``str(error)`` is worded for the candidate."""

    def __init__(self, reason: str, **values: object):
        self.reason = reason  # too_large, not_answers, damaged, newer
        super().__init__(text(f"saved.error.{reason}", **values))


def answers(s: Situation) -> dict[str, object]:
    """What is saved of ``s``: every answer, JSON-ready."""
    return {k: v for k, v in s.to_dict().items() if k not in NOT_SAVED}


def dumps(s: Situation) -> bytes:
    """``s`` as the saved-answers file's content."""
    document = {"format": FORMAT, "version": VERSION, "answers": answers(s)}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


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
        return Situation(**_checked(saved))
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


def _time(value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("not a time")
    return datetime.fromisoformat(value)


def _checked(saved: dict[str, object]) -> dict[str, object]:
    """The saved answers as ``Situation`` fields, each of the type the form produces. Unknown keys are
    left out (a later version 1 file may carry more); a value of the wrong type means damage."""
    fields = {f.name for f in dataclasses.fields(Situation)} - set(NOT_SAVED)
    out: dict[str, object] = {}
    for name, value in saved.items():
        if name not in fields:
            continue
        if name in CHOICES:
            if value not in CHOICES[name]:
                raise ValueError(name)
            out[name] = value
        elif name in TIMES:
            out[name] = _time(value)
        elif name == "proposed_slots":
            if not isinstance(value, list) or len(value) > MAX_SLOTS or None in value:
                raise ValueError(name)
            out[name] = tuple(_time(v) for v in value)
        elif name == "eta_minutes":
            # A whole number, or what was typed when it was not one (validate() explains it).
            if not (value is None or isinstance(value, str) or (_is_int(value) and abs(value) <= MAX_COUNT)):
                raise ValueError(name)
            out[name] = value
        elif name in ("interviews_so_far", "times_moved"):
            if not (_is_int(value) and abs(value) <= MAX_COUNT):
                raise ValueError(name)
            out[name] = value
        else:
            if not isinstance(value, str):
                raise ValueError(name)
            out[name] = value
    return out
