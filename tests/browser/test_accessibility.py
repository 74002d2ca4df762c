"""An axe-core audit of every page Voila serves: the app and each chapter, in the light and dark themes
and on a phone (where the page must not scroll sideways either).

axe-playwright-python bundles axe-core and injects it from disk, so the audit works offline. A page
passes when axe finds nothing "serious" or "critical" (WCAG 2.1 A and AA rules, plus axe's best
practices); lesser findings are printed for people to weigh, not ignored silently.
"""

from __future__ import annotations


import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import DARK, LOCALE, PAGE_READY_TIMEOUT_MS, PHONE, REPO_ROOT, TIMEZONE, WIDE, start_voila

pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}
CHAPTERS = sorted(path.name for path in (REPO_ROOT / "notebooks").glob("0*.ipynb"))
# The app in every language with a notebooks/<lang>/ folder too (its own <html lang>, its own words in
# every label).
LANGUAGE_APPS = sorted(f"{p.parent.name}/{p.name}" for p in (REPO_ROOT / "notebooks").glob("*/rebound.ipynb"))
PAGES = ["rebound.ipynb", *LANGUAGE_APPS, *CHAPTERS]
# What every page shows once its notebook has run: a rendered widget (the form, or the advice list); not
# the lifeline's panels (guide/ui/static/lifeline.js), which wait hidden at the top of the page until a
# kernel is lost or answers are offered back.
RENDERED = ".rebound:not(.rebound-lifeline-panel)"


@pytest.fixture(scope="session")
def notebooks_server(tmp_path_factory: pytest.TempPathFactory):
    """Voila serving the whole notebooks folder, each page at voila/render/<name>, as `make run` would."""
    with start_voila("notebooks", tmp_path_factory.mktemp("voila-pages")) as server:
        yield server


SCREENS = (WIDE, DARK, PHONE)
SIDEWAYS = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def audit(page, page_name: str, screen) -> list[str]:
    """What blocks ``page`` on ``screen``: sideways scrolling, examples that break or overflow, and axe's
    serious or critical findings (lesser ones are printed)."""
    found = [f"the page scrolls sideways by {px}px"] if (px := page.evaluate(SIDEWAYS)) > 0 else []
    # A printed example (a letter, an email) wraps between words inside its box, never mid-word.
    for example in page.locator(".jp-OutputArea-output pre").all():
        if example.evaluate("el => getComputedStyle(el).wordBreak") != "normal":
            found.append("an example breaks inside words")
        if not example.evaluate("el => el.scrollWidth <= el.clientWidth"):
            found.append("an example runs past its box")
    results = Axe().run(page)
    for violation in results.response["violations"]:
        nodes = [" ".join(node["target"]) if isinstance(node["target"], list) else str(node["target"]) for node in violation["nodes"]]
        line = f"{violation['impact']}: {violation['id']} ({violation['help']}) at {nodes[:5]}"
        if violation["impact"] in BLOCKING:
            found.append(line)
        else:
            print(f"{page_name} [{screen.name}] {line}")
    return found


@pytest.mark.parametrize("page_name", PAGES)
def test_no_serious_or_critical_accessibility_violations(page_name, browser, notebooks_server):
    """Each page is loaded once (a kernel started and its notebook run) and audited on each screen in
    turn. The themes and the phone layout are pure CSS (``prefers-color-scheme`` and width media
    queries), so switching the emulated scheme and the viewport on the loaded page shows what a page
    opened on that screen shows, for a third of the page loads."""
    context = browser.new_context(
        timezone_id=TIMEZONE, locale=LOCALE, viewport=WIDE.viewport, color_scheme=WIDE.color_scheme
    )
    found: list[str] = []
    try:
        page = context.new_page()
        page.goto(f"{notebooks_server.url}voila/render/{page_name}", wait_until="domcontentloaded", timeout=PAGE_READY_TIMEOUT_MS)
        expect(page.locator(RENDERED).first).to_be_visible(timeout=PAGE_READY_TIMEOUT_MS)
        page.wait_for_load_state("networkidle")
        for screen in SCREENS:
            page.set_viewport_size(screen.viewport)
            page.emulate_media(color_scheme=screen.color_scheme)
            assert page.evaluate(f"matchMedia('(prefers-color-scheme: {screen.color_scheme})').matches")
            assert page.evaluate("window.innerWidth") == screen.width
            found += [f"[{screen.name}] {line}" for line in audit(page, page_name, screen)]
    finally:
        context.close()
    assert not found, f"{page_name}:\n" + "\n".join(found)
