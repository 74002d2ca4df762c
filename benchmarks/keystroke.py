"""A keystroke to its message, in-process: the kernel's share of issue 28's "keystroke to message".

Builds the app as the page does (no browser, no server), fills a withdrawal's required fields, then types
one letter at a time into the company name: each keystroke is the control's new value, and the time is
taken until the form's observers have run (the form read, the problems shown, the plan, the message on
screen written with the new name, the page's lifeline). The script prints p50 and p95 of the wall-clock
time and of the process's CPU time (less disturbed by a loaded machine), and checks that every keystroke
reached the message, and counts the widget updates each keystroke sends the page (a count: no load
changes it).

Run:  .venv/bin/python benchmarks/keystroke.py [--keys 60] [--profile]

``--profile`` prints cProfile's top functions over the keystrokes instead (cumulative CPU time).
A browser adds the round trip (the page's message to the kernel and back, and drawing):
``benchmarks/page_weight.py`` measures that. Wall-clock figures depend on what else the machine does.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from guide.ui import App  # noqa: E402

NEW_YORK = ZoneInfo("America/New_York")
NOW_UTC = dt.datetime(2025, 3, 11, 19, 30, tzinfo=dt.timezone.utc)  # a Tuesday, 3:30 PM in New York
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def withdrawal() -> App:
    """The app with a withdrawal's required fields filled, its message on screen."""
    os.environ.setdefault("VOILA_KERNEL_ID", "benchmark")  # as served (no JupyterLab-only controls)
    app = App(now_utc=lambda: NOW_UTC)
    controls = app.form.controls
    controls["scenario"].value = "withdraw"
    controls["reason"].value = "not_interested"
    app.form.interview_at.picker.value = dt.datetime(2025, 3, 14, 10, 0, tzinfo=NEW_YORK)
    controls["company"].value = "Summit"
    controls["role"].value = "Forklift Operator"
    controls["candidate_name"].value = "Sam Lee"
    return app


class Sent:
    """The widget updates the kernel sends the page (counted by wrapping ``Widget._send``)."""

    def __init__(self):
        import ipywidgets as widgets

        self.messages = 0
        self.bytes = 0
        send = widgets.Widget._send

        def counting(widget, msg, buffers=None):
            self.messages += 1
            self.bytes += len(json.dumps(msg.get("state", {}), default=str))
            return send(widget, msg, buffers)

        widgets.Widget._send = counting


def type_keys(app: App, keys: int) -> tuple[list[float], list[float]]:
    """Type ``keys`` letters after the company's name: wall and CPU seconds per keystroke."""
    company = app.form.controls["company"]
    typed = company.value
    wall, cpu = [], []
    for i in range(keys):
        typed += LETTERS[i % len(LETTERS)]
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        company.value = typed
        wall.append(time.perf_counter() - start_wall)
        cpu.append(time.process_time() - start_cpu)
        view = app.messages.views[app.messages.channel]
        if typed not in view.body.value:
            sys.exit(f"the message on screen does not hold {typed!r}")
    return wall, cpu


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keys", type=int, default=60, help="keystrokes measured")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top functions instead")
    args = parser.parse_args()
    app = withdrawal()
    type_keys(app, 5)  # the first keystrokes fill caches (templates, formats) as a real page's first do
    if args.profile:
        profile = cProfile.Profile(time.process_time)  # CPU time: what the kernel itself spends
        profile.enable()
        type_keys(app, args.keys)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
        return
    sent = Sent()
    wall, cpu = type_keys(app, args.keys)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"keystroke to message, in-process, {args.keys} keys into a withdrawal's company name (load {load:.1f})")
    for name, values in (("wall", wall), ("CPU", cpu)):
        print(
            f"  {name:4}: p50 {statistics.median(values) * 1000:.1f} ms, p95 {percentile(values, 95) * 1000:.1f} ms, "
            f"max {max(values) * 1000:.1f} ms"
        )
    print(f"  sent to the page per keystroke: {sent.messages / args.keys:.1f} widget updates, {sent.bytes / args.keys:.0f} bytes of state")


if __name__ == "__main__":
    main()
