"""The slowest drafts the review can be given: prints the worst case. Asserts nothing.

Target: every draft up to the cap the review reads (``guide.review.policy.DRAFT_CAP`` characters) is
reviewed in under 0.5 s. The corpus (``tests/adversarial_drafts.py``) is what makes regular
expressions backtrack: long runs of punctuation, brackets, dots, spaces, one repeated word, emoji and
combining marks, with no line break to split them, each followed by a letter, a space and a letter, or
nothing, plus runs of all of them mixed. At the cap, each is reviewed as an email without a situation,
as an email with one, and as a phone script (whose quoted lines are read apart); the worst of each is
printed. The corpus is also reviewed at just under ``Finder.SHORT`` characters, the longest text the
phrase lists are matched against as one combined regex. A draft longer than the cap is cut to it, so
it costs no more than these.

CPU time is what the target is about; wall time is shown too (on a shared server it includes waiting).

Run: .venv/bin/python benchmarks/review_adversarial.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guide.review import review, warm_up  # noqa: E402
from guide.review.matching import Finder  # noqa: E402
from guide.review.policy import DRAFT_CAP  # noqa: E402
from tests.adversarial_drafts import corpus  # noqa: E402
from tests.conftest import make_situation  # noqa: E402

TARGET_S = 0.5
SHOWN = 5  # the slowest few are listed under the worst


def timed(fn, *args, **kwargs) -> tuple[float, float]:
    """(wall s, CPU s) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn(*args, **kwargs)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    warm_up()
    at_cap = corpus(DRAFT_CAP)
    short = corpus(Finder.SHORT - 1)
    ways = {
        f"email, {DRAFT_CAP:,} characters": (at_cap, {}),
        f"email with a situation, {DRAFT_CAP:,} characters": (at_cap, {"situation": make_situation("missed")}),
        f"phone script, {DRAFT_CAP:,} characters": (at_cap, {"channel": "phone"}),
        f"email, {Finder.SHORT - 1:,} characters": (short, {}),
    }
    print(f"{len(at_cap)} adversarial drafts, no line breaks, {DRAFT_CAP:,} characters (the cap) and {Finder.SHORT - 1:,}:")
    worst_overall: tuple[float, float, str, str] = (0.0, 0.0, "", "")
    # The first review in a process compiles the patterns it meets (tens of ms): paid here, once per
    # way, on ordinary prose, so the figures below are each draft's own.
    for drafts, kwargs in ways.values():
        review(("I am sorry I missed our interview. " * 300)[: len(next(iter(drafts.values())))], **kwargs)
    for way, (drafts, kwargs) in ways.items():
        times = []
        for label, draft in drafts.items():
            wall, cpu = timed(review, draft, **kwargs)
            times.append((cpu, wall, label))
        times.sort(reverse=True)
        cpu, wall, label = times[0]
        total = sum(t[0] for t in times)
        print(f"\n  as {way}: worst CPU {cpu:.3f} s (wall {wall:.3f} s), median {times[len(times) // 2][0]:.3f} s,"
              f" all {total:.1f} s")
        for cpu_i, wall_i, label_i in times[:SHOWN]:
            print(f"    {cpu_i:6.3f} s CPU ({wall_i:.3f} s wall)  {label_i}")
        if cpu > worst_overall[0]:
            worst_overall = (cpu, wall, label, way)
    cpu, wall, label, way = worst_overall
    verdict = "within" if cpu < TARGET_S else "OVER"
    print(f"\nWorst case: {cpu:.3f} s CPU ({wall:.3f} s wall) for {label}, as {way}"
          f" -> {verdict} the {TARGET_S} s target")

    # Past the cap, a draft is cut: 200 KB of dots costs what 10,000 characters of them do.
    over = "." * 200_000 + "word"
    wall, cpu = timed(review, over)
    print(f"A 200 KB draft of dots and a word (cut to the cap): {cpu:.3f} s CPU ({wall:.3f} s wall)")


if __name__ == "__main__":
    main()
