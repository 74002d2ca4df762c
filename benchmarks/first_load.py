"""What the app's kernel does before its form is usable, in-process: the kernel's share of issue 28's
"first usable form".

Each run is a fresh Python process (as a fresh kernel is) that imports the app, builds the page as the
notebook does (``notebooks/rebound.ipynb``: the app and its four blocks of narrative, as Voila serves
it) and serialises every widget's state (the reply the page asks for as it opens). It prints, as
medians over the runs, the CPU time of each part, and the counts a page pays for whatever the machine
is doing: the widget models, the bytes of their state, the modules loaded.

Run:  .venv/bin/python benchmarks/first_load.py [--runs 5] [--repo PATH]

``--repo`` measures another checkout (the same script against main, say) for a before/after in one run.
``--imports`` prints the 15 slowest imports of one run (``python -X importtime``, cumulative).
CPU time is less disturbed than wall-clock time by a loaded machine, but not immune to it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]

ONE_RUN = r"""
import json, os, sys, time
os.environ.setdefault("VOILA_KERNEL_ID", "benchmark")  # as served: no JupyterLab-only controls
cpu = time.process_time
t0 = cpu()
import ipywidgets
t1 = cpu()
from guide.ui import App
t2 = cpu()
app = App()
sections = [app.section(name) for name in ("intro", "steps", "after", "check")]
t3 = cpu()
from ipywidgets.widgets.widget import _instances
state = {key: w.get_state() for key, w in list(_instances.items())}
size = len(json.dumps(state, default=lambda value: f"<{len(value)} bytes>" if isinstance(value, (bytes, memoryview)) else str(value)))
t4 = cpu()
print(json.dumps({
    "import ipywidgets (ms)": (t1 - t0) * 1000,
    "import guide.ui (ms)": (t2 - t1) * 1000,
    "build the page (ms)": (t3 - t2) * 1000,
    "serialise its state (ms)": (t4 - t3) * 1000,
    "total (ms)": (t4 - t0) * 1000,
    "widget models": len(_instances),
    "state bytes": size,
    "modules loaded": len(sys.modules),
}))
"""


def environment(repo: Path) -> dict[str, str]:
    """The runs' environment: ``repo`` first on the path, and bytecode cached as an installed package's
    is (without it every run compiles the guide's sources again, a third of its import time)."""
    env = {**os.environ, "PYTHONPATH": str(repo)}
    if repo.resolve() == REPO_ROOT:  # another checkout (--repo) is only read, its caches left as they are
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def one_run(repo: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", ONE_RUN], cwd=repo, capture_output=True, text=True, timeout=600, env=environment(repo)
    )
    if out.returncode != 0:
        sys.exit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def slowest_imports(repo: Path, count: int = 15) -> list[tuple[int, str]]:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "from guide.ui import App"], cwd=repo, capture_output=True,
        text=True, timeout=600, env=environment(repo),
    )  # fmt: skip
    rows = []
    for line in out.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    return sorted(rows, reverse=True)[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes (medians are printed)")
    parser.add_argument("--repo", type=Path, default=REPO_ROOT, help="the checkout to measure")
    parser.add_argument("--imports", action="store_true", help="also print the slowest imports")
    args = parser.parse_args()
    one_run(args.repo)  # untimed: caches the bytecode, as a served kernel finds it
    runs = [one_run(args.repo) for _ in range(args.runs)]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"first load, in-process, {args.runs} fresh processes of {args.repo} (load {load:.1f}; CPU-time medians)")
    for name in runs[0]:
        values = [run[name] for run in runs]
        shown = f"{statistics.median(values):.0f}"
        if name.endswith("(ms)") and len(values) > 1:
            shown += f" (min {min(values):.0f}, max {max(values):.0f})"
        print(f"  {name}: {shown}")
    if args.imports:
        print("  slowest imports (cumulative wall-clock µs, one run):")
        for micros, name in slowest_imports(args.repo):
            print(f"    {micros:>9}  {name}")


if __name__ == "__main__":
    main()
