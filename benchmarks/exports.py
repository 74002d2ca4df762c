"""How long does a download take to build? Prints the median time of each export, and of the PDF
handout for names in several scripts: the PDF loads a fallback font only for a name that needs one,
and the Chinese/Japanese/Korean font is the slow one to read. Target: every download under 3 s, the
one-click wait a participant will sit through without clicking again.

It prints first the first and the repeat PDF of a situation whose names mix scripts (Latin, Cyrillic,
Arabic, Devanagari, CJK, emoji), in a fresh process: the first reads each font file, later ones use the
fonts read then (``guide/exports/pdf_fonts.py``). Each figure is wall time and, in brackets, this
process's processor time, which other work on the machine does not inflate.

Run: .venv/bin/python benchmarks/exports.py
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from guide import Situation, compose  # noqa: E402
from guide.exports import handout_html, handout_pdf, to_docx, to_eml, to_ics, to_txt  # noqa: E402
from guide.situation import MAX_LENGTH  # noqa: E402

ROUNDS = 3
NAMES = {
    "Latin": "Ana García",
    "Vietnamese + Arabic": "Nguyễn Thị Ánh / محمد عبد الله",
    "Hindi": "प्रिया शर्मा",
    "Chinese + Korean": "王小明 / 김민준",
}


def situation(candidate_name: str = NAMES["Latin"], **longest: str) -> Situation:
    return Situation(
        scenario="missed", reason="overslept", candidate_name=candidate_name, company="Acme Corp",
        role="Warehouse Associate", contact_name="Ms. Lee", location="12 Dock St",
        candidate_email="ana@example.com", now=datetime(2026, 11, 20, 13, 0),
        interview_at=datetime(2026, 11, 20, 10, 0), agreed_at=datetime(2026, 11, 25, 10, 0),
    ).replace(**longest)


def median_ms(build) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        build()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


MIXED_SCRIPTS = dict(
    candidate_name="Ana Иванова محمد 王小明 \U0001f600",
    company="Acme ООО شركة 株式会社 \U0001f680",
    contact_name="Ms. Lee Петрова प्रिया 李 \U0001f642",
)


def timed(build) -> tuple[float, float]:
    """Wall and processor milliseconds of one ``build()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    build()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def main() -> None:
    mixed = situation().replace(**MIXED_SCRIPTS)
    first = timed(lambda: handout_pdf(mixed, "letter"))  # before any other export: the fonts are read here
    repeats = [timed(lambda: handout_pdf(mixed, "letter")) for _ in range(ROUNDS)]
    repeat = (statistics.median(r[0] for r in repeats), statistics.median(r[1] for r in repeats))
    print(f"{'PDF plan, mixed scripts, first':>30}: {first[0]:8.1f} ms   ({first[1]:.1f} ms processor)")
    print(f"{'PDF plan, mixed scripts, repeat':>30}: {repeat[0]:8.1f} ms   ({repeat[1]:.1f} ms processor)")
    s = situation(NAMES["Latin"])
    message = compose(s, "email")
    for label, build in {
        ".txt": lambda: to_txt(message, s),
        ".eml": lambda: to_eml(message, s),
        ".docx letter": lambda: to_docx(s),
        ".ics event": lambda: to_ics(s),
        "plan as HTML": lambda: handout_html(s, "email"),
    }.items():
        build()  # the first call imports the export's library; a participant pays that once
        print(f"{label:>30}: {median_ms(build):8.1f} ms")
    for script, name in NAMES.items():
        named = situation(name)
        start = time.perf_counter()
        handout_pdf(named, "letter")  # the first one in a script also reads its font's character map
        first = (time.perf_counter() - start) * 1000
        warm = median_ms(lambda named=named: handout_pdf(named, "letter"))
        print(f"{'PDF plan, ' + script:>30}: {warm:8.1f} ms   (first in this script: {first:.1f} ms)")
    # The worst case: every field at its longest, in Chinese (wide glyphs), so the plan is set again at
    # smaller sizes until it fits, and each setting reads the large CJK font once more.
    longest = {field: ("王小明김민준" * 100)[:limit] for field, limit in MAX_LENGTH.items()}
    longest.update(candidate_email="ana@example.com", candidate_phone="555-0100")
    crowded = situation(**longest)
    print(f"{'PDF plan, longest CJK fields':>30}: {median_ms(lambda: handout_pdf(crowded, 'letter')):8.1f} ms")
    print(f"median of {ROUNDS} after one warm-up each (target: every download under 3,000 ms)")


if __name__ == "__main__":
    main()
