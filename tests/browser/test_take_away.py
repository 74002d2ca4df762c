"""Take it with you, in a real browser: every download is clicked, saved and read back with the library
that reads that kind of file; Copy puts the message on the clipboard. (The email link is the core's
mailto, escaped into the page: tests/test_take_away.py and tests/test_export.py check it without a browser.)

The expected content is what the core makes for the same situation, so these tests check that the page
hands over exactly the files the export core writes, not that the core writes them well (tests/test_export.py).
"""

from __future__ import annotations

import email
import email.policy
import html
import io
import secrets

import pytest
from playwright.sync_api import expect

from guide import Situation, compose, plan
from guide.catalogue import text
from guide.exports import letter_layout, to_txt

pytestmark = pytest.mark.browser

NAME, COMPANY, ROLE = "Dana Reyes", "Harbor Freight Lines", "Dispatcher"
ADDRESS = "dana.reyes@example.org"


def button(app, key: str):
    """The visible button named by ``ui.take.<key>`` (each tab has its own; one tab shows at a time)."""
    return app.page.get_by_role("button", name=text(f"ui.take.{key}"), exact=True)


def status_of(app, key: str):
    """The live region that belongs to a button: the confirmation a screen reader announces."""
    return button(app, key).locator("xpath=following-sibling::*[@role='status']")


def download(app, key: str):
    """Click the button and return (suggested file name, bytes) of what the browser saved."""
    with app.page.expect_download() as info:
        button(app, key).click()
    saved = info.value
    assert saved.failure() is None
    return saved.suggested_filename, saved.path().read_bytes()


def missed_with_new_time(app, local_time, company: str = COMPANY, agreed: bool = True) -> Situation:
    """A missed interview yesterday, with the candidate's address and (optionally) an agreed new time."""
    interview_at = local_time.yesterday_at(10)
    agreed_at = local_time.workday_ahead_at(3, 14) if agreed else None
    app.set_time("interview_at", interview_at)
    app.fill_basics(name=NAME, company=company, role=ROLE)
    app.type_into("candidate_email", ADDRESS)
    if agreed_at:
        app.set_time("agreed_at", agreed_at)
    return Situation(
        scenario="missed", reason="other", candidate_name=NAME, company=company, role=ROLE,
        interview_at=interview_at, now=local_time.now(), candidate_email=ADDRESS, agreed_at=agreed_at,
    )  # fmt: skip


def test_each_message_download_is_the_file_the_core_writes(app, local_time):
    situation = missed_with_new_time(app, local_time, agreed=False)
    mail = compose(situation, "email")

    app.tab("email").click()
    expect(app.body).to_have_text(mail.body, use_inner_text=True)
    name, data = download(app, "txt")
    assert name == to_txt(mail, situation).filename == "harbor-freight-lines-email.txt"
    assert data.decode("utf-8") == f"{text('export.txt.subject', subject=mail.subject)}\n\n{mail.body}\n"
    expect(status_of(app, "txt")).to_have_text(text("ui.take.saved", filename=name))

    name, data = download(app, "eml")
    assert name == "harbor-freight-lines-email.eml"
    draft = email.message_from_bytes(data, policy=email.policy.default)
    assert draft["Subject"] == mail.subject
    assert draft["From"].addresses[0].addr_spec == ADDRESS
    assert draft["From"].addresses[0].display_name == NAME
    assert draft["X-Unsent"] == "1"
    assert draft.get_content().replace("\r\n", "\n").rstrip("\n") == mail.body

    app.tab("letter").click()
    letter = compose(situation, "letter")
    expect(app.body).to_have_text(letter.body, use_inner_text=True)
    expect(button(app, "eml")).to_have_count(0)  # an email draft belongs to the email tab only
    name, data = download(app, "docx")
    assert name == "harbor-freight-lines-letter.docx"
    import docx

    document = docx.Document(io.BytesIO(data))
    written = "\n".join(paragraph.text for paragraph in document.paragraphs)
    layout = letter_layout(letter, situation)
    assert layout is not None
    for part in (*layout.sender, layout.date, layout.salutation, *layout.paragraphs, layout.closing):
        assert part.replace("- ", "") in written.replace("- ", "")
    assert document.core_properties.author == NAME

    name, data = download(app, "txt")
    assert name == "harbor-freight-lines-letter.txt"
    assert data.decode("utf-8") == letter.body + "\n"


def test_the_plan_prints_with_the_chosen_message_and_the_calendar_event_has_two_reminders(app, local_time):
    situation = missed_with_new_time(app, local_time, agreed=False)
    expect(app.plan.locator(".rebound-action").first).to_be_visible()
    # No agreed time yet: no calendar button, and a line saying when there will be one.
    expect(button(app, "ics")).to_have_count(0)
    expect(app.plan).to_contain_text(text("ui.take.ics_waiting"))

    # The printed plan carries the message of the tab that is open.
    app.tab("letter").click()
    expect(app.plan).to_contain_text(text("ui.take.plan.channel", channel=text("channel.letter")))
    name, data = download(app, "html")
    assert name == "harbor-freight-lines-plan.html"
    page = data.decode("utf-8")
    # Due times are read against "now", which the kernel and this test take a moment apart: compare
    # the parts that cannot differ rather than the whole page.
    assert page.startswith("<!DOCTYPE html>") and "@media print" in page
    assert html.escape(text("export.handout.message", channel=text("channel.letter"))) in page
    assert compose(situation, "letter").html in page
    for step in plan(situation):
        assert html.escape(step.action) in page

    app.tab("email").click()
    expect(app.plan).to_contain_text(text("ui.take.plan.channel", channel=text("channel.email")))
    name, data = download(app, "pdf")
    assert name == "harbor-freight-lines-plan.pdf" and data.startswith(b"%PDF-")
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    printed = " ".join(reader.pages[0].extract_text().split())
    for expected in (COMPANY, ROLE, compose(situation, "email").subject, text("export.handout.title")):
        assert " ".join(expected.split()) in printed

    # Once a new time is agreed, the calendar event is offered.
    agreed_at = local_time.workday_ahead_at(3, 14)
    app.set_time("agreed_at", agreed_at)
    expect(button(app, "ics")).to_be_visible()
    expect(app.plan).to_contain_text(text("ui.take.ics_help"))
    name, data = download(app, "ics")
    assert name == "harbor-freight-lines-interview.ics"
    import icalendar

    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    # The instant typed on the participant's own clock, whatever zone the server runs in (the browser
    # gives an offset, not a zone name, so the event is stored in UTC; a calendar shows it locally).
    start = event.decoded("dtstart")
    assert start.tzinfo is not None and start == agreed_at
    assert COMPANY in str(event["summary"]) and ROLE in str(event["summary"])
    alarms = list(event.walk("VALARM"))
    assert len(alarms) == 2
    assert all(alarm.decoded("trigger").total_seconds() < 0 for alarm in alarms)  # both before the start


def test_copy_puts_the_message_on_the_clipboard_and_says_so_even_outside_a_secure_context(visit, app, local_time):
    visit.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=visit.server.url.rstrip("/"))
    situation = missed_with_new_time(app, local_time, agreed=False)
    mail = compose(situation, "email")
    app.tab("email").click()
    expect(app.body).to_have_text(mail.body, use_inner_text=True)

    button(app, "copy").click()
    expect(status_of(app, "copy")).to_have_text(text("ui.take.copied"))
    assert app.page.evaluate("navigator.clipboard.readText()") == mail.body

    button(app, "copy_subject").click()
    expect(status_of(app, "copy_subject")).to_have_text(text("ui.take.copied_subject"))
    assert app.page.evaluate("navigator.clipboard.readText()") == mail.subject

    # A workshop server reached at a LAN address (http://192.168...) is not a secure context, so its pages
    # have no navigator.clipboard: Copy still works there.
    app.tab("phone").click()
    script = compose(situation, "phone")
    expect(app.body).to_have_text(script.body, use_inner_text=True)
    # Keep a way to read the clipboard back, then take the modern API away as such a page would lack it.
    app.page.evaluate(
        "window.readClipboard = navigator.clipboard.readText.bind(navigator.clipboard);"
        "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });"
    )
    assert app.page.evaluate("navigator.clipboard === undefined")
    focused_before = button(app, "copy")
    focused_before.focus()
    app.page.keyboard.press("Enter")  # by keyboard, too
    expect(status_of(app, "copy")).to_have_text(text("ui.take.copied"))
    assert app.page.evaluate("window.readClipboard()") == script.body
    expect(focused_before).to_be_focused()  # the hidden text area gave the focus back


def test_buttons_are_keyboard_operable_with_a_visible_focus_ring(app, local_time):
    # Save my answers and Load my answers, at the top of the form, are reached by keyboard too.
    save = app.page.get_by_role("button", name=text("ui.saved.save"), exact=True)
    load = app.page.get_by_role("button", name=text("ui.saved.load"))
    save.focus()
    app.page.keyboard.press("Tab")
    expect(load).to_be_focused()
    assert load.evaluate("el => getComputedStyle(el).outlineWidth") == "3px"

    missed_with_new_time(app, local_time, agreed=False)
    app.tab("email").click()
    copy = button(app, "copy")
    expect(copy).to_be_visible()
    copy.focus()
    app.page.keyboard.press("Tab")  # to the next button, by keyboard, so :focus-visible applies
    subject = button(app, "copy_subject")
    expect(subject).to_be_focused()
    ring = subject.evaluate("el => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineWidth]; }")
    assert ring == ["solid", "3px"]
    # Tab on to the email link and then the first download, and save it with the keyboard alone.
    app.page.keyboard.press("Tab")
    expect(app.page.get_by_role("link", name=text("ui.take.mailto"), exact=True)).to_be_focused()
    app.page.keyboard.press("Tab")
    expect(button(app, "txt")).to_be_focused()
    with app.page.expect_download() as info:
        app.page.keyboard.press("Enter")
    assert info.value.suggested_filename == "harbor-freight-lines-email.txt"


def test_downloads_are_made_in_memory_and_nothing_typed_reaches_the_servers_disk(visit, app, local_time, written_files):
    marker = f"Qz{secrets.token_hex(8)}"
    missed_with_new_time(app, local_time, company=f"{marker} Logistics")
    app.tab("confirm").click()  # with a new time agreed, the email to send is the confirmation
    expect(app.body).to_contain_text(marker)
    for key in ("txt", "eml"):
        _name, data = download(app, key)
        assert marker.encode() in data
    for key in ("pdf", "ics", "html"):
        _name, data = download(app, key)
        assert data
    visit.leave()
    assert written_files(marker) == []
