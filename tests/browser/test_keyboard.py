"""Everything on the page can be reached and used with the keyboard alone, in the order it reads."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from guide import channels_for
from guide.catalogue import text

pytestmark = pytest.mark.browser

# The controls a fresh form shows (a missed, in-person interview), top to bottom. Minutes late and the
# interview count belong to other scenarios and are hidden; the second "new time" box appears only once
# the first is filled in.
FRESH_FORM_FIELDS = (
    "scenario", "reason", "interview_at", "interview_format", "location",
    "company", "role", "contact_name",
    "candidate_name", "candidate_phone", "candidate_email",
    "proposed_slots", "tone",
)  # fmt: skip

# What has the keyboard focus, named as a screen reader would name it: its label, or the tab's title.
FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  if (el.labels && el.labels.length) return el.labels[0].textContent.trim();
  if (el.getAttribute('role') === 'tab') return 'tab: ' + el.textContent.trim();
  return el.getAttribute('aria-label') || el.tagName.toLowerCase();
}"""
MAX_TAB_PRESSES = 80


def focus_stops(page, until: str) -> list[str]:
    """Press Tab from the top of the page until ``until`` has the focus; the distinct stops on the way.

    A date-and-time input takes several presses (one per part of the date), so repeats are merged.
    """
    stops: list[str] = []
    for _ in range(MAX_TAB_PRESSES):
        page.keyboard.press("Tab")
        name = page.evaluate(FOCUSED)
        if name and (not stops or stops[-1] != name):
            stops.append(name)
        if name == until:
            return stops
    raise AssertionError(f"{until!r} was never reached with Tab; focus went through {stops}")


def tab_to(page, label: str) -> None:
    focus_stops(page, until=label)


def test_tab_reaches_every_field_in_reading_order_then_the_message_tabs(app):
    first_channel = f"tab: {text('channel.' + channels_for('missed')[0])}"
    stops = focus_stops(app.page, until=first_channel)

    labels = [app.label(field) for field in FRESH_FORM_FIELDS]
    assert [stop for stop in stops if stop in labels] == labels
    assert stops[-1] == first_channel


def test_a_letter_can_be_written_with_the_keyboard_alone(app, local_time):
    page = app.page
    interview_at = local_time.yesterday_at(10)

    tab_to(page, app.label("interview_at"))
    # Chromium's en-US date-and-time input: month, day, year (Tab to leave the year), then hour, minute, AM/PM.
    page.keyboard.type(interview_at.strftime("%m%d%Y"))
    page.keyboard.press("Tab")
    page.keyboard.type(interview_at.strftime("%I%M") + interview_at.strftime("%p")[0])
    expect(app.control("interview_at")).to_have_value(interview_at.strftime("%Y-%m-%dT%H:%M"))

    for field, value in (("company", "Harbor Freight Lines"), ("role", "Dispatcher"), ("candidate_name", "Dana Reyes")):
        tab_to(page, app.label(field))
        page.keyboard.type(value)
    expect(app.body).to_contain_text("Dana Reyes")

    # The channel tabs: arrow keys move between them, Enter opens one.
    first, second = channels_for("missed")[:2]
    tab_to(page, f"tab: {text('channel.' + first)}")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    expect(app.tab(second)).to_have_attribute("aria-selected", "true")
    expect(app.body).to_contain_text("Dana Reyes")
