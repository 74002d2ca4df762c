"""The page's language in the browser: ``?lang=`` in the address, the drop-down that switches it, and
``<html lang>`` kept in step. (From a preheated workshop room, whose kernels ran the app before anyone
asked for the page: test_workshop.py, with the room's other tests.)

The same switch from a Spanish page, and everything a switch keeps and relabels, need no browser:
tests/test_ui_language.py and tests/test_ui_flows.py check them against the widgets.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from babel.dates import format_date
from conftest import (  # tests/browser/conftest.py
    App,
    LOCALE,
    PAGE_READY_TIMEOUT_MS,
    TIMEZONE,
    VIEWPORT,
    LocalTime,
    is_local,
)
from playwright.sync_api import expect

from guide import Situation, compose, plan, reasons_for
from guide.catalogue import text
from guide.i18n import babel_locale, display_name

pytestmark = pytest.mark.browser



class Page:
    """The app in one language: controls found by their labels in that language."""

    def __init__(self, page, lang: str):
        self.page = page
        self.lang = lang

    def control(self, field: str):
        return self.page.get_by_label(text(f"field.{field}", self.lang), exact=True)

    @property
    def language(self):
        return self.page.get_by_label(text("page.language", self.lang), exact=True)

    def choose(self, field: str, prefix: str, value: str) -> None:
        self.control(field).select_option(label=text(f"{prefix}.{value}", self.lang))

    def type_into(self, field: str, value: str) -> None:
        control = self.control(field)
        control.click()
        control.press("ControlOrMeta+a")
        self.page.keyboard.type(value)
        self.page.keyboard.press("Tab")

    def set_time(self, field: str, moment: dt.datetime) -> None:
        self.control(field).fill(moment.strftime("%Y-%m-%dT%H:%M"))

    def tab(self, channel: str):
        return self.page.get_by_role("tab", name=text(f"channel.{channel}", self.lang), exact=True)

    # Click until it stays selected: a switch of language gives the tabs anew a moment later.
    select_tab = App.select_tab

    @property
    def body(self):
        return self.page.locator(".rebound-message-body").filter(visible=True)

    @property
    def plan(self):
        return self.page.locator(".rebound-plan")

    def fill_reschedule(self, local: LocalTime) -> Situation:
        """A request to move the interview, typed as a person would; the situation it describes."""
        interview_at, offered = local.workday_ahead_at(3, 10), local.workday_ahead_at(8, 14)
        self.choose("scenario", "scenario", "reschedule")
        # ipywidgets sends a drop-down's choice as its position: wait for the scenario's own reasons first.
        expect(self.control("reason").locator("option")).to_have_count(1 + len(reasons_for("reschedule")))
        self.choose("reason", "reason", "illness")
        self.set_time("interview_at", interview_at)
        self.set_time("proposed_slots", offered)
        self.type_into("company", "Harbor Freight Lines")
        self.type_into("role", "Dispatcher")
        self.type_into("candidate_name", "Dana Reyes")
        expect(self.control("reason")).to_have_value(text("reason.illness", self.lang))
        return Situation(
            scenario="reschedule", reason="illness", candidate_name="Dana Reyes", company="Harbor Freight Lines",
            role="Dispatcher", interview_at=interview_at, proposed_slots=(offered,), now=local.now(),
            language=self.lang,
        )  # fmt: skip


def open_app(browser, server, query: str, lang: str, errors: list[str]):
    """A New York, US-English browser opening the app at ``?<query>``, once its form shows in ``lang``."""
    context = browser.new_context(viewport=VIEWPORT, locale=LOCALE, timezone_id=TIMEZONE)
    context.route("**/*", lambda route: route.continue_() if is_local(route.request.url) else route.abort())
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{server.url}?{query}", wait_until="domcontentloaded", timeout=PAGE_READY_TIMEOUT_MS)
    app = Page(page, lang)
    expect(app.control("candidate_name")).to_be_visible(timeout=PAGE_READY_TIMEOUT_MS)
    return context, app


def expect_message(app: Page, situation: Situation, channel: str = "email") -> None:
    expected = compose(situation, channel)
    app.select_tab(channel)
    for line in filter(str.strip, expected.body.splitlines()):
        expect(app.body).to_contain_text(" ".join(line.split()))


def expect_plan(app: Page, situation: Situation) -> None:
    for step in plan(situation):
        expect(app.plan).to_contain_text(" ".join(step.action.split()))


def switch_to(app: Page, lang: str) -> Page:
    app.language.select_option(label=display_name(lang))
    now = Page(app.page, lang)
    expect(now.page.locator("html")).to_have_attribute("lang", lang)
    expect(now.control("candidate_name")).to_be_visible()
    return now


def test_british_english_from_the_address_then_us_english_from_the_drop_down(browser, voila_server, local_time):
    errors: list[str] = []
    context, app = open_app(browser, voila_server, "lang=en-GB", "en-GB", errors)
    try:
        page = app.page
        expect(page.locator("html")).to_have_attribute("lang", "en-GB")
        expect(app.language).to_have_value(display_name("en-GB"))  # ipywidgets gives each option its label as value
        page.keyboard.press("Tab")
        expect(app.language).to_be_focused()  # the first stop on the page, for a keyboard user
        situation = app.fill_reschedule(local_time)
        expect_plan(app, situation)
        expect_message(app, situation)
        day_month = format_date(situation.interview_at, "d MMMM", locale=babel_locale("en-GB"))
        expect(app.body).to_contain_text(day_month)  # "13 March": the day, then the month

        us = switch_to(app, "en")
        american = dataclasses.replace(situation, language="en", now=local_time.now())
        expect(us.control("company")).to_have_value("Harbor Freight Lines")  # what was typed stays
        expect_plan(us, american)
        expect_message(us, american)
        expect(us.body).not_to_contain_text(day_month)
        expect(us.body).to_contain_text(format_date(situation.interview_at, "MMMM d", locale="en_US"))
        assert errors == []
    finally:
        context.close()
