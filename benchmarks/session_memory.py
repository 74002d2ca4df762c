"""A participant's kernel memory after a full session, in-process (issue 28: at most 70 MB).

Each figure comes from a fresh Python process, as each participant's kernel is one: its resident memory
(RSS) after each stage of a session, beside a bare process holding one ``Text`` widget (what a bare Voila
page's kernel holds beyond the kernel itself). The session does what a thorough participant does: the
page is built as Voila builds it; then for each scenario the form is filled, every message tab opened,
every download of every message and of the plan clicked (the files made in memory, as the page asks
for them); then a new time is agreed (the calendar file), and a draft is checked.

Measured so (round 4, on a loaded machine; RSS hardly depends on load): bare 23 MB; the page built 45 MB;
one scenario with every tab and download 119 MB (the PDF's embedded fonts some 45 MB, the Word letter
12 MB, Jinja2/Babel with the first message some 17 MB); a draft checked 191 MB (the review, some 70 MB).

An ipykernel adds its own share (about 50 MB for a bare page's kernel on the machine the issue was
measured on); benchmarks/room.py measures real kernels under Voila, all participants' together.

Run:  .venv/bin/python benchmarks/session_memory.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import json, psutil
import ipywidgets as widgets
box = widgets.Text(description="Name")
print(json.dumps({"bare page": psutil.Process().memory_info().rss}))
"""

SESSION = r"""
import datetime as dt, json, os, psutil
from zoneinfo import ZoneInfo
os.environ.setdefault("VOILA_KERNEL_ID", "benchmark")  # as served: no JupyterLab-only controls
rss = lambda: psutil.Process().memory_info().rss
stages = {"python and psutil": rss()}
import ipywidgets
from guide.ui import App
stages["imports (guide.ui)"] = rss()
app = App(now_utc=lambda: dt.datetime(2025, 3, 11, 19, 30, tzinfo=dt.timezone.utc))
sections = [app.section(name) for name in ("intro", "steps", "after", "check")]
stages["the page built"] = rss()
NY = ZoneInfo("America/New_York")
c = app.form.controls
clicks = 0

def click_everything():
    global clicks
    for channel in app.messages.channels:
        view = app.messages.show_tab(channel)
        for button in getattr(getattr(view, "take", None), "downloads", {}).values():
            reply, _ = button.reply("r")
            clicks += reply["kind"] == "file"
    take = app.plan_view.take
    for button in (take.downloads.values() if take is not None else ()):
        reply, _ = button.reply("r")
        clicks += reply["kind"] == "file"

c["company"].value, c["role"].value, c["candidate_name"].value = "Summit Freight", "Dispatcher", "Dana Reyes"
c["candidate_email"].value, c["contact_name"].value = "dana@example.com", "Jordan Lee"
first = True
for scenario, at, reason in (
    ("missed", dt.datetime(2025, 3, 10, 10, 0, tzinfo=NY), "overslept"),
    ("late", dt.datetime(2025, 3, 11, 15, 40, tzinfo=NY), "traffic"),
    ("reschedule", dt.datetime(2025, 3, 14, 10, 0, tzinfo=NY), "illness"),
    ("cancel", dt.datetime(2025, 3, 14, 10, 0, tzinfo=NY), "illness"),
    ("withdraw", dt.datetime(2025, 3, 14, 10, 0, tzinfo=NY), "accepted_offer"),
):
    c["scenario"].value = scenario
    options = [value for _, value in c["reason"].options if value]
    c["reason"].value = reason if reason in options else options[0]
    app.form.interview_at.picker.value = at
    if scenario == "late":
        c["eta_minutes"].value = "20"
    click_everything()
    if first:
        stages["one scenario, every tab and download"] = rss()
        first = False
c["scenario"].value = "reschedule"
app.form.agreed_at.picker.value = dt.datetime(2025, 3, 18, 14, 0, tzinfo=NY)  # the calendar file too
click_everything()
stages["every scenario, tab and download"] = rss()
panel = app.draft.unfold()
panel.draft_field.value = (
    "Dear Jordan, I am sorry I missed our interview on Monday at 10 AM. I overslept, and that is my "
    "fault. Could we find another time this week? I can do Wednesday or Thursday morning. Dana Reyes"
)
stages["and a draft checked"] = rss()
print(json.dumps({"stages": stages, "clicks": clicks}))
"""


def run(code: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=900, env=env)
    if out.returncode != 0:
        sys.exit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    bare = run(BARE)["bare page"]
    session = run(SESSION)
    mb = 2**20
    print("a participant's kernel memory (RSS of a fresh process, no ipykernel), after each stage of a session")
    print(f"  bare page (ipywidgets, one Text): {bare / mb:.0f} MB")
    previous = None
    for stage, value in session["stages"].items():
        grown = f" (+{(value - previous) / mb:.0f})" if previous is not None else ""
        print(f"  {stage}: {value / mb:.0f} MB{grown}")
        previous = value
    final = list(session["stages"].values())[-1]
    print(f"  files made: {session['clicks']}; the session holds {(final - bare) / mb:.0f} MB more than a bare page")


if __name__ == "__main__":
    main()
