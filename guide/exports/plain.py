"""The message as plain text, as a ``mailto:`` link and as an email draft (.eml); standard library only."""

from __future__ import annotations

import re
from urllib.parse import quote

from ..i18n import in_its_language
from ..catalogue import text
from ..messages import Message
from ..situation import Situation
from .base import Export, InvalidAddress, filename

# Some mail programs and browsers cut links longer than about 2,000 characters. The widget layer can
# compare against this and suggest copying the message instead of a link that would arrive truncated.
MAILTO_SAFE_LENGTH = 2000
# One address: a local part without spaces or header punctuation, then a domain of dot-separated labels
# (letters in any script, digits, hyphens). Not RFC 5322 in full; enough to refuse what is not an address.
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}$")


@in_its_language
def to_txt(message: Message, s: Situation) -> Export:
    """The message as a UTF-8 text file: the subject line first (if the channel has one), then the body."""
    parts = [text("export.txt.subject", subject=message.subject)] if message.subject else []
    parts.append(message.body)
    content = "\n\n".join(parts) + "\n"
    return Export(filename(s, message.channel, "txt"), "text/plain; charset=utf-8", content.encode("utf-8"))


def mailto(message: Message, to: str = "") -> str:
    """A ``mailto:`` link that opens the candidate's mail program with this subject and body.

    Encoded as RFC 6068 asks: UTF-8 bytes percent-encoded, every character outside the unreserved set
    escaped (so '&', '?', '#', '+' and '=' in a name cannot end a field or start a new one), spaces as
    ``%20`` (mail programs do not read '+' as a space) and line breaks as ``%0D%0A``.
    Raises ``InvalidAddress`` if ``to`` is given and is not a single email address.
    """
    address = _checked(to)
    fields = []
    if message.subject:
        fields.append("subject=" + _encode(message.subject))
    fields.append("body=" + _encode(message.body.replace("\r\n", "\n").replace("\n", "\r\n")))
    return f"mailto:{quote(address, safe='@')}?" + "&".join(fields)


@in_its_language
def to_eml(message: Message, s: Situation, to: str | None = None) -> Export:
    """The message as an email draft (.eml) that a mail program opens ready to send.

    Built with the standard ``email`` package: the subject and the display names are encoded for
    non-ASCII text (RFC 2047) and the body is UTF-8 (quoted-printable), so the file is plain ASCII and
    any name survives. ``X-Unsent: 1`` asks Outlook to open it as a draft rather than as a received
    message. Raises ``InvalidAddress`` if ``to`` is given and is not a single email address.
    """
    from email import policy
    from email.charset import QP, Charset
    from email.message import Message as MimeMessage

    # The classic (compat32) API, on purpose: the newer EmailMessage folder on Python 3.11 drops the
    # space between two encoded words when a long non-ASCII subject is folded exactly at a space
    # ("Thị Ánh" came back as "ThịÁnh"), while ``Header`` keeps every space inside its encoded words.
    draft = MimeMessage()
    if message.subject:
        draft["Subject"] = _header(" ".join(message.subject.split()))
    sender = _mailbox(s.candidate_email.strip(), s.candidate_name)
    if sender:
        draft["From"] = sender
    address = _checked(to or "")
    if address:
        recipient = _mailbox(address, s.contact_name)
        if not recipient:
            raise InvalidAddress(address)
        draft["To"] = recipient
    draft["X-Unsent"] = "1"
    draft["MIME-Version"] = "1.0"
    utf8 = Charset("utf-8")
    utf8.body_encoding = QP  # readable if opened as text, and safe for any line length
    draft.set_payload(message.body + "\n", charset=utf8)
    data = draft.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))  # .eml files use CRLF
    return Export(filename(s, "email", "eml"), "message/rfc822", data)


def _checked(address: str) -> str:
    address = address.strip()
    if address and not _ADDRESS.fullmatch(address):
        raise InvalidAddress(address)
    return address


def _mailbox(addr_spec: str, display_name: str) -> str:
    """'Name <address>' ready for a header, or '' when the address cannot go in a plain header.

    Validation accepts addresses with a non-ASCII local part, which only an SMTPUTF8 header can carry;
    the draft then leaves that header for the mail program to fill in.
    """
    from email.utils import formataddr

    if not addr_spec or not _ADDRESS.fullmatch(addr_spec) or not addr_spec.split("@")[0].isascii():
        return ""
    domain = addr_spec.split("@")[1]
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")  # bücher.de -> xn--bcher-kva.de
        except UnicodeError:
            return ""
    name = " ".join(display_name.split())  # one line, whatever was typed
    return formataddr((name, f"{addr_spec.split('@')[0]}@{domain}"), charset="utf-8")


def _header(value: str):
    from email.header import Header

    return value if value.isascii() else Header(value, "utf-8")


def _encode(value: str) -> str:
    return quote(value, safe="")
