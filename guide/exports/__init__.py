"""Take it with you: the message and the plan as files, links and a printable page.

Every export is a function of a ``Situation`` (and a ``Message`` where one is chosen) and returns an
``Export`` (file name, MIME type, bytes) held in memory; nothing is written to the server's disk::

    to_txt(message, s)          the message as UTF-8 text
    mailto(message, to="")      a mailto: link (a str) with subject and body percent-encoded
    to_eml(message, s, to=None) an email draft, built with the standard ``email`` package
    to_docx(s)                  the formal letter as a Word document (python-docx)
    to_ics(s)                   the agreed new interview with two reminders (icalendar);
                                raises NoAgreedTime while ``s.agreed_at`` is None
    first_channel(s)            the channel of the plan's first step: the message the printed plan includes
    handout_html(s, channel)    the one-page plan as a self-contained HTML page (a str)
    handout_html_file(s, channel)  the same page as an Export
    handout_pdf(s, channel)     the one-page plan as a PDF (fpdf2; shipped fonts for any script)

Errors a candidate can cause are ``ExportError`` subclasses (``ValueError``) whose text is worded for
them, plus the core's own ``InvalidSituation`` and ``UnsupportedChannel``. python-docx, icalendar and
fpdf2 are imported inside the functions that need them, so importing this package stays cheap.
"""

from .base import Export, ExportError, InvalidAddress, NoAgreedTime, filename, slug
from .event import to_ics
from .handout import Handout, first_channel, handout, handout_html, handout_html_file
from .letter import letter_layout, to_docx
from .pdf import handout_pdf
from .plain import MAILTO_SAFE_LENGTH, mailto, to_eml, to_txt

__all__ = [
    "Export",
    "ExportError",
    "Handout",
    "InvalidAddress",
    "MAILTO_SAFE_LENGTH",
    "NoAgreedTime",
    "filename",
    "first_channel",
    "handout",
    "handout_html",
    "handout_html_file",
    "handout_pdf",
    "letter_layout",
    "mailto",
    "slug",
    "to_docx",
    "to_eml",
    "to_ics",
    "to_txt",
]
