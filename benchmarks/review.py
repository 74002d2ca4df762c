"""How fast is review()? Prints figures; asserts nothing (timings belong here, not in the tests).

Target: a 5,000-word draft is reviewed in under 100 ms once warm (the check-my-draft panel reviews
live as the candidate types). The review reads the first 10,000 characters of a draft (about 1,700
words, ``guide.review.policy.DRAFT_CAP``), so the words shown are those read; the slowest drafts of
that size are in ``review_adversarial.py``. Also shown: the one-off cost of the first review in a fresh kernel
(textstat loads its pronunciation dictionary then), typical corpus drafts, and hostile 100,000-character
pastes. Wall and CPU time are both shown: on a busy workshop server, wall time includes waiting.

Run: .venv/bin/python benchmarks/review.py
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guide import Situation  # noqa: E402
from guide.review import review, warm_up  # noqa: E402

CORPUS = ROOT / "tests" / "review_corpus"
TARGET_MS = 100.0
LONG_WORDS = 5_300  # raw words; about 5,000 remain once greetings and sign-offs are left out
LONG_DRAFTS = 20


def timed(fn, *args, **kwargs) -> tuple[float, float]:
    """(wall ms, CPU ms) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn(*args, **kwargs)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"median {statistics.median(ordered):6.1f}  p95 {p95:6.1f}  max {ordered[-1]:6.1f} ms"


def fresh_interpreter() -> None:
    """Import, first short review, first full review: each measured in a new interpreter."""
    code = (
        "import sys, time\n"
        "t = time.perf_counter(); from guide.review import review; imported = time.perf_counter() - t\n"
        "t = time.perf_counter(); review('Sorry I missed it.'); short = time.perf_counter() - t\n"
        "draft = open(sys.argv[1], encoding='utf-8').read()\n"
        "t = time.perf_counter(); review(draft); first = time.perf_counter() - t\n"
        "t = time.perf_counter(); review(draft + ' '); second = time.perf_counter() - t\n"
        "print(imported * 1000, short * 1000, first * 1000, second * 1000)\n"
    )
    runs = [
        [float(x) for x in subprocess.run(
            [sys.executable, "-c", code, str(CORPUS / "good" / "missed_email.txt")],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout.split()]
        for _ in range(3)
    ]
    imported, short, first, second = (statistics.median(column) for column in zip(*runs, strict=True))
    print("Fresh interpreter (median of 3):")
    print(f"  import guide.review                 {imported:7.1f} ms")
    print(f"  first review, 4 words (no textstat) {short:7.1f} ms")
    print(f"  first full review (loads textstat)  {first:7.1f} ms   <- one-off; warm_up() can pay it early")
    print(f"  second full review                  {second:7.1f} ms")


def long_drafts(count: int, words: int) -> list[str]:
    """Distinct ~5,000-word drafts made of the corpus's paragraphs in random order (textstat caches
    results per text, so repeating one draft would measure the cache, not the review)."""
    paragraphs = [p for f in sorted(CORPUS.rglob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n\n")]
    rng = random.Random(5000)
    drafts = []
    for i in range(count):
        out: list[str] = []
        while sum(len(p.split()) for p in out) < words:
            out.append(rng.choice(paragraphs))
        drafts.append("\n\n".join(out) + f"\n\nDraft {i}.")
    return drafts


def main() -> None:
    fresh_interpreter()
    warm_up()
    spec = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    situations = {k: Situation.from_dict(v) for k, v in spec["situations"].items()}

    typical_wall, typical_cpu = [], []
    for name, expected in spec["drafts"].items():
        draft = (CORPUS / name).read_text(encoding="utf-8")
        situation = situations[expected["situation"]] if expected["situation"] else None
        for _ in range(5):
            wall, cpu = timed(review, draft + " " * _, situation, channel=expected["channel"])
            typical_wall.append(wall)
            typical_cpu.append(cpu)
    print(f"\nCorpus drafts ({len(spec['drafts'])} drafts x 5, ~100-200 words):")
    print(f"  wall {summary(typical_wall)}")
    print(f"  CPU  {summary(typical_cpu)}")

    drafts = long_drafts(LONG_DRAFTS, LONG_WORDS)
    situation = situations["missed"]
    walls, cpus = [], []
    for draft in drafts:
        wall, cpu = timed(review, draft, situation)
        walls.append(wall)
        cpus.append(cpu)
    words = statistics.median(review(d).word_count for d in drafts[:3])
    verdict = "within" if statistics.median(cpus) < TARGET_MS else "OVER"
    print(f"\n{LONG_DRAFTS} distinct drafts of ~{LONG_WORDS:,} words, ~{words:,.0f} read (email, with a situation):")
    print(f"  wall {summary(walls)}")
    print(f"  CPU  {summary(cpus)}   -> median {verdict} the {TARGET_MS:.0f} ms target")

    hostile = {
        "100k characters of prose": ("I am sorry I missed the interview. " * 3000)[:100_000],
        "one 100k-character word": "a" * 100_000,
        "100k emoji": "\U0001F600" * 100_000,
        "HTML, 100k characters": ("<p>Dear <b>Ms. Lee</b>, I am sorry.</p>" * 3000)[:100_000],
        "unclosed tags and comments": "<script" * 10_000 + "<!--" * 5_000,
        "template braces": "{{" * 50_000,
        "capitals": "SORRY " * 16_000,
    }
    print("\nHostile pastes (one review each, CPU ms):")
    for label, draft in hostile.items():
        _, cpu = timed(review, draft)
        print(f"  {label:28} {cpu:7.1f} ms")


if __name__ == "__main__":
    main()
