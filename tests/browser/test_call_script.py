"""Someone running late finds what to say at the top of the page, before any form."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_the_app_opens_with_pull_over_and_a_call_script_above_the_form(app):
    page = app.page
    pull_over = page.get_by_text("Driving? Pull over first.", exact=True)
    script = page.locator("blockquote").filter(has_text="I'm running late")
    expect(pull_over).to_be_visible()
    expect(script).to_be_visible()
    first_field = app.control("scenario").bounding_box()
    assert pull_over.bounding_box()["y"] < script.bounding_box()["y"] < first_field["y"]
