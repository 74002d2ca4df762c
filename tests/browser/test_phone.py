"""The app on a phone in the room (390 x 844): one step per screen, the message within reach.

On a narrow screen the page shows one step at a time (what happened, your details, the plan, the
message, then the extras) with a bar at the bottom offering the next step, and "Show my message" as
soon as a message is written. What to say when running late comes first, on the first screen. The
browser's back button goes back a step, not off the page, and nothing typed is lost on the way. A wide
screen keeps the form beside the plan and the message, with no bar.

A late-today case is walked through as a thumb does it, counting taps and scrolls (a scroll being one
swipe of at most most of a screen), from opening the page to a copied message; the count is printed.
Screenshots at 390 px (each step), at 1280 px and in dark mode go to tests/artifacts/.
"""

from __future__ import annotations

import math

import pytest
from playwright.sync_api import expect

from guide.catalogue import text

from conftest import DARK, PHONE, WIDE

pytestmark = pytest.mark.browser

MAX_TAPS_AND_SCROLLS = 25  # issue 28: "about 25" for a late-today case, opening the page to a copied message
SWIPE = 0.8  # of the screen's height: one scroll gesture


class Thumb:
    """Does what a person's thumb does on the page, and counts it: a tap per control touched, a scroll
    per swipe needed to bring it into view first."""

    def __init__(self, page, height: int):
        self.page = page
        self.height = height
        self.taps = 0
        self.scrolls = 0

    def reach(self, locator) -> None:
        """Scroll (counted in swipes) until ``locator`` is on the screen, above the step bar."""
        expect(locator).to_be_visible()
        if locator.evaluate("el => el.closest('.rebound-stepbar') !== null"):
            return  # the bar stays at the foot of the screen
        box = locator.bounding_box()
        bar = self.page.locator(".rebound-stepbar")
        bottom = bar.bounding_box()["y"] if bar.is_visible() else self.height
        if box["y"] >= 0 and box["y"] + min(box["height"], 60) <= bottom:
            return
        distance = box["y"] - bottom / 3 if box["y"] > 0 else box["y"]
        self.scrolls += max(1, math.ceil(abs(distance) / (self.height * SWIPE)))
        locator.scroll_into_view_if_needed()

    def tap(self, locator) -> None:
        self.reach(locator)
        locator.click()
        self.taps += 1

    def choose(self, app, field: str, value: str) -> None:
        """A drop-down: one tap opens it, one picks the option."""
        self.reach(app.control(field))
        app.choose(field, value)
        self.taps += 2

    def type_into(self, app, field: str, value: str) -> None:
        """One tap on the field, then the keyboard (typing is not counted)."""
        self.tap(app.control(field))
        app.control(field).press("ControlOrMeta+a")
        self.page.keyboard.type(value)

    @property
    def total(self) -> int:
        return self.taps + self.scrolls


def bar_button(page, key: str):
    return page.locator(".rebound-stepbar").get_by_role("button", name=text(key), exact=True)


def step_shown(page) -> str | None:
    return page.evaluate("document.documentElement.getAttribute('data-rb-step')")


@pytest.mark.parametrize("screen", [PHONE])
def test_late_today_on_a_phone_is_a_few_steps_and_about_25_taps_to_a_copied_message(
    screen, visit, app, local_time, artifacts_dir
):
    page = app.page
    visit.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=visit.server.url.rstrip("/"))
    thumb = Thumb(page, screen.height)
    bar = page.locator(".rebound-stepbar")
    expect(bar).to_be_visible()
    expect(bar).to_have_attribute("aria-label", text("ui.steps.nav"))
    assert step_shown(page) == "happened"

    # What to say when running late is on the first screen, above the form: no scrolling to find it.
    call_first = page.get_by_role("heading", name="Late right now? Call first")
    script = page.locator("blockquote").filter(has_text="I'm running late")
    expect(script).to_be_visible()
    for found in (call_first, script):
        box = found.bounding_box()
        assert 0 <= box["y"] and box["y"] + 20 <= screen.height, "the call-first script is below the first screen"
    app.screenshot(artifacts_dir / "phone-1-happened.png")
    # The page's switches (its language, projector mode) are on the first step, once, not atop every step.
    switches = (page.get_by_label(text("page.language"), exact=True), page.get_by_label(text("ui.projector"), exact=True))
    for switch in switches:
        expect(switch).to_be_visible()

    # Step 1, what happened: late, 35 minutes, for an interview in five minutes.
    thumb.choose(app, "scenario", "late")
    thumb.choose(app, "reason", "other")
    thumb.reach(app.control("interview_at"))
    app.set_time("interview_at", local_time.minutes_from_now(5))
    thumb.taps += 2  # the phone's date-and-time picker: open it, confirm
    thumb.type_into(app, "eta_minutes", "35")
    # The details of the next step are not on this screen; the plan and the message neither.
    expect(app.control("company")).to_be_hidden()
    expect(app.plan).to_be_hidden()
    next_step = page.locator(".rebound-stepbar-next")
    expect(next_step).to_have_text(text("ui.steps.next", step=text("ui.steps.details")))
    thumb.tap(next_step)
    assert step_shown(page) == "details"
    expect(app.control("scenario")).to_be_hidden()
    for switch in switches:
        expect(switch).to_be_hidden()

    # Step 2, the details: the company, the job, the name. The last one writes the message.
    thumb.type_into(app, "company", "Harbor Freight Lines")
    thumb.type_into(app, "role", "Dispatcher")
    thumb.type_into(app, "candidate_name", "Dana Reyes")
    page.keyboard.press("Tab")
    show = bar_button(page, "ui.steps.show_message")
    expect(show).to_be_visible()
    app.screenshot(artifacts_dir / "phone-2-details.png")

    # From the last required field to the first line of the message: one tap, no scrolling.
    before = thumb.total
    thumb.tap(show)
    assert step_shown(page) == "message"
    expect(app.body).to_contain_text("Dana Reyes")
    first_line = app.body.bounding_box()["y"]
    bar_top = bar.bounding_box()["y"]
    print(f"\nphone: the message's first line is {first_line:.0f}px down, the bar starts at {bar_top:.0f}px")
    assert 0 <= first_line and first_line + 24 <= bar_top, "the message's first line is not on the screen"
    assert thumb.total - before == 1
    app.screenshot(artifacts_dir / "phone-4-message.png")

    # Copy it: the copy button under the message.
    copy = page.locator(".rebound-message").filter(visible=True).get_by_role("button", name=text("ui.take.copy"), exact=True)
    thumb.tap(copy)
    expect(page.get_by_text(text("ui.take.copied"), exact=True).filter(visible=True)).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Dana Reyes" in copied

    print(f"phone: late today, page opened to message copied: {thumb.taps} taps + {thumb.scrolls} scrolls = {thumb.total}")
    assert thumb.total <= MAX_TAPS_AND_SCROLLS

    # The plan is a step of its own, between the details and the message.
    page.go_back()
    expect(page.locator("html")).to_have_attribute("data-rb-step", "details")
    # Back keeps everything typed, and stays on the page.
    expect(app.control("candidate_name")).to_have_value("Dana Reyes")
    expect(app.control("company")).to_have_value("Harbor Freight Lines")
    assert page.url.rstrip("/") == visit.server.url.rstrip("/")
    page.go_back()
    expect(page.locator("html")).to_have_attribute("data-rb-step", "happened")
    expect(app.control("eta_minutes")).to_have_value("35")
    page.go_forward()
    page.go_forward()
    expect(page.locator("html")).to_have_attribute("data-rb-step", "message")
    expect(app.body).to_contain_text("Dana Reyes")
    bar_button(page, "ui.steps.back").click()
    expect(page.locator("html")).to_have_attribute("data-rb-step", "details")
    next_step.click()
    expect(page.locator("html")).to_have_attribute("data-rb-step", "plan")
    expect(app.plan.locator(".rebound-action").first).to_be_visible()
    app.screenshot(artifacts_dir / "phone-3-plan.png")
    next_step.click()
    next_step.click()
    expect(page.locator("html")).to_have_attribute("data-rb-step", "after")
    # The draft check is built when first opened (issue 28): its button, then the panel.
    opener = page.get_by_role("button", name=text("ui.draft.open"), exact=True)
    expect(opener).to_be_visible()
    opener.click()
    expect(page.locator(".rebound-draft")).to_be_visible()
    app.screenshot(artifacts_dir / "phone-5-after.png")


@pytest.mark.parametrize("screen", [WIDE])
def test_a_wide_screen_keeps_the_form_beside_the_plan_and_message_with_no_step_bar(screen, app, local_time, artifacts_dir):
    page = app.page
    app.choose("scenario", "late")
    app.set_time("interview_at", local_time.minutes_from_now(5))
    app.type_into("eta_minutes", "35")
    app.fill_basics()
    expect(app.body).to_contain_text("Dana Reyes")
    assert step_shown(page) is None
    expect(page.locator(".rebound-stepbar")).to_have_count(0)
    form = page.locator(".rebound-form").bounding_box()
    assert page.locator(".rebound-side").bounding_box()["x"] >= form["x"] + form["width"]
    page.screenshot(path=artifacts_dir / "phone-flow-1280.png")


@pytest.mark.parametrize("screen", [DARK])
def test_the_step_bar_in_dark_mode_on_a_phone(screen, visit, app, local_time, artifacts_dir):
    page = app.page
    page.set_viewport_size(PHONE.viewport)
    bar = page.locator(".rebound-stepbar")
    expect(bar).to_be_visible()
    paper = bar.evaluate("el => getComputedStyle(el).backgroundColor")
    assert paper == "rgb(22, 22, 22)", f"the bar is not dark: {paper}"
    app.screenshot(artifacts_dir / "phone-dark.png")
