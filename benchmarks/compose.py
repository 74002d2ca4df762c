"""How fast are compose() and advise()? Prints p50/p99 over every scenario x channel x tone x format x
reason, the time advise() takes for one keystroke's whole answer (problems, plan and every message), and the
time to import `guide` in a fresh interpreter. Targets: compose p99 < 5 ms, advise p99 < 25 ms (a
keystroke), import < 150 ms.

Run: .venv/bin/python benchmarks/compose.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from guide import FORMATS, SCENARIOS, TONES, Situation, advise, channels_for, compose, reasons_for  # noqa: E402

NOW = datetime(2026, 11, 20, 13, 0)
INTERVIEW = {
    "missed": datetime(2026, 11, 20, 10, 0),
    "late": datetime(2026, 11, 20, 13, 0),
    "reschedule": datetime(2026, 11, 24, 10, 0),
    "cancel": datetime(2026, 11, 24, 10, 0),
    "withdraw": datetime(2026, 11, 24, 10, 0),
}
ROUNDS = 5


def situations():
    for scenario in SCENARIOS:
        for reason in reasons_for(scenario):
            for tone in TONES:
                for fmt in FORMATS:
                    if reason == "technical" and fmt == "in_person":
                        continue  # not a valid combination (validate() refuses it)
                    yield Situation(
                        scenario=scenario, reason=reason, tone=tone, interview_format=fmt,
                        candidate_name="Ana García", company="Acme Corp", role="Warehouse Associate",
                        contact_name="Ms. Lee", location="12 Dock St", now=NOW,
                        interview_at=INTERVIEW[scenario], eta_minutes=15 if scenario == "late" else None,
                        proposed_slots=(datetime(2026, 11, 25, 10, 0), datetime(2026, 11, 26, 14, 0))
                        if scenario in ("missed", "reschedule") else (),
                    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def import_time_ms(runs: int = 5) -> float:
    code = "import time; t = time.perf_counter(); import guide; print((time.perf_counter() - t) * 1000)"
    root = Path(__file__).resolve().parents[1]
    times = [
        float(subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    ]
    return statistics.median(times)


def main() -> None:
    cases = [(s, ch) for s in situations() for ch in channels_for(s.scenario)]
    start = time.perf_counter()
    compose(*cases[0])  # the first call builds the Jinja2 environment and compiles the template
    first_ms = (time.perf_counter() - start) * 1000
    for s, ch in cases:  # warm every template once, as a running app would have
        compose(s, ch)
    samples = []
    for _ in range(ROUNDS):
        for s, ch in cases:
            t = time.perf_counter()
            compose(s, ch)
            samples.append((time.perf_counter() - t) * 1000)
    print(f"compose: {len(cases)} combinations x {ROUNDS} rounds")
    print(f"  first call (cold, builds Jinja2): {first_ms:.1f} ms")
    print(f"  p50 {percentile(samples, 0.50):.3f} ms   p99 {percentile(samples, 0.99):.3f} ms   (target p99 < 5 ms)")
    whole = []
    for _ in range(ROUNDS):
        for s in situations():
            t = time.perf_counter()
            advise(s)
            whole.append((time.perf_counter() - t) * 1000)
    print(f"advise (problems, plan and every message of one situation): {len(whole)} calls")
    print(f"  p50 {percentile(whole, 0.50):.3f} ms   p99 {percentile(whole, 0.99):.3f} ms   (target p99 < 25 ms)")
    print(f"import guide: {import_time_ms():.1f} ms median of 5 fresh interpreters (target < 150 ms)")


if __name__ == "__main__":
    main()
