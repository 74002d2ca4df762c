"""How heavy the app's page is next to a bare one-widget Voila page, measured side by side in one run.

Serves two notebooks with Voila on 127.0.0.1 (each on a free port, as `make run` serves the app): the
app (``notebooks/rebound.ipynb``) and a bare notebook holding one ``Text`` widget. Headless Chromium
loads them in turn, alternately, at least ten times each, and the script prints:

- the median time from the request to the first usable form (the app's first field, the bare page's
  text box, visible), and the app's ratio to the bare page (issue 28's target: at most 1.1);
- the number of widget models the app's kernel holds on first load (counted in the kernel itself, over
  its connection file: the models a page has to fetch and draw), and the bare page's;
- a keystroke to a visible message: with a withdrawal's five fields filled, one key at a time is typed
  into the company name and the time taken until the shown message holds it (p50 and p95; target p95
  under 50 ms);
- each kernel's resident memory (RSS) after that.

Run:  .venv/bin/python benchmarks/page_weight.py [--loads 10] [--keys 30]

The figures are wall-clock on whatever else the machine is doing: run it on a quiet machine to compare.
The kernel's share of each, in-process and in CPU time (less disturbed by a loaded machine), with counts
no load changes: ``benchmarks/first_load.py`` (imports, building the page, its models and state bytes),
``benchmarks/keystroke.py`` (a keystroke to its message, and the updates it sends the page) and
``benchmarks/session_memory.py`` (a kernel's memory after a full session).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

import psutil  # noqa: E402
from jupyter_client import BlockingKernelClient  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402

from guide.catalogue import text  # noqa: E402
from tests.browser.conftest import (  # noqa: E402
    APP_NOTEBOOK,
    CHROMIUM_ARGS,
    LOCALE,
    TIMEZONE,
    App,
    _shut_down_kernel,
    start_voila,
)

LOAD_TIMEOUT_MS = 120_000
KEY_TIMEOUT_MS = 15_000
BARE_LABEL = "Name"
BARE_NOTEBOOK = {
    "cells": [
        {
            "cell_type": "code", "execution_count": None, "id": "bare", "metadata": {}, "outputs": [],
            "source": ["import ipywidgets as widgets\n", f'widgets.Text(description="{BARE_LABEL}")'],
        }
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}  # fmt: skip
# Counted in the kernel: every widget model alive (ipywidgets 8 keeps them in ``widget._instances``).
COUNT_WIDGETS = "len(__import__('ipywidgets').widgets.widget._instances)"
COUNT_BY_KIND = (
    "__import__('json').dumps(__import__('collections').Counter(type(w).__name__ for w in "
    "__import__('ipywidgets').widgets.widget._instances.values()).most_common(6))"
)
PHONE = {"width": 390, "height": 844}


def kernel_id(page) -> str:
    return page.evaluate("JSON.parse(document.getElementById('jupyter-config-data').textContent).kernelId")


def kernel_process(kid: str) -> psutil.Process:
    """The kernel's process: the one whose command line names its connection file."""
    for process in psutil.process_iter(["cmdline"]):
        if any(kid in part for part in process.info["cmdline"] or ()):
            return process
    raise LookupError(f"no process for kernel {kid}")


def ask_kernel(kid: str, expressions: dict[str, str]) -> dict[str, str]:
    """Evaluate ``expressions`` in the page's kernel, silently (the page sees no output)."""
    cmdline = kernel_process(kid).cmdline()
    connection = next(part for part in cmdline if part.endswith(".json") and kid in part)
    client = BlockingKernelClient(connection_file=connection)
    client.load_connection_file()
    client.start_channels()
    try:
        msg_id = client.execute("", silent=True, store_history=False, user_expressions=expressions)
        while True:
            reply = client.get_shell_msg(timeout=30)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        found = reply["content"]["user_expressions"]
        return {name: value.get("data", {}).get("text/plain", value.get("evalue")) for name, value in found.items()}
    finally:
        client.stop_channels()


def load(browser, url: str, label: str, viewport: dict[str, int]) -> tuple[float, object, object]:
    """Open ``url`` in a fresh context: seconds until the control labelled ``label`` is visible."""
    context = browser.new_context(timezone_id=TIMEZONE, locale=LOCALE, viewport=viewport)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded", timeout=LOAD_TIMEOUT_MS)
    expect(page.get_by_label(label, exact=True)).to_be_visible(timeout=LOAD_TIMEOUT_MS)
    return time.perf_counter() - start, context, page


def leave(context, page, url: str) -> None:
    """Close the page and stop its kernel, as the browser tests do (so kernels don't pile up)."""
    kid = kernel_id(page)
    page.close()
    _shut_down_kernel(context, url, kid)
    context.close()


def keystrokes(page, keys: int) -> list[float]:
    """A withdrawal's five fields, then one key at a time into the company: seconds to the shown message."""
    app = App(page)
    app.choose("scenario", "withdraw")
    app.choose("reason", "not_interested")
    app.fill_basics(company="Summit", role="Forklift Operator")
    expect(app.body).to_contain_text("Summit", timeout=KEY_TIMEOUT_MS)
    app.control("company").click()
    page.keyboard.press("End")
    typed = "Summit"
    times = []
    for i in range(keys):
        key = "abcdefghijklmnopqrstuvwxyz"[i % 26]
        typed += key
        start = time.perf_counter()
        page.keyboard.press(key)
        page.wait_for_function(
            "typed => [...document.querySelectorAll('.rebound-message-body')]"
            ".some(b => b.offsetParent !== null && b.textContent.includes(typed))",
            arg=typed, polling="raf", timeout=KEY_TIMEOUT_MS,
        )  # fmt: skip
        times.append(time.perf_counter() - start)
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--loads", type=int, default=10, help="loads of each page (alternately)")
    parser.add_argument("--keys", type=int, default=30, help="keystrokes measured")
    parser.add_argument("--phone", action="store_true", help="load at 390 x 844 instead of 1280 x 900")
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("Chromium is needed (apt-get install -y chromium).")
    viewport = PHONE if args.phone else {"width": 1280, "height": 900}
    with ExitStack() as stack:
        base = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="page-weight-")))
        bare_nb = base / "bare.ipynb"
        bare_nb.write_text(json.dumps(BARE_NOTEBOOK), encoding="utf-8")
        (base / "app").mkdir()
        (base / "bare").mkdir()
        app_server = stack.enter_context(start_voila(APP_NOTEBOOK, base / "app"))
        bare_server = stack.enter_context(start_voila(str(bare_nb), base / "bare"))
        browser = stack.enter_context(sync_playwright()).chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        pages = {
            "app": (app_server.url, text("field.scenario")),  # the form's first field (a phone's first step)
            "bare": (bare_server.url, BARE_LABEL),
        }
        # One untimed load each first: the servers' first page compiles templates and warms caches.
        for url, label in pages.values():
            _, context, page = load(browser, url, label, viewport)
            leave(context, page, url)
        times: dict[str, list[float]] = {"app": [], "bare": []}
        counts: dict[str, str] = {}
        for i in range(args.loads):
            for name in ("app", "bare") if i % 2 == 0 else ("bare", "app"):
                url, label = pages[name]
                seconds, context, page = load(browser, url, label, viewport)
                times[name].append(seconds)
                if name not in counts:  # the first load's widgets, before anything is opened
                    counts[name] = ask_kernel(kernel_id(page), {"n": COUNT_WIDGETS, "kinds": COUNT_BY_KIND})
                leave(context, page, url)
        # The keystrokes, then each kernel's memory, on one more page of each.
        _, context, page = load(browser, pages["app"][0], pages["app"][1], viewport)
        keys = keystrokes(page, args.keys)
        app_rss = kernel_process(kernel_id(page)).memory_info().rss
        leave(context, page, pages["app"][0])
        _, context, page = load(browser, pages["bare"][0], pages["bare"][1], viewport)
        bare_rss = kernel_process(kernel_id(page)).memory_info().rss
        leave(context, page, pages["bare"][0])

    app_s, bare_s = statistics.median(times["app"]), statistics.median(times["bare"])
    print(f"page weight, {args.loads} loads each, alternately, at {viewport['width']}x{viewport['height']}")
    print(f"  first usable form: app {app_s:.2f} s, bare {bare_s:.2f} s (medians): ratio {app_s / bare_s:.2f} (target <= 1.1)")
    print(f"  widgets on first load: app {counts['app']['n']} {counts['app']['kinds']}, bare {counts['bare']['n']} (target < 150)")
    print(
        f"  keystroke to visible message: p50 {percentile(keys, 50) * 1000:.0f} ms, "
        f"p95 {percentile(keys, 95) * 1000:.0f} ms over {len(keys)} keys (target p95 < 50 ms)"
    )
    print(f"  kernel RSS: app {app_rss / 2**20:.0f} MB (after the keystrokes), bare {bare_rss / 2**20:.0f} MB")
    print(f"  load times (s): app {[round(t, 2) for t in times['app']]}, bare {[round(t, 2) for t in times['bare']]}")


if __name__ == "__main__":
    main()
