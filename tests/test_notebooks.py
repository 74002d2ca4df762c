"""Notebooks are committed executed, so nbval has outputs to compare; and they hold no logic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

NOTEBOOKS = sorted(
    p for p in (Path(__file__).resolve().parents[1] / "notebooks").rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.parts
)


def code_cells(path: Path) -> list[dict]:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [c for c in nb["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]


def test_the_app_notebook_exists():
    assert any(p.name == "rebound.ipynb" for p in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_executed_without_errors(path):
    cells = code_cells(path)
    assert cells, "a notebook with no code cells has nothing for nbval to check"
    unexecuted = [i for i, c in enumerate(cells) if not c.get("execution_count")]
    assert unexecuted == [], f"code cells {unexecuted} have not been executed"
    counts = [c["execution_count"] for c in cells]
    assert counts == sorted(counts), "cells were run out of order"
    errors = [o for c in cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_code_cells_are_one_or_two_lines(path):
    """Logic belongs in the guide package, where it is tested; a notebook only calls it."""
    for cell in code_cells(path):
        lines = [line for line in "".join(cell["source"]).splitlines() if line.strip()]
        assert len(lines) <= 2, lines
