"""Workshop mode in the browser: the facilitator page, and the app served from a preheated room (its
language asked for in the address, its clock the participant's, its page drawn as the plain one).

The room's kernels start and run the app before anyone connects, so nothing about the participant can be
known then. Here the server runs in UTC and the browser in Tokyo (neither New York, the other tests'
zone): the times the participant picks must still read as they picked them, and "now" must be theirs.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
import urllib.error
import urllib.request
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import (  # tests/browser/conftest.py
    APP_NOTEBOOK,
    PAGE_READY_TIMEOUT_MS,
    VIEWPORT,
    App,
    LocalTime,
    start_voila,
)
from playwright.sync_api import expect

from guide import Situation, compose
from guide.catalogue import text
from guide.i18n import display_name
from guide.workshop.quiz import BY_ID
from guide.room.address import ADDRESS_VARIABLE
from guide.room.serve import FACILITATOR_NOTEBOOK, room_args

pytestmark = pytest.mark.browser

PARTICIPANT_ZONE = "Asia/Tokyo"


ROOM_ADDRESS = "http://192.0.2.10:8866/"  # what `make workshop` would announce (a documentation address)


@pytest.fixture(scope="module")
def facilitator_server(tmp_path_factory):
    """The facilitator page as `make workshop` serves it: told the room's address through the environment."""
    before = os.environ.get(ADDRESS_VARIABLE)
    os.environ[ADDRESS_VARIABLE] = ROOM_ADDRESS
    try:
        with start_voila(FACILITATOR_NOTEBOOK, tmp_path_factory.mktemp("facilitator")) as server:
            yield server
    finally:
        if before is None:
            os.environ.pop(ADDRESS_VARIABLE, None)
        else:
            os.environ[ADDRESS_VARIABLE] = before


ROOM = 2  # kernels in the preheated pool; a page taken from it is replaced five seconds later


@pytest.fixture(scope="module")
def room_server(tmp_path_factory):
    """The app as `make workshop` serves it: a pool of preheated kernels."""
    with start_voila(APP_NOTEBOOK, tmp_path_factory.mktemp("room"), tuple(room_args(ROOM))) as server:
        yield server


def _open(browser, url: str, errors: list[str], **context_options):
    context = browser.new_context(viewport=VIEWPORT, locale="en-US", **context_options)
    context.route("**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort())
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url, wait_until="domcontentloaded", timeout=PAGE_READY_TIMEOUT_MS)
    return context, page


def _close(context, page) -> None:
    """Leave the page as a participant does: its unload handlers run, so Voila's goodbye (with the _xsrf
    cookie the room now gives it) stops its kernel and frees its seat for the next test's page; a bare
    context close would leave the kernel holding a seat of this small room until the idle cull."""
    try:
        page.close(run_before_unload=True)
        page.wait_for_event("close", timeout=5_000)
    except Exception:  # already closed, or the close event came first: nothing left to wait for
        pass
    context.close()


def test_the_facilitator_answers_a_quiz_question_and_downloads_the_cards(browser, facilitator_server):
    errors: list[str] = []
    context, page = _open(browser, facilitator_server.url, errors, accept_downloads=True, timezone_id="America/New_York")
    try:
        # The room's address and its QR code (drawn on the server, an inline SVG: nothing fetched).
        expect(page.locator(".rebound-address")).to_have_text(ROOM_ADDRESS, timeout=PAGE_READY_TIMEOUT_MS)
        expect(page.get_by_role("img", name=text("workshop.room.qr_title")).locator("svg")).to_be_visible()

        question = BY_ID["late_eta"]
        right = page.get_by_role("radio", name=text(f"workshop.quiz.{question.id}.{question.answer}"), exact=True)
        expect(right).to_be_visible(timeout=PAGE_READY_TIMEOUT_MS)
        right.check()
        feedback = page.locator(".rebound-quiz-question").filter(has=right).locator(".rebound-quiz-feedback")
        expect(feedback).to_contain_text(text("workshop.quiz.right", answer=text(f"workshop.quiz.late_eta.{question.answer}")))
        expect(feedback).to_contain_text(question.rule.text)

        wrong_question = BY_ID["voicemail"]
        wrong = page.get_by_role("radio", name=text("workshop.quiz.voicemail.a"), exact=True)
        wrong.check()
        wrong_feedback = page.locator(".rebound-quiz-question").filter(has=wrong).locator(".rebound-quiz-feedback")
        expect(wrong_feedback).to_contain_text(text("workshop.quiz.wrong", answer=text("workshop.quiz.voicemail.b")))
        expect(wrong_feedback).to_contain_text(wrong_question.rule.text)

        seed = page.get_by_label(text("workshop.ui.seed"), exact=True)
        seed.fill("7")
        seed.press("Tab")
        with page.expect_download() as html_download:
            page.get_by_role("button", name=text("workshop.ui.cards_html"), exact=True).click()
        assert html_download.value.suggested_filename == "rebound-workshop-cards-set-7.html"
        page_text = Path(html_download.value.path()).read_text(encoding="utf-8")
        assert text("workshop.card.number", number=1) in page_text and text("workshop.card.observer") in page_text

        with page.expect_download() as pdf_download:
            page.get_by_role("button", name=text("workshop.ui.cards_pdf"), exact=True).click()
        assert pdf_download.value.suggested_filename == "rebound-workshop-cards-set-7.pdf"
        assert Path(pdf_download.value.path()).read_bytes().startswith(b"%PDF-")
        assert errors == []
    finally:
        _close(context, page)


class TokyoTime(LocalTime):
    zone = ZoneInfo(PARTICIPANT_ZONE)


def test_a_preheated_kernel_reads_times_on_the_participants_clock(browser, room_server):
    """The kernel ran the app before this browser existed; the message still uses Tokyo wall-clock times."""
    errors: list[str] = []
    local = TokyoTime()
    context, page = _open(browser, room_server.url, errors, timezone_id=PARTICIPANT_ZONE)
    try:
        app = App(page)
        expect(app.control("candidate_name")).to_be_visible(timeout=PAGE_READY_TIMEOUT_MS)
        interview_at = local.days_ahead_at(3, 10)
        offered = local.workday_ahead_at(6, 14)
        app.choose("scenario", "reschedule")
        app.set_time("interview_at", interview_at)
        app.set_time("proposed_slots", offered)
        app.fill_basics(name="Kenji Sato", company="Harbor Freight Lines", role="Dispatcher")
        expected = compose(
            Situation(
                scenario="reschedule", candidate_name="Kenji Sato", company="Harbor Freight Lines", role="Dispatcher",
                interview_at=interview_at, proposed_slots=(offered,), now=local.now(),
            ),
            "email",
        )  # fmt: skip
        app.select_tab("email")
        for line in filter(str.strip, expected.body.splitlines()):  # lines: a line break adds no space to the text
            expect(app.body).to_contain_text(" ".join(line.split()))
        # The server's own clock (UTC) would put 10 AM Tokyo at 1 AM: that reading must not appear.
        utc_reading = interview_at.astimezone(dt.timezone.utc).strftime("%-I:%M %p")
        expect(app.body).not_to_contain_text(f"at {utc_reading}")
        assert errors == []
        assert "Using pre-heated kernel" in room_server.log(), "the page did not get a kernel from the pool"
    finally:
        _close(context, page)


@pytest.mark.parametrize("lang", ["en-GB", "es"])
def test_a_preheated_room_honours_the_address(browser, room_server, lang):
    """The room's kernel ran the app in English before this page was asked for; the address still wins."""
    errors: list[str] = []
    context, page = _open(browser, f"{room_server.url}?lang={lang}", errors, timezone_id="America/New_York")
    try:
        expect(page.get_by_label(text("field.candidate_name", lang), exact=True)).to_be_visible(timeout=PAGE_READY_TIMEOUT_MS)
        expect(page.locator("html")).to_have_attribute("lang", lang)
        # ipywidgets gives each option its label as value
        expect(page.get_by_label(text("page.language", lang), exact=True)).to_have_value(display_name(lang))
        assert errors == []
        assert "Using pre-heated kernel" in room_server.log(), "the page did not get a kernel from the pool"
    finally:
        _close(context, page)


# Every element of the app as the page drew it: tag, classes and inline style (what a layout sets), in
# document order. Generated ids (labels' "for") differ from page to page and are left out.
DRAWN = """() => Array.from(document.querySelectorAll('.jp-OutputArea-output *')).map(e =>
  [e.tagName, e.getAttribute('class') || '', e.getAttribute('style') || ''].join(' | '))"""


def test_a_room_page_is_drawn_exactly_as_the_plain_page(browser, room_server, voila_server):
    """The room's kernels answer the page's first request their own way (no echo, a layout's defaults
    left to the page: guide/room/state_reply.py); the page they draw is the one `make run` serves."""
    drawn = []
    preheated_before = room_server.log().count("Using pre-heated kernel")
    for server in (voila_server, room_server):
        errors: list[str] = []
        context, page = _open(browser, server.url, errors)
        try:
            app = App(page)
            expect(app.control("candidate_name")).to_be_visible(timeout=PAGE_READY_TIMEOUT_MS)
            drawn.append(_settled(page))
            assert errors == []
        finally:
            _close(context, page)
    plain, room = drawn
    assert len(plain) > 500  # the whole app, not an empty page
    assert room == plain
    assert any("display: none" in element for element in plain)  # a layout's setting reached the page
    assert room_server.log().count("Using pre-heated kernel") > preheated_before, "not a kernel from the pool"


def _settled(page, timeout_s: float = 20) -> list[str]:
    """The page as drawn once it has stopped changing: two reads half a second apart that agree (widget
    updates come over the kernel's websocket, which "network idle" does not wait for)."""
    deadline = time.monotonic() + timeout_s
    last = page.evaluate(DRAWN)
    while time.monotonic() < deadline:
        page.wait_for_timeout(500)
        now = page.evaluate(DRAWN)
        if now == last:
            return now
        last = now
    raise AssertionError("the page kept changing")


KERNEL_ID = re.compile(r'"kernelId":\s*"([0-9a-f-]+)"')


def _kernel_exists(server, kernel_id: str) -> bool:
    try:
        with urllib.request.urlopen(f"{server.url}api/kernels/{kernel_id}", timeout=10):
            return True
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return False
        raise


def test_a_reloaded_room_page_gives_its_kernel_back_at_once(browser, room_server):
    """The page's own goodbye (Voila's shutdown beacon, with its _xsrf cookie) is accepted by the room:
    the reloaded page's old kernel is stopped, not left holding a seat until the idle cull."""
    errors: list[str] = []
    context, page = _open(browser, room_server.url, errors)
    try:
        app = App(page)
        expect(app.control("candidate_name")).to_be_visible(timeout=PAGE_READY_TIMEOUT_MS)
        old = KERNEL_ID.search(page.content()).group(1)
        assert any(cookie["name"] == "_xsrf" for cookie in context.cookies())
        page.reload(wait_until="domcontentloaded", timeout=PAGE_READY_TIMEOUT_MS)
        expect(app.control("candidate_name")).to_be_visible(timeout=PAGE_READY_TIMEOUT_MS)
        new = KERNEL_ID.search(page.content()).group(1)
        deadline = time.monotonic() + 30
        while _kernel_exists(room_server, old) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _kernel_exists(room_server, old), "the old page's kernel still holds its seat"
        assert new != old and _kernel_exists(room_server, new)
        assert "_xsrf' argument missing" not in room_server.log()
        assert errors == []
    finally:
        context.close()
