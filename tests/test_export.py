"""The exports, each read back with its own library: python-docx, icalendar, email, pypdf, urllib.

The situations use names in several scripts (Vietnamese, Arabic) and characters that mean something in
a URL, an email header or HTML, because those are what break an export.
"""

from __future__ import annotations

import builtins
import email
import email.policy
import io
import logging
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest

from guide import InvalidSituation, Situation, UnsupportedChannel, channels_for, compose, plan
from guide.catalogue import text
from guide.exports import (
    MAILTO_SAFE_LENGTH,
    Export,
    ExportError,
    InvalidAddress,
    NoAgreedTime,
    filename,
    handout,
    handout_html,
    handout_html_file,
    handout_pdf,
    letter_layout,
    mailto,
    slug,
    to_docx,
    to_eml,
    to_ics,
    to_txt,
)
from guide.timeline import due_label
from guide.exports.pdf import MISSING, printable
from guide.situation import MAX_LENGTH

NOW = datetime(2026, 3, 9, 15, 30)  # a Monday afternoon, offices open
AGREED = datetime(2026, 3, 13, 9, 30)  # the Friday after

CANDIDATE = "Nguyễn Thị Ánh"
CONTACT = "محمد عبد الله"

BASE = dict(
    candidate_name=CANDIDATE,
    company="Acme & Sons",
    role="Data analyst",
    contact_name=CONTACT,
    now=NOW,
    location="12 Main St, Springfield",
    candidate_phone="555-0100",
    candidate_email="anh@example.com",
)

# One valid situation per scenario, each exercising the parts of its plan that exports show.
SCENARIO_FIELDS = {
    "missed": dict(
        reason="overslept",
        interview_at=NOW - timedelta(hours=5, minutes=30),
        proposed_slots=(datetime(2026, 3, 11, 10), datetime(2026, 3, 12, 14)),
        agreed_at=AGREED,
    ),
    "late": dict(reason="traffic", interview_at=NOW + timedelta(minutes=10), eta_minutes=30, agreed_at=AGREED),
    "reschedule": dict(
        reason="conflict",
        interview_at=NOW + timedelta(days=2),
        proposed_slots=(datetime(2026, 3, 16, 10), datetime(2026, 3, 17, 14)),
        agreed_at=datetime(2026, 3, 17, 14),
    ),
    "cancel": dict(reason="accepted_offer", interview_at=NOW + timedelta(days=3)),
    "withdraw": dict(reason="not_interested", interview_at=None, interviews_so_far=1),
}


def situation(scenario: str = "missed", **changes) -> Situation:
    return Situation(scenario=scenario, **{**BASE, **SCENARIO_FIELDS[scenario], **changes})


PAIRS = [(sc, ch) for sc in SCENARIO_FIELDS for ch in channels_for(sc)]
LETTERS = [sc for sc, ch in PAIRS if ch == "letter"]
EMAILS = [sc for sc, ch in PAIRS if ch == "email"]


def squashed(value: str) -> str:
    """Text without any whitespace: PDF extraction breaks lines wherever the layout wrapped them."""
    return "".join(value.split())


# --- file names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("Café Müller & Co", "cafe-muller-co"),
        ("../../etc/passwd", "etc-passwd"),
        ("C:\\Windows\\System32", "c-windows-system32"),
        ("شركة الأمل", ""),
        ("  ", ""),
        ("Đông Á Bank", "ong-a-bank"),  # Đ has no ASCII decomposition; the rest of the name survives
    ],
)
def test_slug_is_lowercase_ascii_words(typed, expected):
    assert slug(typed) == expected


def test_file_names_are_safe_and_bounded_whatever_is_typed():
    for company in ("x" * 10_000, "a/b\\c:d*e?f\"g<h>i|j", "شركة الأمل", "😀" * 50, "..", "CON"):
        s = situation(company=company)
        for kind, extension in (("letter", "docx"), ("plan", "pdf"), ("event", "ics"), ("email", "eml")):
            name = filename(s, kind, extension)
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*\.[a-z]+", name), name
            assert len(name) <= 70
            assert name.endswith("." + extension)


def test_file_name_without_an_ascii_company_still_says_what_it_is():
    assert filename(situation(company="شركة الأمل"), "letter", "docx") == "letter.docx"
    assert filename(situation(), "letter", "docx") == "acme-sons-letter.docx"


# --- plain text --------------------------------------------------------------------------------


def test_txt_is_the_subject_then_the_body_in_utf8():
    s = situation()
    message = compose(s, "email")
    export = to_txt(message, s)
    assert export.mime_type == "text/plain; charset=utf-8"
    assert export.filename == "acme-sons-email.txt"
    assert export.data.decode("utf-8") == f"Subject: {message.subject}\n\n{message.body}\n"
    assert CONTACT in export.data.decode("utf-8")


def test_txt_of_a_phone_script_has_no_subject_line():
    s = situation()
    message = compose(s, "phone")
    content = to_txt(message, s).data.decode("utf-8")
    assert content == message.body + "\n"
    assert to_txt(message, s).filename == "acme-sons-phone-script.txt"


# --- mailto ------------------------------------------------------------------------------------

AWKWARD_COMPANY = "Smith & Jones? #1 + 100% = café"


def parse_mailto(link: str) -> tuple[str, dict[str, str]]:
    """Split a mailto link as a mail program does: fields on '&', name and value on the first '='."""
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert parts.fragment == "", "a '#' in a value would cut the link short"
    fields = {}
    for pair in parts.query.split("&"):
        name, _, value = pair.partition("=")
        assert name not in fields
        fields[name] = unquote(value, encoding="utf-8", errors="strict")
    return unquote(parts.path), fields


@pytest.mark.parametrize("scenario", EMAILS)
def test_mailto_round_trips_subject_and_body(scenario):
    s = situation(scenario, company=AWKWARD_COMPANY, role="R&D lead (C#/C++)")
    message = compose(s, "email")
    link = mailto(message, to="hr.team+jobs@acme.example.com")
    address, fields = parse_mailto(link)
    assert address == "hr.team+jobs@acme.example.com"
    assert set(fields) == {"subject", "body"}
    assert fields["subject"] == message.subject
    assert "\r\n" in fields["body"]  # RFC 6068: line breaks are sent as CRLF
    assert fields["body"].replace("\r\n", "\n") == message.body
    assert "R&D lead (C#/C++)" in fields["subject"] + fields["body"]


def test_mailto_escapes_everything_but_unreserved_characters():
    message = compose(situation(company=AWKWARD_COMPANY), "email")
    link = mailto(message)
    query = link.split("?", 1)[1]
    for pair in query.split("&"):
        name, value = pair.split("=", 1)
        assert re.fullmatch(r"[A-Za-z0-9._~%-]*", value), "only unreserved characters and %XX escapes"
    assert "+" not in query  # a '+' would be read as a space by some programs, or be taken literally
    assert "%20" in query and "%0D%0A" in query
    assert "%26" in query and "%3F" in query and "%23" in query  # '&', '?', '#' from the company name
    assert link.startswith("mailto:?subject=")


def test_mailto_encodes_unicode_as_utf8():
    message = compose(situation(), "email")
    link = mailto(message)
    assert "%E1%BB%85" in link  # ễ in the candidate's name
    assert "%D9%85" in link  # م in the contact's name
    assert link.isascii()


def test_mailto_refuses_something_that_is_not_one_address():
    message = compose(situation(), "email")
    for bad in ("not an email", "a@b", "a@b.com?bcc=x@y.com", "a@b.com, c@d.com", "x@y.com\r\nBcc: q@w.com"):
        with pytest.raises(InvalidAddress) as caught:
            mailto(message, to=bad)
        assert isinstance(caught.value, ValueError)
        assert "doesn't look like an email address" in str(caught.value)


@pytest.mark.parametrize("scenario", EMAILS)
def test_a_typical_email_link_stays_under_the_safe_length(scenario):
    # Even with an Arabic contact name (six escaped bytes per letter) a normal email fits in a link.
    assert len(mailto(compose(situation(scenario), "email"))) < MAILTO_SAFE_LENGTH


# --- .eml ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", EMAILS)
def test_eml_parses_back_with_subject_sender_and_utf8_body(scenario):
    s = situation(scenario, company=AWKWARD_COMPANY)
    message = compose(s, "email")
    export = to_eml(message, s, to="hr@acme.example.com")
    assert export.mime_type == "message/rfc822"
    assert export.filename.endswith(".eml")
    assert export.data.isascii(), "headers and body are encoded for any mail system"
    assert b"\r\n" in export.data

    parsed = email.message_from_bytes(export.data, policy=email.policy.default)
    assert parsed["Subject"] == message.subject
    assert parsed["From"].addresses[0].display_name == CANDIDATE
    assert parsed["From"].addresses[0].addr_spec == "anh@example.com"
    assert parsed["To"].addresses[0].addr_spec == "hr@acme.example.com"
    assert parsed["To"].addresses[0].display_name == CONTACT
    assert parsed["X-Unsent"] == "1"
    assert parsed.get_content_type() == "text/plain"
    assert parsed.get_content_charset() == "utf-8"
    assert parsed.get_content().replace("\r\n", "\n").rstrip("\n") == message.body


def test_eml_subject_keeps_every_space_wherever_the_header_is_folded():
    # Shifting the role's length moves the fold point across every space of the non-ASCII name.
    for length in range(1, 50):
        s = situation(role="Analyst" + "x" * length, candidate_name="Nguyễn Thị Ánh Tuyết Lê Văn")
        message = compose(s, "email")
        parsed = email.message_from_bytes(to_eml(message, s).data, policy=email.policy.default)
        assert parsed["Subject"] == message.subject
        assert parsed["From"].addresses[0].display_name == "Nguyễn Thị Ánh Tuyết Lê Văn"


def test_eml_sends_an_international_domain_in_ascii_form():
    s = situation()
    data = to_eml(compose(s, "email"), s, to="hr@bücher.de").data
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    assert parsed["To"].addresses[0].addr_spec == "hr@xn--bcher-kva.de"


def test_eml_without_recipient_or_sender_address_is_still_a_draft():
    s = situation(candidate_email="")
    message = compose(s, "email")
    parsed = email.message_from_bytes(to_eml(message, s).data, policy=email.policy.default)
    assert parsed["From"] is None and parsed["To"] is None
    assert parsed["Subject"] == message.subject


def test_eml_refuses_a_recipient_that_could_inject_headers():
    s = situation()
    message = compose(s, "email")
    with pytest.raises(InvalidAddress):
        to_eml(message, s, to="hr@acme.com\r\nBcc: everyone@example.com")
    with pytest.raises(InvalidAddress):
        to_eml(message, s, to="jürgen@bücher.de")  # non-ASCII local part: cannot go in a plain header


# --- .docx --------------------------------------------------------------------------------------


def read_docx(export: Export):
    import docx

    return docx.Document(io.BytesIO(export.data))


def test_docx_is_laid_out_as_a_letter():
    from docx.shared import Inches, Pt

    s = situation()
    export = to_docx(s)
    assert export.filename == "acme-sons-letter.docx"
    assert export.mime_type.endswith("wordprocessingml.document")
    document = read_docx(export)
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    texts = [p.text for p in paragraphs]

    # Sender block: one paragraph, name first and in bold, then the contact lines.
    assert texts[0].split("\n") == [CANDIDATE, "555-0100", "anh@example.com"]
    assert paragraphs[0].runs[0].bold is True
    # Dated the day the plan sends it: today, as a new time is already agreed.
    assert texts[1] == compose(s, "letter").parts.date == "March 9, 2026"
    assert texts[2].split("\n") == [CONTACT, "Acme & Sons", "12 Main St, Springfield"]
    assert texts[3].startswith("Re: ") and paragraphs[3].runs[0].bold
    assert texts[4] == f"Dear {CONTACT},"
    assert texts[-2] == "Sincerely,"
    assert paragraphs[-2].paragraph_format.space_after == Pt(36)  # room for a handwritten signature
    assert texts[-1].split("\n") == [CANDIDATE, "555-0100", "anh@example.com"]

    layout = letter_layout(compose(s, "letter"), s)
    assert texts[5:-2] == list(layout.paragraphs)
    section = document.sections[0]
    assert (section.page_width, section.page_height) == (Inches(8.5), Inches(11))
    assert section.left_margin == Inches(1)
    assert document.core_properties.author == CANDIDATE
    assert "python-docx" not in document.core_properties.comments
    assert document.core_properties.title == texts[3]


@pytest.mark.parametrize("scenario", LETTERS)
def test_every_letter_keeps_all_its_lines_in_order(scenario):
    s = situation(scenario)
    message = compose(s, "letter")
    assert letter_layout(message, s) is not None, "the letter template lost the shared letter shape"
    document = read_docx(to_docx(s))
    lines_in_docx = [line for p in document.paragraphs for line in p.text.split("\n") if line.strip()]
    lines_in_message = [line.removeprefix("- ") for line in message.body.split("\n") if line.strip()]
    assert lines_in_docx == lines_in_message


def test_letter_layout_refuses_a_body_without_the_letter_shape():
    s = situation()
    message = compose(s, "email")  # no letterhead
    assert letter_layout(message, s) is None


def test_docx_of_an_invalid_situation_raises_the_core_error():
    with pytest.raises(InvalidSituation):
        to_docx(situation(candidate_name=""))


# --- .ics ---------------------------------------------------------------------------------------


def read_event(export: Export):
    from icalendar import Calendar

    calendar = Calendar.from_ical(export.data)
    (event,) = calendar.walk("VEVENT")
    return calendar, event


def alarms(event):
    return [c for c in event.subcomponents if c.name == "VALARM"]


def test_ics_needs_an_agreed_time():
    with pytest.raises(NoAgreedTime) as caught:
        to_ics(situation(agreed_at=None))
    assert isinstance(caught.value, ExportError) and isinstance(caught.value, ValueError)
    assert str(caught.value) == text("export.error.no_agreed_time")


def test_ics_event_with_place_and_two_reminders():
    s = situation()
    export = to_ics(s)
    assert export.filename == "acme-sons-interview.ics"
    assert export.mime_type == "text/calendar; charset=utf-8"
    calendar, event = read_event(export)
    assert str(calendar["VERSION"]) == "2.0"
    assert event.decoded("DTSTART") == AGREED
    assert event.decoded("DTEND") == AGREED + timedelta(hours=1)
    assert str(event["SUMMARY"]) == "Interview: Data analyst at Acme & Sons"
    assert str(event["LOCATION"]) == "12 Main St, Springfield"
    description = str(event["DESCRIPTION"])
    assert "Acme & Sons" in description and "Data analyst" in description and CONTACT in description
    assert text("prevention.overslept") in description  # the prevention step the plan gives

    found = alarms(event)
    assert len(found) == 2
    moments = sorted(AGREED + a.decoded("TRIGGER") for a in found)
    assert moments == [datetime(2026, 3, 12, 19, 0), AGREED - timedelta(hours=2)]
    for alarm in found:
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert "Acme & Sons" in str(alarm["DESCRIPTION"])


def test_ics_naive_time_is_floating():
    export = to_ics(situation())
    raw = export.data.decode("utf-8")
    assert "DTSTART:20260313T093000\r\n" in raw  # no Z, no TZID: the same clock time anywhere
    assert "VTIMEZONE" not in raw
    _, event = read_event(export)
    assert event.decoded("DTSTART").tzinfo is None


def test_ics_named_zone_is_kept_with_its_definition():
    zone = ZoneInfo("America/New_York")
    agreed = AGREED.replace(tzinfo=zone)
    export = to_ics(situation(agreed_at=agreed, now=NOW.replace(tzinfo=zone)))
    raw = export.data.decode("utf-8")
    assert 'DTSTART;TZID=America/New_York:20260313T093000' in raw
    assert "BEGIN:VTIMEZONE" in raw
    _, event = read_event(export)
    start = event.decoded("DTSTART")
    assert start == agreed and start.utcoffset() == agreed.utcoffset()
    assert sorted(start + a.decoded("TRIGGER") for a in alarms(event))[0] == datetime(2026, 3, 12, 19, tzinfo=zone)


def test_ics_fixed_offset_is_written_as_the_same_instant_in_utc():
    offset = timezone(timedelta(hours=5, minutes=30))
    agreed = AGREED.replace(tzinfo=offset)
    export = to_ics(situation(agreed_at=agreed))
    assert "DTSTART:20260313T040000Z" in export.data.decode("utf-8")
    _, event = read_event(export)
    assert event.decoded("DTSTART") == agreed  # equal instants compare equal across zones


def test_ics_for_a_call_names_the_format_and_keeps_unicode():
    s = situation(interview_format="video", location="", company="Công ty Ánh Dương", reason="technical")
    _, event = read_event(to_ics(s))
    assert str(event["LOCATION"]) == text("format.video")
    assert "Công ty Ánh Dương" in str(event["SUMMARY"])
    assert text("prevention.technical") in str(event["DESCRIPTION"])


def test_ics_downloaded_twice_is_the_same_event():
    first, second = read_event(to_ics(situation()))[1], read_event(to_ics(situation()))[1]
    assert str(first["UID"]) == str(second["UID"])
    moved = read_event(to_ics(situation(agreed_at=AGREED + timedelta(hours=1))))[1]
    assert str(moved["UID"]) != str(first["UID"])


def test_ics_of_an_invalid_situation_raises_the_core_error():
    with pytest.raises(InvalidSituation):
        to_ics(situation(agreed_at=NOW - timedelta(days=1)))


# --- the printable plan: content ------------------------------------------------------------------


def test_due_labels_read_at_a_glance():
    assert due_label(None, NOW) == "When it applies"
    assert due_label(NOW, NOW) == "Right away"
    assert due_label(NOW.replace(hour=16, minute=0), NOW) == "Today, 4:00 PM"
    assert due_label(NOW + timedelta(days=1), NOW) == "Tomorrow, 3:30 PM"
    assert due_label(datetime(2026, 3, 16, 9), NOW) == "Monday, March 16, 9:00 AM"  # near: no year
    assert due_label(datetime(2027, 3, 15, 9), NOW) == "Monday, March 15, 2027, 9:00 AM"  # months away


def test_handout_content_is_the_plan_and_the_message():
    s = situation()
    h = handout(s, "email")
    steps = plan(s)
    prevention = [st.action for st in steps if st.rule_id == "prevention"]
    assert h.prevention == prevention[0]
    assert [st.action for st in h.steps] == [st.action for st in steps if st.rule_id != "prevention"]
    assert h.message == compose(s, "email")
    assert h.new_time == "New interview: Friday, March 13, 2026, at 9:30 AM, 12 Main St, Springfield"


def test_the_printed_plan_names_both_clocks_like_the_screen():
    from zoneinfo import ZoneInfo

    new_york = ZoneInfo("America/New_York")
    s = situation(
        "cancel",
        reason="not_interested",
        now=datetime(2026, 3, 10, 20, 0, tzinfo=new_york),
        interview_at=datetime(2026, 3, 11, 9, 30, tzinfo=new_york),
        candidate_zone="America/Los_Angeles",
    )
    labels = [st.when for st in handout(s, "email").steps]
    assert labels[0] == "Right away"  # the written cancellation goes now, at 8 PM
    assert "Tomorrow, 9:00 AM New York time, 6:00 AM yours" in labels  # the call, when their office opens


def test_handout_has_no_new_time_or_prevention_where_none_applies():
    h = handout(situation("cancel"), "email")
    assert h.new_time is None and h.prevention is None


def test_handout_rejects_a_channel_the_scenario_does_not_offer():
    with pytest.raises(UnsupportedChannel):
        handout_html(situation(), "text")


# --- the printable plan: HTML --------------------------------------------------------------------


class Structure(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_data(self, data):
        self.text.append(data)


def parsed(page: str) -> Structure:
    structure = Structure()
    structure.feed(page)
    return structure


PAGE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "p", "bdi", "section",
    "table", "thead", "tbody", "tr", "th", "td", "footer", "br",
}


def test_html_handout_shows_plan_message_and_prevention():
    s = situation()
    page = handout_html(s, "email")
    structure = parsed(page)
    shown = "".join(structure.text)
    for step in handout(s, "email").steps:
        assert step.action in shown and step.when in shown
    assert text("step.prevention", prevention=text("prevention.overslept")) in shown
    message = compose(s, "email")
    assert message.subject in shown
    for line in message.body.split("\n"):
        assert line in shown
    assert "New interview: Friday, March 13, 2026" in shown


def test_html_handout_is_self_contained_and_prints():
    page = handout_html(situation(), "letter")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in page and '<meta charset="utf-8">' in page
    assert "@media print" in page and "@page" in page
    for external in ("http:", "https:", "//", "src=", "href=", "@import", "url(", "<script", "<link"):
        assert external not in page.replace("<!DOCTYPE html>", "")


def test_html_handout_escapes_whatever_was_typed():
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    s = situation(company=hostile, role="{{ 7*7 }} & <b>bold</b>", candidate_name="Ann <i>O'Neil</i>")
    page = handout_html(s, "email")
    structure = parsed(page)
    assert structure.tags <= PAGE_TAGS, structure.tags - PAGE_TAGS
    assert "onerror" not in structure.attributes and "src" not in structure.attributes
    shown = "".join(structure.text)
    assert hostile in shown and "{{ 7*7 }} & <b>bold</b>" in shown and "Ann <i>O'Neil</i>" in shown


def test_html_handout_isolates_right_to_left_names():
    page = handout_html(situation(company="شركة الأمل"), "email")
    assert "<bdi>شركة الأمل</bdi>" in page


def test_html_handout_as_a_download():
    export = handout_html_file(situation(), "email")
    assert export.filename == "acme-sons-plan.html"
    assert export.mime_type == "text/html; charset=utf-8"
    assert export.data.decode("utf-8") == handout_html(situation(), "email")


# --- the printable plan: PDF ----------------------------------------------------------------------


def read_pdf(export: Export):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(export.data))


def test_pdf_handout_text_contains_the_plan_and_the_message():
    s = situation()
    export = handout_pdf(s, "email")
    assert export.filename == "acme-sons-plan.pdf"
    assert export.mime_type == "application/pdf"
    assert export.data.startswith(b"%PDF-")
    reader = read_pdf(export)
    assert len(reader.pages) == 1
    content = squashed(reader.pages[0].extract_text())
    h = handout(s, "email")
    for step in h.steps:
        assert squashed(step.when) in content
        assert squashed(step.action.replace(CONTACT, "")) in content.replace(squashed(CONTACT), "")
    assert squashed(h.prevention) in content
    assert squashed(text("export.handout.prevention")) in content
    assert squashed(h.new_time) in content
    message = compose(s, "email")
    assert squashed(message.subject) in content
    for line in message.body.split("\n"):
        if CONTACT not in line:
            assert squashed(line) in content


def test_pdf_shows_accented_vietnamese_and_arabic_names():
    s = situation()
    reader = read_pdf(handout_pdf(s, "letter"))
    content = squashed(reader.pages[0].extract_text())
    assert squashed(CANDIDATE) in content
    assert squashed(CONTACT) in content  # extracted in logical order: shaping kept the text mapping
    assert MISSING not in content
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    assert names and all("DejaVuSans" in name for name in names), names  # the shipped font, embedded


def test_pdf_shapes_text_only_when_a_script_needs_it():
    import uharfbuzz  # noqa: F401  (a dependency of the exports: without it Arabic prints unjoined)

    from guide.exports.pdf import _render, needs_shaping

    arabic = _render(handout(situation(), "email"), 10)
    assert arabic.text_shaping is not None and arabic.text_shaping["use_shaping_engine"]
    latin = handout(situation(contact_name="Trần Văn Bình"), "email")
    assert not needs_shaping(latin)
    assert _render(latin, 10).text_shaping is None
    assert needs_shaping(handout(situation(company="שלום בע״מ", contact_name=""), "email"))
    composed_later = situation(candidate_name="Nguye\u0302\u0303n", contact_name="Trần Văn Bình")
    assert not needs_shaping(handout(composed_later, "email"))  # NFC turns the marks into one letter


def test_pdf_of_latin_names_shows_every_accent():
    s = situation(contact_name="Trần Văn Bình", company="Café Ørsted Łódź")
    content = squashed(read_pdf(handout_pdf(s, "letter")).pages[0].extract_text())
    for name in (CANDIDATE, "Trần Văn Bình", "Café Ørsted Łódź"):
        assert squashed(name) in content


@pytest.mark.parametrize("scenario, channel", PAIRS)
def test_pdf_fits_one_page_even_with_the_longest_allowed_names(scenario, channel):
    long = {name: ("Wolfeschlegelsteinhausen " * 10)[:limit] for name, limit in MAX_LENGTH.items()}
    long["candidate_email"] = "a" * 60 + "@example.com"
    long["candidate_phone"] = "+1 555 0100 0101 0102 0103"
    s = situation(scenario, **long)
    reader = read_pdf(handout_pdf(s, channel))
    assert len(reader.pages) == 1


# Names in scripts DejaVu Sans lacks, each with the fallback font that must draw it. Indic, Thai,
# Khmer and Burmese names carry vowel signs that HarfBuzz reorders or joins; their text must still
# come back out of the PDF as typed.
NAMES_IN_OTHER_SCRIPTS = [
    ("王小明", "DroidSansFallback"),  # Chinese
    ("山田 はるか", "DroidSansFallback"),  # Japanese: kanji and hiragana
    ("김민준", "DroidSansFallback"),  # Korean
    ("प्रिया शर्मा", "NotoSansDevanagari"),  # Hindi, with a conjunct and a vowel sign drawn before its letter
    ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "NotoSansGurmukhi"),  # Punjabi
    ("বাংলা কোম্পানি", "NotoSansBengali"),
    ("தமிழ்செல்வி", "NotoSansTamil"),
    ("สมชาย ใจดี", "NotoSansThai"),
    ("សុខ ចាន់", "NotoSansKhmer"),
    ("မြန်မာ", "NotoSansMyanmar"),  # Burmese
    ("አበበ ቢቂላ", "NotoSansEthiopic"),  # Amharic
    ("ᏣᎳᎩ", "NotoSansCherokee"),
]


def embedded_fonts(reader) -> set[str]:
    fonts = reader.pages[0]["/Resources"]["/Font"]
    return {str(fonts[key].get_object()["/BaseFont"]).split("+")[-1] for key in fonts}


def readable(value: str) -> str:
    """Text without whitespace or control characters, which extraction puts around some marks."""
    return "".join(char for char in squashed(value) if char.isprintable())


@pytest.mark.parametrize("name, font", NAMES_IN_OTHER_SCRIPTS)
def test_pdf_shows_names_in_scripts_the_main_font_lacks(name, font):
    s = situation(candidate_name=name, contact_name=name, company=f"{name} Ltd")
    reader = read_pdf(handout_pdf(s, "letter"))
    content = reader.pages[0].extract_text()
    assert MISSING not in content
    assert readable(name) in readable(content)
    assert any(embedded.startswith(font) for embedded in embedded_fonts(reader)), embedded_fonts(reader)


@pytest.mark.parametrize("name, font", NAMES_IN_OTHER_SCRIPTS[::4])
def test_pdf_bold_heading_draws_such_a_name_in_the_regular_fallback(name, font):
    # The fallbacks have no bold: the bold heading must still take the name from them.
    s = situation(company=name, candidate_name="Sam Lee", contact_name="Ana Ruiz")
    reader = read_pdf(handout_pdf(s, "phone"))
    title, rest = reader.pages[0].extract_text().split("\n", 1)
    heading = rest.split(text("export.handout.steps"))[0]
    assert readable(name) in readable(heading)
    assert MISSING not in heading


def test_pdf_drops_a_typed_direction_override_that_would_reverse_the_lines_after_it():
    s = situation(candidate_name="Sam \u202eLee", candidate_email="sam.lee@example.com")
    content = read_pdf(handout_pdf(s, "letter")).pages[0].extract_text()
    assert "Sam Lee" in content and "sam.lee@example.com" in content
    assert printable("a\u202db\u202cc") == "abc"


@pytest.mark.parametrize("name, font", NAMES_IN_OTHER_SCRIPTS[::3])
def test_pdf_lines_after_a_line_that_starts_with_such_a_name_keep_their_letters(name, font):
    # The letter's sender block opens with the name; the lines after it are Latin. fpdf2 once left the
    # fallback font in place after such a line, and the email address printed as garbled letters.
    s = situation(candidate_name=name, candidate_email="sam.lee@example.com", candidate_phone="555-0199")
    content = read_pdf(handout_pdf(s, "letter")).pages[0].extract_text()
    sender = content[content.index(squashed(name)[:1]) :]
    assert "555-0199" in content and "sam.lee@example.com" in content
    assert "555-0199" in sender
    assert text("export.handout.title") in content  # the page itself, unharmed


def test_pdf_loads_only_the_fallback_fonts_a_plan_needs():
    from guide.exports.pdf import fallbacks_for

    assert fallbacks_for(handout(situation(), "email")) == []  # Vietnamese and Arabic: DejaVu has them
    mixed = situation(candidate_name="김민준", contact_name="प्रिया शर्मा", company="สยาม")
    assert fallbacks_for(handout(mixed, "email")) == ["NotoSansDevanagari", "NotoSansThai", "DroidSansFallback"]
    reader = read_pdf(handout_pdf(situation(), "email"))
    assert all(name.startswith("DejaVuSans") for name in embedded_fonts(reader))


def test_pdf_shapes_indic_vowel_signs_but_not_chinese():
    from guide.exports.pdf import needs_shaping

    assert needs_shaping(handout(situation(candidate_name="प्रिया", contact_name="Sam Lee"), "email"))
    assert not needs_shaping(handout(situation(candidate_name="王小明", contact_name="김민준"), "email"))


def test_pdf_with_characters_no_font_has_logs_nothing_typed(caplog):
    s = situation(candidate_name="王小明 \U0001f642 Wang", contact_name="\u1c5a\u1c5b")  # emoji, Ol Chiki
    with caplog.at_level(logging.DEBUG):
        reader = read_pdf(handout_pdf(s, "email"))
    for typed in ("王", "\U0001f642", "\u1c5a"):
        assert not any(typed in record.getMessage() for record in caplog.records)
    content = reader.pages[0].extract_text()
    assert "王小明" in content and "Wang" in content and MISSING in content


# Names mixing scripts, so a plan takes every kind of font: DejaVu (Latin, Cyrillic, Arabic), the CJK
# fallback and Devanagari's, and a character no font has (an emoji).
MIXED_SCRIPTS = dict(
    candidate_name="Ana Иванова محمد 王小明 \U0001f600",
    company="Acme ООО شركة 株式会社 \U0001f680",
    contact_name="Ms. Lee Петрова प्रिया 李 \U0001f642",
)


def _counting_font_reads(monkeypatch) -> list[str]:
    """Every font file fpdf2 reads from here on, by name."""
    from fpdf.fonts import TTFFont

    reads, read = [], TTFFont.__init__

    def counted(self, fpdf, font_file_path, *args, **kwargs):
        reads.append(Path(font_file_path).name)
        return read(self, fpdf, font_file_path, *args, **kwargs)

    monkeypatch.setattr(TTFFont, "__init__", counted)
    return reads


def test_pdf_reads_each_font_file_once_per_process(monkeypatch):
    from guide.exports import pdf_fonts

    pdf_fonts.parsed.cache_clear()  # as in a new kernel
    reads = _counting_font_reads(monkeypatch)
    first = handout_pdf(situation(**MIXED_SCRIPTS), "letter")
    assert sorted(reads) == sorted(set(reads)) and "DroidSansFallback.ttf" in reads
    read_for_the_first = list(reads)
    second = handout_pdf(situation(**MIXED_SCRIPTS, role="Forklift operator"), "email")
    assert reads == read_for_the_first  # the second plan read no font again
    for export in (first, second):  # and both are whole
        content = squashed(read_pdf(export).pages[0].extract_text())
        assert squashed("王小明") in content and squashed("Иванова") in content


def test_pdf_from_fonts_read_once_is_the_pdf_fpdf2_makes_itself(monkeypatch):
    """Byte for byte, also for a plan made after others (writing a PDF cuts its fonts down: never the
    fonts kept for the next one)."""
    from guide.exports import pdf as pdf_module
    from guide.exports import pdf_fonts

    def pdf_bytes(s: Situation, channel: str) -> bytes:
        pdf = pdf_module._render(handout(s, channel), 9.5)
        pdf.set_creation_date(datetime(2026, 3, 9, tzinfo=timezone.utc))
        return bytes(pdf.output())

    plans = [
        (situation(**MIXED_SCRIPTS), "letter"),
        (situation(candidate_name="प्रिया शर्मा", contact_name="김민준"), "email"),
        (situation(**MIXED_SCRIPTS), "email"),
        (situation(), "letter"),
    ]
    cached = [pdf_bytes(s, channel) for s, channel in plans]
    monkeypatch.setattr(pdf_fonts, "add_font", lambda pdf, family, style, path: pdf.add_font(family, style, str(path)))
    assert [pdf_bytes(s, channel) for s, channel in plans] == cached


def test_printable_composes_accents_and_drops_invisible_characters():
    assert printable("Nguye\u0302\u0303n") == "Nguyễn"  # e + circumflex + tilde -> one glyph
    assert printable("a\u2066b\u2069c") == "abc"  # bidi isolates: invisible, and in no font
    assert printable("王 प्रिया") == "王 प्रिया"  # drawn by a fallback font
    assert printable("\U0001f642") == MISSING
    assert printable("line one\nline two") == "line one\nline two"


# --- what every export promises -------------------------------------------------------------------


def test_importing_the_exports_loads_no_heavy_library():
    code = "import guide.exports, sys; print(sorted(m for m in ('docx', 'icalendar', 'fpdf', 'pypdf') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_exports_write_nothing_to_disk(monkeypatch):
    writes: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def watching_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+"):
            writes.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def watching_os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            writes.append(str(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching_open)
    monkeypatch.setattr(io, "open", watching_open)
    monkeypatch.setattr(os, "open", watching_os_open)
    s = situation()
    message = compose(s, "email")
    to_txt(message, s), to_eml(message, s), mailto(message), to_docx(s), to_ics(s)
    handout_html(s, "email"), handout_pdf(s, "email")
    assert writes == []


def test_every_kind_of_message_has_a_file_name():
    from guide.messages import KINDS

    for kind in KINDS:
        name = filename(situation(), kind, "txt")
        assert name.startswith("acme-sons-") and name.endswith(".txt") and kind not in ("", None)
    assert len({filename(situation(), kind, "txt") for kind in KINDS}) == len(KINDS)


def test_the_handouts_new_time_names_its_zone_in_words_only_when_the_clocks_differ():
    """The same rule as the messages' (facts.clocks_differ, facts.zone_words): a video interview with an
    employer on the candidate's own clock gives no zone; one in New York, read in Los Angeles, says so."""
    new_york = ZoneInfo("America/New_York")
    agreed = AGREED.replace(tzinfo=new_york)
    here = situation(
        interview_format="video", interview_at=SCENARIO_FIELDS["missed"]["interview_at"].replace(tzinfo=new_york),
        agreed_at=agreed, now=NOW.replace(tzinfo=new_york),
    )  # fmt: skip
    assert not re.search(r"\b[ECMP][SD]T\b|New York", handout(here, "email").new_time)
    apart = here.replace(candidate_zone="America/Los_Angeles")
    shown = handout(apart, "email").new_time
    assert "New York time" in shown and not re.search(r"\b[ECMP][SD]T\b", shown), shown
    assert "hora de Nueva York" in handout(apart.replace(language="es"), "email").new_time
