"""What every export returns, the errors an export can raise, and safe file names.

An export is a value, not a file: the bytes stay in memory and the widget layer hands them to the
browser. Nothing the candidate typed is written to the server's disk on the way.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from .. import domain, i18n
from ..catalogue import text
from ..i18n import in_its_language
from ..situation import Situation

MAX_STEM = 60  # characters before the extension: short enough for any file system and any download bar
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Export:
    """One downloadable file: its suggested name, its MIME type and its content."""

    filename: str
    mime_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


class ExportError(ValueError):
    """An export cannot be made from what was entered. ``str(error)`` is worded for the candidate."""


class NoAgreedTime(ExportError):
    """A calendar event needs the new interview time, and none has been agreed (``agreed_at`` is None)."""

    def __init__(self) -> None:
        super().__init__(text("export.error.no_agreed_time"))


class NeedsServer(ExportError):
    """A file whose library has no build for the browser (the .docx: python-docx needs lxml), asked for
    on the static site (Pyodide)."""

    def __init__(self) -> None:
        super().__init__(text("export.error.needs_server"))


class InvalidAddress(ExportError):
    """An email address given for the recipient cannot be used in a message header or a link."""

    def __init__(self, address: str) -> None:
        shown = address if len(address) <= 60 else address[:59] + "…"
        super().__init__(text("export.error.address", address=shown))
        self.address = address


def slug(value: str, limit: int = 30) -> str:
    """``value`` as lowercase ASCII words joined by hyphens: 'Café Müller & Co' -> 'cafe-muller-co'.

    Accents are dropped rather than the letters they sit on; scripts with no ASCII reading (Arabic,
    Chinese) give '' and the caller falls back to a generic word. Separators, dots and anything else a
    file system might read specially never survive, so the result is always a harmless name part.
    """
    ascii_only = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    words = _NOT_SLUG.sub("-", ascii_only.lower()).strip("-")
    if len(words) > limit:
        words = words[:limit].rsplit("-", 1)[0] if "-" in words[:limit] else words[:limit]
    return words.strip("-")


# What a download that is not a message is called (a message's name is its kind's ``file_label``).
OTHER_FILES = {"answers": "export.file.answers", "event": "export.file.event", "plan": "export.file.plan"}


@in_its_language
def filename(s: Situation, kind: str, extension: str) -> str:
    """'<company>-<kind>.<extension>', e.g. 'acme-sons-letter.docx', always safe and bounded."""
    label = domain.KIND_SPECS[kind].file_label if kind in domain.KIND_SPECS else OTHER_FILES[kind]
    parts = [p for p in (slug(s.company), slug(text(label))) if p]
    stem = "-".join(parts) or text("export.file.fallback")
    return f"{stem[:MAX_STEM].strip('-')}.{extension}"


def html_page(title: str, style: str, main: str, lang: str | None = None) -> str:
    """A complete, self-contained page (inline style, no scripts, nothing fetched) with ``main`` inside
    its <main>. ``title`` and ``main`` are already escaped HTML: the printable plan and the workshop's
    cards share this frame."""
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang or i18n.current())}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{style}</style>\n</head>\n<body>\n<main>\n{main}</main>\n</body>\n</html>\n"
    )
