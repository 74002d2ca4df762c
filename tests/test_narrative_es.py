"""The chapters in Spanish (notebooks/es/), told natively in Spanish: no English left in the narrative,
Spanish punctuation, plain enough to read under stress. That every language's chapters run the English
chapters' code is checked for all of them in tests/test_narrative.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
SPANISH = sorted((NOTEBOOKS / "es").glob("0*.ipynb"))
MAX_WORDS = 35  # per sentence, as for the English chapters

# Words of English that never occur in Spanish prose. JupyterLab's own menu names ("Run", "Run All
# Cells") stay as the reader sees them on screen, so they are left out of the check.
ENGLISH_WORDS = {
    "the", "and", "you", "your", "with", "for", "this", "that", "what", "when", "call", "email", "interview",
    "job", "late", "missed", "please", "thank", "sorry", "chapter", "list", "keep", "practice",
    "example", "after", "before", "first", "next", "check", "draft", "message", "messages", "time",
}
SCREEN_NAMES = ("Run All Cells", "Run")


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source(cell: dict) -> str:
    return "".join(cell["source"])


def narrative(path: Path) -> list[str]:
    """The chapter's narrative: the text of each Markdown cell."""
    return [source(cell) for cell in cells(path) if cell["cell_type"] == "markdown"]


@pytest.mark.parametrize("path", SPANISH, ids=lambda p: p.name)
def test_no_english_left_in_the_narrative(path):
    for prose in narrative(path):
        for name in SCREEN_NAMES:
            prose = prose.replace(f"**{name}**", "")
        words = {w.lower() for w in re.findall(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+", prose)}
        assert not words & ENGLISH_WORDS, (path.name, sorted(words & ENGLISH_WORDS), prose[:80])


@pytest.mark.parametrize("path", SPANISH, ids=lambda p: p.name)
def test_sentences_stay_short(path):
    for cell_text in narrative(path):
        prose = re.sub(r"[*_>`☐#]", "", cell_text)
        for sentence in re.split(r"(?<=[.!?:])\s+|\n", prose):
            assert len(sentence.split()) <= MAX_WORDS, (path.name, sentence)


@pytest.mark.parametrize("path", SPANISH, ids=lambda p: p.name)
def test_spanish_punctuation(path):
    """Questions and exclamations open with ¿ and ¡, and quotes are the « » of Spanish print."""
    for prose in narrative(path):
        assert prose.count("?") == prose.count("¿"), (path.name, prose[:80])
        assert prose.count("!") == prose.count("¡"), (path.name, prose[:80])
        assert '"' not in prose and "“" not in prose, (path.name, prose[:80])


@pytest.mark.parametrize("path", SPANISH, ids=lambda p: p.name)
def test_plain_enough_to_read_under_stress(path):
    """Szigriszt-Pazos readability on the INFLESZ scale: 65 and up is "normal" for the general public,
    80 and up "fairly easy". The chapters aim for the easier band, as the English ones aim for grade 8."""
    import textstat

    prose = " ".join(narrative(path))
    prose = re.sub(r"[*_>`☐#]", "", prose)
    textstat.set_lang("es")
    try:
        score = textstat.szigriszt_pazos(prose)
    finally:
        textstat.set_lang("en_US")  # the draft review reads English with the same library
    assert score >= 80, (path.name, score)
