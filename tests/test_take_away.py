"""Take it with you, without a browser: the copy and download widgets, the email link, what each button
hands over, and the agreed-time field that makes the calendar event possible.

A download is answered the way the browser asks for it: a custom comm message goes in, and the reply
(the file's bytes as a binary buffer) is captured where the widget sends it. The clock is fixed, so
every file can be compared with what the export core makes for the same situation.
"""

from __future__ import annotations

import builtins
import datetime as dt
import html
import io
import logging
import re
from zoneinfo import ZoneInfo

import anywidget
import pytest

from .contrast import contrast_ratio

from guide import InvalidSituation, channels_for, compose, plan
from guide.catalogue import table, text
from guide.exports import (
    MAILTO_SAFE_LENGTH,
    NoAgreedTime,
    handout_html_file,
    mailto,
    to_eml,
    to_ics,
    to_txt,
)
from guide.situation import ONLY_FOR, SCENARIOS, applies, validate
from guide.examples import example_situation
from guide.ui import App, MessageView, PlanView
from guide.ui.message_view import DOWNLOADS
from guide.ui.style import STYLESHEET
from guide.ui.take_away import CONTRAST_PAIRS, CopyButton, DownloadButton, mailto_html

NEW_YORK = ZoneInfo("America/New_York")
# Tuesday, March 11, 2025, 3:30 PM in New York, the afternoon after a morning interview was missed.
NOW_UTC = dt.datetime(2025, 3, 11, 19, 30, tzinfo=dt.timezone.utc)
INTERVIEW = dt.datetime(2025, 3, 11, 10, 0, tzinfo=NEW_YORK)
AGREED = dt.datetime(2025, 3, 13, 14, 0, tzinfo=NEW_YORK)


@pytest.fixture
def app() -> App:
    return App(now_utc=lambda: NOW_UTC)


def fill(app: App, **values) -> None:
    details = {"candidate_name": "Sam Lee", "company": "Acme Freight", "role": "Clerk", "interview_at": INTERVIEW, "reason": "other"}
    for field, value in {**details, **values}.items():
        app.form.control(field).value = value


class Sent:
    """Stands in for the comm: what a widget sent to the browser, in order."""

    def __init__(self):
        self.messages: list[tuple[dict, list[bytes]]] = []

    def __call__(self, content, buffers=None):
        self.messages.append((content, list(buffers or [])))


def click(button: DownloadButton, monkeypatch, request_id: str = "req-1") -> tuple[dict, list[bytes]]:
    """What the browser receives after a click: the request goes through ipywidgets' own custom-message path."""
    sent = Sent()
    monkeypatch.setattr(button, "send", sent)
    button._handle_custom_msg({"kind": "request", "id": request_id}, [])
    assert len(sent.messages) == 1, "one click, one answer"
    return sent.messages[0]


def file_of(button: DownloadButton, monkeypatch) -> tuple[str, str, bytes]:
    reply, buffers = click(button, monkeypatch)
    assert reply["kind"] == "file", reply
    assert reply["message"] == text("ui.take.saved", filename=reply["filename"])
    assert len(buffers) == 1
    return reply["filename"], reply["mime"], bytes(buffers[0])


# --- the widgets themselves -----------------------------------------------------------------------------
def test_the_buttons_are_anywidgets_whose_wording_comes_from_the_catalogue():
    copy = CopyButton(text("ui.take.copy"), text("ui.take.copied"))
    assert isinstance(copy, anywidget.AnyWidget)
    assert copy.label == text("ui.take.copy")
    assert (copy.done, copy.failed) == (text("ui.take.copied"), text("ui.take.copy_failed"))
    state = copy.get_state()
    assert {"label", "done", "failed", "value", "_esm"} <= set(state)
    # Their look is in Rebound's one stylesheet, injected once for the page, not once per button.
    assert ".rebound-take-button" in STYLESHEET.read_text(encoding="utf-8")
    download = DownloadButton(text("ui.take.txt"), make=lambda: None)
    assert (download.busy, download.failed) == (text("ui.take.preparing"), text("ui.take.failed"))
    assert download.timeout > 0
    # No file travels with the widget's state: it is made when asked for, and sent only then.
    assert not any(isinstance(value, (bytes, memoryview)) for value in download.get_state().values())


def test_the_javascript_uses_real_buttons_a_live_region_and_a_copy_fallback():
    copy_js = CopyButton._esm if isinstance(CopyButton._esm, str) else str(CopyButton._esm)
    download_js = str(DownloadButton._esm)
    for js in (copy_js, download_js):
        assert 'createElement("button")' in js and 'aria-live", "polite"' in js
        assert "innerHTML" not in js  # labels and confirmations are set as text, never as markup
        assert "export default" in js
    # The clipboard API needs a secure page; a workshop server on a LAN address is not one.
    assert "navigator.clipboard" in copy_js and "isSecureContext" in copy_js and 'execCommand("copy")' in copy_js
    assert "new Blob" in download_js and "createObjectURL" in download_js and "revokeObjectURL" in download_js


def test_a_click_is_answered_with_the_file_as_a_binary_buffer(monkeypatch):
    made = []

    def make():
        made.append(1)
        return to_txt(compose(example_situation(), "email"), example_situation())

    button = DownloadButton("Save", make)
    assert made == []  # nothing is made until someone asks
    reply, buffers = click(button, monkeypatch, request_id="abc-7")
    expected = make()
    assert reply == {
        "kind": "file",
        "id": "abc-7",
        "filename": expected.filename,
        "mime": expected.mime_type,
        "message": text("ui.take.saved", filename=expected.filename),
    }
    assert buffers == [expected.data]


def test_other_messages_are_ignored(monkeypatch):
    button = DownloadButton("Save", lambda: pytest.fail("nothing was asked for"))
    sent = Sent()
    monkeypatch.setattr(button, "send", sent)
    for content in ({"kind": "something else"}, "request", ["request"], {}):
        button._handle_custom_msg(content, [])
    assert sent.messages == []


def test_a_file_that_cannot_be_made_is_explained_in_plain_words(monkeypatch):
    def no_time():
        raise NoAgreedTime()

    reply, buffers = click(DownloadButton("Calendar", no_time), monkeypatch)
    assert reply == {"kind": "failed", "id": "req-1", "message": text("export.error.no_agreed_time")}
    assert buffers == []

    def incomplete():
        raise InvalidSituation(validate(example_situation().replace(company="")))

    reply, _ = click(DownloadButton("Text", incomplete), monkeypatch)
    assert reply["message"] == text("ui.take.incomplete")


def test_an_unexpected_failure_is_logged_without_what_was_typed(monkeypatch, caplog):
    typed = {"name": "Sam Lee", "company": "Acme Freight"}

    def broken():
        raise RuntimeError(f"{typed['name']} at {typed['company']}")  # an error quoting what was typed

    with caplog.at_level(logging.ERROR, logger="guide.ui"):
        reply, buffers = click(DownloadButton(text("ui.take.pdf"), broken), monkeypatch)
    assert reply == {"kind": "failed", "id": "req-1", "message": text("ui.take.failed")}
    assert buffers == []
    assert "RuntimeError" in caplog.text
    assert "Sam Lee" not in caplog.text and "Acme" not in caplog.text


# --- the email link -------------------------------------------------------------------------------------
def test_the_email_link_is_the_core_mailto_escaped_into_the_attribute():
    s = example_situation().replace(company='Smith & "Sons" <b>Co</b>', candidate_name="Zoë O'Hara")
    message = compose(s, "email")
    markup = mailto_html(message)
    link = r'<a class="rebound-take-link" href="([^"]*)">([^<]*)</a><p class="rebound-help">.*</p>'
    href = re.fullmatch(link, markup)
    assert href, markup
    assert html.unescape(href.group(1)) == mailto(message)
    assert href.group(2) == html.escape(text("ui.take.mailto"))
    assert "<b>" not in markup and '"Sons"' not in markup


def test_an_email_too_long_for_a_link_points_to_copy_instead():
    message = compose(example_situation(), "email")
    long = message.__class__(**{**message.__dict__, "body": "word " * MAILTO_SAFE_LENGTH})
    markup = mailto_html(long)
    assert "mailto:" not in markup
    assert html.escape(text("ui.take.mailto_too_long")) in markup


# --- under each message ---------------------------------------------------------------------------------
def test_each_channel_offers_copy_and_its_own_downloads(app):
    fill(app)
    for channel in channels_for("missed"):
        view = app.messages.show_tab(channel)
        message = compose(app.situation, channel)
        assert view.take.layout.display is None
        assert view.take.copy.value == message.body
        assert view.take.copy_subject.value == (message.subject or "")
        assert view.take.copy_subject.layout.display == (None if message.subject else "none")
        assert tuple(view.take.downloads) == DOWNLOADS[channel]
        if channel == "email":
            assert html.unescape(re.search(r'href="([^"]*)"', view.take.mailto.value).group(1)) == mailto(message)
        else:
            assert view.take.mailto.value == "" and view.take.mailto.layout.display == "none"
    assert {"eml"} <= set(DOWNLOADS["email"]) and {"docx"} <= set(DOWNLOADS["letter"])
    assert all("txt" in kinds for kinds in DOWNLOADS.values())


def test_each_message_download_is_the_core_export_for_what_is_shown(app, monkeypatch):
    fill(app, candidate_email="sam@example.org")
    s = app.situation
    email = compose(s, "email")
    downloads = app.messages.show_tab("email").take.downloads
    text_file = to_txt(email, s)
    assert file_of(downloads["txt"], monkeypatch) == (text_file.filename, text_file.mime_type, text_file.data)
    name, mime, data = file_of(downloads["eml"], monkeypatch)
    assert (name, mime, data) == (to_eml(email, s).filename, "message/rfc822", to_eml(email, s).data)

    import docx

    name, mime, data = file_of(app.messages.show_tab("letter").take.downloads["docx"], monkeypatch)
    assert name == "acme-freight-letter.docx" and mime.endswith("wordprocessingml.document")
    written = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    assert "Sam Lee" in written and "Acme Freight" in written
    letter = compose(s, "letter")
    name, _, data = file_of(app.messages.show_tab("letter").take.downloads["txt"], monkeypatch)
    assert (name, data) == (to_txt(letter, s).filename, to_txt(letter, s).data)

    phone = app.messages.show_tab("phone").take.downloads["txt"]
    assert file_of(phone, monkeypatch)[2] == to_txt(compose(s, "phone"), s).data


def test_a_download_made_after_a_change_is_of_the_changed_message(app, monkeypatch):
    fill(app)
    button = app.messages.show_tab("email").take.downloads["txt"]
    fill(app, candidate_name="Ana Gomez")
    assert "Ana Gomez" in file_of(button, monkeypatch)[2].decode("utf-8")


def test_while_details_are_missing_there_is_nothing_to_take_away(app, monkeypatch):
    view = app.messages.show_tab("email")
    assert not view.built  # built with its first message (issue 28): no take-away row on a first page
    assert app.plan_view.take is None  # built with the first plan (issue 28): none on a first page
    fill(app)
    button = view.take.downloads["txt"]
    fill(app, company="")
    assert view.take.layout.display == "none" and view.take.copy.value == ""
    # A click already on its way when the details became incomplete is answered calmly.
    reply, _ = click(button, monkeypatch)
    assert reply["kind"] == "failed" and reply["message"] == text("ui.take.incomplete")
    fill(app)
    take = app.plan_view.take
    assert take.layout.display is None and take in app.plan_view.children
    fill(app, company="")
    assert take.layout.display == "none"
    reply, _ = click(take.downloads["pdf"], monkeypatch)
    assert reply["message"] == text("ui.take.incomplete")


def test_a_message_view_alone_offers_its_downloads(monkeypatch):
    view = MessageView("letter")
    view.show(example_situation())
    name, _, _ = file_of(view.take.downloads["docx"], monkeypatch)
    assert name == "northwind-logistics-letter.docx"


# --- under the plan -------------------------------------------------------------------------------------
def test_the_printed_plan_includes_the_message_of_the_chosen_tab(app, monkeypatch):
    fill(app)
    take = app.plan_view.take
    assert take.layout.display is None
    app.messages.tab.selected_index = app.messages.channels.index("letter")
    assert app.plan_view.channel == "letter"
    assert html.escape(text("ui.take.plan.channel", channel=text("channel.letter"))) in take.channel_help.value
    expected = handout_html_file(app.situation, "letter")
    assert file_of(take.downloads["html"], monkeypatch) == (expected.filename, expected.mime_type, expected.data)

    app.messages.tab.selected_index = app.messages.channels.index("email")
    name, mime, data = file_of(take.downloads["pdf"], monkeypatch)
    assert (name, mime) == ("acme-freight-plan.pdf", "application/pdf")
    from pypdf import PdfReader

    printed = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert compose(app.situation, "email").subject in printed


def test_a_plan_view_alone_prints_the_first_message_its_plan_asks_for(monkeypatch):
    view = PlanView()
    s = example_situation("missed")
    view.situation = s
    first = next(step.channel for step in plan(s) if step.channel in channels_for("missed"))
    assert view.printed() == (s, first)
    assert file_of(view.take.downloads["html"], monkeypatch)[2] == handout_html_file(s, first).data


def test_the_calendar_event_is_offered_once_a_new_time_is_agreed(app, monkeypatch):
    fill(app)
    take = app.plan_view.take
    assert take.downloads["ics"].layout.display == "none"
    assert html.escape(text("ui.take.ics_waiting")) in take.calendar_help.value

    app.form.control("agreed_at").value = AGREED
    assert app.situation.agreed_at == AGREED
    assert take.downloads["ics"].layout.display is None
    assert html.escape(text("ui.take.ics_help")) in take.calendar_help.value
    name, mime, data = file_of(take.downloads["ics"], monkeypatch)
    expected = to_ics(app.situation)
    assert (name, mime) == (expected.filename, expected.mime_type)
    without_stamp = lambda raw: re.sub(rb"DTSTAMP:[^\r\n]*", b"", raw)  # noqa: E731  (the moment it was made)
    assert without_stamp(data) == without_stamp(expected.data)
    import icalendar

    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert event.decoded("dtstart") == AGREED
    assert len(list(event.walk("VALARM"))) == 2


def test_scenarios_without_a_new_time_say_nothing_about_a_calendar(app):
    fill(app, scenario="cancel", interview_at=dt.datetime(2025, 3, 14, 10, 0, tzinfo=NEW_YORK))
    take = app.plan_view.take
    assert take.layout.display is None
    assert take.calendar_help.value == "" and take.downloads["ics"].layout.display == "none"


# --- the agreed time in the form ------------------------------------------------------------------------
def test_the_agreed_time_applies_where_a_new_interview_can_be_agreed():
    assert ONLY_FOR["agreed_at"] == ("missed", "late", "reschedule")  # in the registry's order
    assert [sc for sc in SCENARIOS if applies("agreed_at", sc)] == ["missed", "late", "reschedule"]


def test_the_agreed_time_field_is_labelled_shown_where_it_applies_and_feeds_the_situation(app):
    picker = app.form.control("agreed_at")
    assert picker.description == text("field.agreed_at")
    assert picker.style.description_width == "initial"
    fill(app, agreed_at=AGREED)
    assert app.form.shown("agreed_at") and app.situation.agreed_at == AGREED

    fill(app, scenario="cancel", interview_at=dt.datetime(2025, 3, 14, 10, 0, tzinfo=NEW_YORK))
    assert not app.form.shown("agreed_at")
    assert app.situation.agreed_at is None  # hidden, so left out: a cancelled interview has no new time
    fill(app, scenario="withdraw")
    assert not app.form.shown("agreed_at") and app.situation.agreed_at is None

    fill(app, scenario="reschedule")
    assert app.form.shown("agreed_at") and app.situation.agreed_at == AGREED  # kept while hidden


def test_an_agreed_time_in_the_past_is_explained_beside_the_field(app):
    fill(app, agreed_at=dt.datetime(2025, 3, 10, 9, 0, tzinfo=NEW_YORK))
    note = app.form.notes["agreed_at"].problems_html
    assert html.escape(text("problem.agreed_in_past")) in note
    assert app.plan_view.take.layout.display == "none"  # no plan, so nothing to print yet


# --- nothing on disk, accessible colours, wording ---------------------------------------------------------
def test_making_every_download_writes_nothing_to_disk(app, monkeypatch):
    fill(app, agreed_at=AGREED, candidate_email="sam@example.org")
    real_open = builtins.open

    def read_only_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+"):
            raise AssertionError(f"a download tried to write {file!r}")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", read_only_open)
    monkeypatch.setattr(io, "open", read_only_open)
    buttons = [b for view in app.messages.tab.children for b in view.take.downloads.values()]
    buttons += list(app.plan_view.take.downloads.values())
    # Every message's downloads (txt everywhere, eml for emails, docx for the letter) and the plan's three.
    assert len(buttons) == sum(len(DOWNLOADS[kind]) for kind in app.messages.channels) + 3
    for button in buttons:
        file_of(button, monkeypatch)


@pytest.mark.parametrize("ink, paper", CONTRAST_PAIRS)
def test_button_and_link_colors_meet_wcag_aa(ink, paper):
    assert contrast_ratio(ink, paper) >= 4.5


def test_take_away_wording_lives_in_its_own_catalogue_module():
    from guide.catalogue import en_takeaway

    assert en_takeaway.TEXT and all(key.startswith("ui.take.") for key in en_takeaway.TEXT)
    assert set(en_takeaway.TEXT) <= set(table())
    for key in ("copy", "copy_subject", "mailto", "txt", "eml", "docx", "html", "pdf", "ics"):
        assert text(f"ui.take.{key}")
