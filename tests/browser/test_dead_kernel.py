"""A page that outlives its kernel (guide/ui/lifeline.py), and a file too big for the page's connection.

The kernel is killed the way the out-of-memory killer does it (SIGKILL to its process; the server starts
another, which has none of this page's widgets), or stopped the way the culler or a counselor does it
(through the server, which closes the page's socket). Within a few seconds the page says what happened
and what to do, everything typed stays on screen, the message is marked out of date, "Save my answers"
still gives the answers (what was typed after the kernel died included), and after a reload the page
offers to put them back.
"""

from __future__ import annotations

import re
import time

import psutil
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from guide.catalogue import text
from guide.saved import MAX_BYTES, loads

import conftest as harness  # tests/browser/conftest.py, the harness pytest has already loaded

pytestmark = pytest.mark.browser

NAME, COMPANY, ROLE, CONTACT = "Zoë O'Hara", "Harbor Freight Lines", "Dispatcher", "Ms. Lee"
CONTACT_AFTER = "Ms. Lee-Park"  # typed once the kernel is gone
NOTICE_WITHIN_S = 8  # "within a few seconds": the websocket's grace and the heartbeat are shorter

# What the browser itself logs once the kernel is gone: its attempts to reconnect to a kernel that no
# longer exists, and, on reloading, Voila's shutdown request refused for want of an XSRF token
# (voila-dashboards/voila#1458). Any other console error still fails the test.
EXPECTED_AFTER_LOSS = re.compile(
    r"^WebSocket connection to 'ws://127\.0\.0\.1:\d+/api/kernels/[\w-]+/channels\?session_id=[\w-]+' failed"
    r"|^Failed to load resource: the server responded with a status of (403 \(Forbidden\)|404 \(Not Found\))$"
)


def kill_kernel(visit, kernel_id: str) -> None:
    """SIGKILL the kernel's process, as the out-of-memory killer does."""
    connection_file = f"kernel-{kernel_id}.json"
    found = [p for p in psutil.process_iter(["cmdline"]) if any(connection_file in part for part in p.info["cmdline"] or ())]
    assert len(found) == 1, f"the kernel process of {kernel_id} was not found"
    found[0].kill()
    found[0].wait(timeout=10)


def stop_kernel(visit, kernel_id: str) -> None:
    """Stop the kernel through the server, as the idle culler or a restarted server does."""
    harness._shut_down_kernel(visit.context, visit.server.url, kernel_id)


def blocking_violations(page) -> list[str]:
    """What axe finds "serious" or "critical" on the page as it is now (contrast included)."""
    violations = Axe().run(page).response["violations"]
    return [f"{v['id']}: {v['help']}" for v in violations if v["impact"] in {"serious", "critical"}]


def only_expected_errors_since(watch, start: int) -> None:
    """Drop the console errors a lost connection is expected to cause; any other stays and fails."""
    unexpected = [e for e in watch.console_errors[start:] if not EXPECTED_AFTER_LOSS.search(e)]
    watch.console_errors[start:] = unexpected


@pytest.mark.parametrize(
    "end, screen", [(kill_kernel, harness.WIDE), (stop_kernel, harness.DARK)], ids=["killed", "stopped-dark"]
)
def test_a_page_that_loses_its_kernel_says_so_keeps_what_was_typed_saves_and_restores(
    visit, watch, app, local_time, tmp_path, end, screen
):
    page = app.page
    interview_at = local_time.yesterday_at(10)
    app.set_time("interview_at", interview_at)
    app.fill_basics(name=NAME, company=COMPANY, role=ROLE)
    app.choose("reason", "traffic")
    app.type_into("contact_name", CONTACT)
    expect(app.body).to_contain_text(CONTACT)
    message = app.body.text_content()
    errors_before = len(watch.console_errors)

    kernel_id = harness._kernel_id(page)
    end(visit, kernel_id)
    ended = time.monotonic()
    notice = page.get_by_role("alert").filter(has_text=text("lifeline.lost.heading"))
    expect(notice).to_be_visible(timeout=NOTICE_WITHIN_S * 1000)
    assert time.monotonic() - ended < NOTICE_WITHIN_S
    expect(notice).to_contain_text(text("lifeline.lost.body"))
    harness.ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=harness.ARTIFACTS / f"dead-kernel-notice-{screen.name}.png")
    # Reached by keyboard: the notice's buttons come just before the page's first control.
    page.locator(".rebound-language select").focus()
    page.keyboard.press("Shift+Tab")
    expect(page.get_by_role("button", name=text("lifeline.lost.reload"), exact=True)).to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(page.get_by_role("button", name=text("lifeline.lost.save"), exact=True)).to_be_focused()

    # Everything typed is still on screen, the message too, and no widget grew a broken-link box.
    expect(app.control("company")).to_have_value(COMPANY)
    expect(app.control("candidate_name")).to_have_value(NAME)
    expect(app.control("contact_name")).to_have_value(CONTACT)
    expect(app.control("interview_at")).to_have_value(interview_at.strftime("%Y-%m-%dT%H:%M"))
    expect(app.body).to_have_text(message)
    disconnected = page.locator(".jupyter-widgets-disconnected")
    if end is kill_kernel:  # told the kernel restarted, ipywidgets marks every widget disconnected...
        expect(disconnected.first).to_be_attached()
    boxes = disconnected.evaluate_all(
        "els => els.filter(el => getComputedStyle(el, '::before').content !== 'none').map(el => el.className)"
    )
    assert boxes == []  # ...and none shows it as a box pushing the layout apart

    # The message says it may be out of date, and so does its Copy button.
    expect(page.locator(".rebound-messages .rebound-stale").filter(visible=True)).to_have_text(text("lifeline.stale"))
    copy_label = f"{text('ui.take.copy')} {text('lifeline.copy_stale')}"
    expect(page.get_by_role("button", name=copy_label, exact=True).filter(visible=True)).to_be_visible()
    assert blocking_violations(page) == []  # the notice and the mark: readable, named, in a landmark

    # Typed after the kernel died: still saved, from the page's own state.
    app.type_into("contact_name", CONTACT_AFTER)
    save = page.get_by_role("button", name=text("ui.saved.save"), exact=True)
    with page.expect_download(timeout=5_000) as info:
        save.click()
    saved = info.value
    path = tmp_path / saved.suggested_filename
    saved.save_as(path)
    answers = loads(path.read_bytes())  # read by the very code that reads a file saved by the kernel
    assert (answers.company, answers.candidate_name, answers.role) == (COMPANY, NAME, ROLE)
    assert (answers.reason, answers.contact_name) == ("traffic", CONTACT_AFTER)
    assert answers.interview_at is not None
    assert answers.interview_at.astimezone(local_time.zone).replace(tzinfo=None) == interview_at.replace(tzinfo=None)
    expect(save.locator("xpath=..").locator(".rebound-take-status")).to_have_text(
        text("ui.take.saved", filename=saved.suggested_filename)
    )
    # The notice's own button saves the same file, from wherever the page is scrolled.
    with page.expect_download(timeout=5_000) as again:
        notice.locator("xpath=..").get_by_role("button", name=text("lifeline.lost.save"), exact=True).click()
    assert loads(again.value.path().read_bytes()) == answers

    # After a reload (a new kernel), the page offers the answers this tab kept, and puts them back.
    page.reload(wait_until="domcontentloaded")
    expect(app.control("company")).to_be_visible(timeout=harness.PAGE_READY_TIMEOUT_MS)
    expect(app.control("company")).to_have_value("")
    expect(page.get_by_text(text("lifeline.offer"))).to_be_visible()
    expect(page.get_by_role("alert").filter(has_text=text("lifeline.lost.heading"))).to_have_count(0)
    assert blocking_violations(page) == []
    page.get_by_role("button", name=text("lifeline.offer.yes"), exact=True).click()
    expect(app.control("company")).to_have_value(COMPANY)
    expect(app.control("candidate_name")).to_have_value(NAME)
    expect(app.control("role")).to_have_value(ROLE)
    expect(app.control("contact_name")).to_have_value(CONTACT_AFTER)
    expect(app.control("reason")).to_have_value(text("reason.traffic"))
    expect(app.control("interview_at")).to_have_value(interview_at.strftime("%Y-%m-%dT%H:%M"))
    expect(app.body).to_contain_text(CONTACT_AFTER)  # and the message follows the form again
    expect(page.locator(".rebound-stale")).to_have_count(0)
    only_expected_errors_since(watch, errors_before)
    if end is kill_kernel:  # the server started a kernel in place of the killed one, which no page uses
        stop_kernel(visit, kernel_id)


@pytest.mark.parametrize("size", [10_000_000, 11 * 1024 * 1024], ids=["10MB", "11MiB"])
def test_a_file_too_big_is_refused_in_the_browser_and_the_page_stays_connected(app, size, local_time, tmp_path):
    """Over 10 MiB, the upload would exceed what the page's websocket carries: the connection closed and
    opened again and nothing was said. The page now refuses any file too big to be saved answers before
    sending it, in the words the kernel uses."""
    page = app.page
    sockets: list[str] = []  # a closed connection comes back as a new websocket
    page.on("websocket", lambda socket: sockets.append(socket.url))
    big = tmp_path / "holiday-video.json"
    big.write_bytes(b" " * size)
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name=text("ui.saved.load")).click()
    chooser.value.set_files(big)
    expect(page.locator(".rebound-saved-status [role=alert]")).to_have_text(
        text("saved.error.too_large", limit=MAX_BYTES // 1024)
    )
    # Still connected: the form still writes the message over the same socket, and nothing says the
    # page was cut off.
    app.set_time("interview_at", local_time.yesterday_at(10))
    app.fill_basics(company=COMPANY, role=ROLE)
    expect(app.body).to_contain_text(ROLE)  # the first tab may be the call, which names the job, not the company
    assert sockets == []
    expect(page.get_by_role("alert").filter(has_text=text("lifeline.lost.heading"))).to_have_count(0)
