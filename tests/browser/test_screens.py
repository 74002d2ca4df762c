"""The page on the screens it meets: a phone in the room, a laptop or the projector, a dark room.

On a phone (390x844) everything is one column, one step at a time, and nothing runs off the side: the message wraps and is
wide enough to read, the tabs keep their whole names, the inputs take the full width. On a wide screen
(1280x900) the plan and the message sit beside the form and stay in view while the person types at the
bottom of the form; what to say when running late (pull over, then a call script) comes first, above
the form. In dark mode (the system's prefers-color-scheme) the page turns dark, and every text checked
keeps 4.5:1 contrast against what is actually behind it, in both themes. Projector mode is a labelled
switch on the page, remembered when the page is reloaded.

Each test leaves a screenshot of its screen in tests/artifacts/ for people to look at.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from guide.catalogue import text

from tests.contrast import contrast_ratio
from conftest import DARK, PAGE_READY_TIMEOUT_MS, PHONE, WIDE, Screen, _kernel_id, _shut_down_kernel

pytestmark = pytest.mark.browser

MIN_MESSAGE_WIDTH_PX = 300
MIN_VISIBLE_MESSAGE_PX = 120  # of the message body, inside the window while typing at the form's foot
AA = 4.5

# Text whose contrast is measured on the page, by CSS selector: narrative, labels, inputs, help, tabs,
# the message, the plan's due time, a problem note.
TEXTS = {
    "heading": ".jp-RenderedHTMLCommon h1",
    "narrative": ".jp-RenderedHTMLCommon p",
    "section heading": ".rebound-section",
    "label": ".rebound-form .widget-label",
    "input": ".rebound-form input[type=text]",
    "help": ".rebound-form .rebound-help p",
    "tab": ".lm-TabBar-tab",
    "selected tab": ".lm-TabBar-tab.lm-mod-current",
    "message": ".rebound-message-body p",
    "due time": ".rebound-due",
    "button": ".rebound-take-button",
}

# The text color of an element and the color actually behind it (the first ancestor that paints one).
COLORS = """el => {
  const hex = rgb => '#' + rgb.match(/\\d+/g).slice(0, 3).map(n => Number(n).toString(16).padStart(2, '0')).join('');
  const ink = getComputedStyle(el).color;
  let node = el;
  while (node && node.nodeType === 1) {
    const paper = getComputedStyle(node).backgroundColor;
    if (paper && paper !== 'transparent' && !paper.startsWith('rgba(0, 0, 0, 0)')) return [hex(ink), hex(paper)];
    node = node.parentElement;
  }
  return [hex(ink), '#ffffff'];
}"""

OVERFLOW = """() => {
  const cells = document.getElementById('rendered_cells');
  return {
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    cells: cells ? cells.scrollWidth - cells.clientWidth : 0,
  };
}"""


# Whether the focus ring (3px, 2px outside the control) of the focused element is cut off by an ancestor
# that clips what overflows it: the list of clipping ancestors and the sides they cut.
RING_CLIPPED = """() => {
  const el = document.activeElement;
  const r = el.getBoundingClientRect();
  const ring = { left: r.left - 5, right: r.right + 5, top: r.top - 5, bottom: r.bottom + 5 };
  const cut = [];
  for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const box = node.getBoundingClientRect();
    const sides = [];
    if (style.overflowX !== 'visible' && ring.left < box.left) sides.push('left');
    if (style.overflowX !== 'visible' && ring.right > box.right) sides.push('right');
    if (style.overflowY !== 'visible' && ring.top < box.top) sides.push('top');
    if (style.overflowY !== 'visible' && ring.bottom > box.bottom) sides.push('bottom');
    if (sides.length) cut.push(node.className + ': ' + sides.join(','));
  }
  return cut;
}"""

# The widget stylesheet reaches the page once, however many widgets include it.
STYLESHEET_COPIES = """() => [...document.querySelectorAll('style')].filter(s => s.textContent.includes('.rebound-workspace')).length"""


def complete_a_missed_interview(app, local_time) -> None:
    app.set_time("interview_at", local_time.yesterday_at(10))
    app.fill_basics()
    expect(app.body).to_contain_text("Dana Reyes")


def assert_contrast(page, screen: Screen) -> None:
    checked = {}
    for what, selector in TEXTS.items():
        element = page.locator(selector).filter(visible=True).first
        expect(element).to_be_visible()
        ink, paper = element.evaluate(COLORS)
        checked[what] = (ink, paper, round(contrast_ratio(ink, paper), 2))
    low = {what: found for what, found in checked.items() if found[2] < AA}
    assert not low, f"text below {AA}:1 in the {screen.name} theme: {low}"


@pytest.mark.parametrize("screen", [PHONE])
def test_on_a_phone_everything_fits_one_column_and_nothing_is_cut(screen, app, local_time, artifacts_dir):
    page = app.page
    # A missed interview offers the most tabs (seven, with the later messages): all show whole on a phone.
    # The page is one step per screen there (test_phone.py): what happened, then the details, then the
    # message, reached from the step bar at the foot of the screen.
    app.choose("scenario", "missed")
    app.choose("reason", "other")
    app.set_time("interview_at", local_time.yesterday_at(10))
    page.locator(".rebound-stepbar-next").click()
    app.fill_basics()
    page.get_by_role("button", name=text("ui.steps.show_message"), exact=True).click()
    expect(app.body).to_contain_text("Dana Reyes")
    expect(app.tabs()).to_have_count(7)

    assert page.evaluate(OVERFLOW) == {"page": 0, "cells": 0}, "the page scrolls sideways"
    body = app.body.bounding_box()
    assert body["width"] >= MIN_MESSAGE_WIDTH_PX, f"the message is {body['width']:.0f}px wide"
    assert body["x"] >= 0 and body["x"] + body["width"] <= screen.width
    # The message wraps inside its box rather than running past its edge.
    assert app.body.evaluate("el => el.scrollWidth <= el.clientWidth")

    # One step per screen: with the message shown, the form and the plan wait on their own steps.
    expect(app.control("candidate_name")).to_be_hidden()
    expect(app.plan).to_be_hidden()

    # Tabs keep their whole names and stay on the screen.
    for tab in app.tabs().all():
        box = tab.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= screen.width, tab.text_content()
        assert tab.evaluate("el => el.scrollWidth <= el.clientWidth"), f"{tab.text_content()!r} is cut short"

    # Back at the details (the browser's back button), inputs take the column's full width.
    page.go_back()
    name_box = app.control("candidate_name").bounding_box()
    assert name_box["width"] >= screen.width * 0.8 and name_box["x"] + name_box["width"] <= screen.width

    # The keyboard's focus ring shows whole, even on a field that spans the screen.
    app.control("candidate_name").focus()
    page.keyboard.press("End")
    assert page.evaluate(RING_CLIPPED) == []

    # (The examples the chapters print wrap between words: checked on every chapter, on a phone, in
    # test_accessibility.py.)

    app.screenshot(artifacts_dir / "screen-phone.png")


@pytest.mark.parametrize("screen", [WIDE])
def test_on_a_wide_screen_the_message_stays_in_view_beside_the_form(screen, app, local_time, artifacts_dir):
    page = app.page
    # Someone running late finds what to say at the top of the page, before any form.
    pull_over = page.get_by_text("Driving? Pull over first.", exact=True)
    script = page.locator("blockquote").filter(has_text="I'm running late")
    expect(pull_over).to_be_visible()
    expect(script).to_be_visible()
    first_field = app.control("scenario").bounding_box()
    assert pull_over.bounding_box()["y"] < script.bounding_box()["y"] < first_field["y"]

    complete_a_missed_interview(app, local_time)

    # The form on the left, the plan and the messages beside it on the right.
    form = page.locator(".rebound-form").bounding_box()
    side = page.locator(".rebound-side").bounding_box()
    assert side["x"] >= form["x"] + form["width"], "the plan and messages are not beside the form"
    assert page.evaluate(OVERFLOW) == {"page": 0, "cells": 0}
    assert page.evaluate(STYLESHEET_COPIES) == 1

    # Typing in the last field of the form (far down the page), the message changes where it can be seen.
    # Checked on the email, whose subject takes the most room above it (outside office hours its tab
    # opens first; in them, the phone script's), so the result does not depend on the hour.
    app.select_tab("email")
    app.type_into("candidate_name", "Dana Reyes-Ortiz", leave=False)
    expect(app.body).to_contain_text("Dana Reyes-Ortiz")
    field = app.control("candidate_name").bounding_box()
    body = app.body.bounding_box()
    assert 0 <= field["y"] <= screen.height, "the field typed in is out of view"
    visible = min(body["y"] + body["height"], screen.height) - max(body["y"], 0)
    assert visible >= MIN_VISIBLE_MESSAGE_PX, f"only {visible:.0f}px of the message is in view while typing"
    assert page.evaluate(RING_CLIPPED) == []

    assert_contrast(page, screen)
    page.screenshot(path=artifacts_dir / "screen-wide.png")


@pytest.mark.parametrize("screen", [DARK])
def test_dark_mode_follows_the_system_with_readable_contrast(screen, app, local_time, artifacts_dir):
    page = app.page
    complete_a_missed_interview(app, local_time)
    ink, paper = page.locator(".rebound-form").evaluate(COLORS)
    assert contrast_ratio(paper, "#000000") < 2, f"the form's background {paper} is not dark"
    assert contrast_ratio(ink, "#ffffff") < 2, f"the form's text {ink} is not light"
    assert_contrast(page, screen)
    page.screenshot(path=artifacts_dir / "screen-dark.png")


def test_projector_mode_is_a_labelled_switch_remembered_for_the_visit(app, visit, artifacts_dir):
    page = app.page
    switch = page.get_by_label(text("ui.projector"), exact=True)
    expect(switch).not_to_be_checked()
    label = app.control("company")
    before = float(label.evaluate("el => parseFloat(getComputedStyle(el).fontSize)"))
    narrative = page.locator(".jp-RenderedHTMLCommon p").first
    narrative_before = float(narrative.evaluate("el => parseFloat(getComputedStyle(el).fontSize)"))

    switch.check()
    after = float(label.evaluate("el => parseFloat(getComputedStyle(el).fontSize)"))
    assert after >= before * 1.25, (before, after)
    assert float(narrative.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")) >= narrative_before * 1.25
    ink, _paper = label.evaluate(COLORS)
    assert ink == "#000000"  # the strongest contrast there is on white
    assert page.evaluate(OVERFLOW) == {"page": 0, "cells": 0}
    page.screenshot(path=artifacts_dir / "screen-projector.png")

    # Reloaded (a new kernel), the page is still in projector mode; the kernel never knew about it.
    # Voila refuses its own shutdown request on leaving a page (voila#1458, see conftest), which would
    # show as a console error: the harness answers it here and shuts the old kernel down properly.
    old_kernel = _kernel_id(page)
    page.route("**/voila/api/shutdown/**", lambda route: route.fulfill(status=204))
    page.reload(wait_until="domcontentloaded", timeout=PAGE_READY_TIMEOUT_MS)  # a page load: a new kernel runs the app
    _shut_down_kernel(visit.context, visit.server.url, old_kernel)
    expect(page.get_by_label(text("ui.projector"), exact=True)).to_be_checked(timeout=PAGE_READY_TIMEOUT_MS)
    assert page.evaluate("document.documentElement.classList.contains('rebound-projector')")
