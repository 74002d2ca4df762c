"""Everything on the page can be reached and used with the keyboard alone, in the order it reads."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from guide import channels_for
from guide.catalogue import text

pytestmark = pytest.mark.browser

# The controls a fresh form shows (a missed, in-person interview), top to bottom. Minutes late belong
# to another scenario and are hidden; the second "new time" box appears only once the first is filled in.
FRESH_FORM_FIELDS = (
    "scenario", "reason", "interview_at", "interview_zone", "interview_format", "location",
    "interviews_so_far", "times_moved",
    "company", "role", "contact_name",
    "candidate_name", "candidate_phone", "candidate_email",
    "proposed_slots", "agreed_at", "tone",
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


def type_date_and_time(page, moment) -> None:
    """Chromium's en-US date-and-time input, by keyboard: month, day, year (Tab leaves the year, whose
    length is open), then hour, minute and A or P. Each part moves on by itself once complete."""
    page.keyboard.type(moment.strftime("%m%d%Y"))
    page.keyboard.press("Tab")
    page.keyboard.type(moment.strftime("%I%M") + moment.strftime("%p")[0])


def test_tab_reaches_every_field_in_reading_order_and_a_letter_needs_no_mouse(app, local_time):
    page = app.page
    interview_at = local_time.yesterday_at(10)
    typed = {
        app.label("company"): "Harbor Freight Lines",
        app.label("role"): "Dispatcher",
        app.label("candidate_name"): "Dana Reyes",
    }
    first_channel, second_channel = channels_for("missed")[:2]
    first_tab = f"tab: {text('channel.' + first_channel)}"

    # Tab from the top of the page, filling in the form on the way, as a keyboard user would.
    stops: list[str] = []
    for _ in range(MAX_TAB_PRESSES):
        page.keyboard.press("Tab")
        name = page.evaluate(FOCUSED)
        if not name or (stops and stops[-1] == name):
            continue  # a date-and-time input takes one press per part of the date
        stops.append(name)
        if name == app.label("interview_at"):
            type_date_and_time(page, interview_at)
        elif name == app.label("reason"):
            page.keyboard.type("S")  # a closed drop-down selects by first letter: "Something else"
        elif name in typed:
            page.keyboard.type(typed[name])
        elif name == first_tab:
            break
    else:
        raise AssertionError(f"the message tabs were never reached with Tab; focus went through {stops}")

    labels = [app.label(field) for field in FRESH_FORM_FIELDS]
    assert [stop for stop in stops if stop in labels] == labels
    expect(app.control("interview_at")).to_have_value(interview_at.strftime("%Y-%m-%dT%H:%M"))
    expect(app.body).to_contain_text("Dana Reyes")

    # In the tab bar, the arrow keys move between channels and Enter opens one.
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    expect(app.tab(second_channel)).to_have_attribute("aria-selected", "true")
    expect(app.body).to_contain_text("Dana Reyes")
