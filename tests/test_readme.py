"""The README's example runs, and what its comments promise is what it prints."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_readme_example_runs_and_says_what_it_prints():
    block = re.search(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S).group(1)
    printed = io.StringIO()
    namespace: dict[str, object] = {}
    with contextlib.redirect_stdout(printed):
        exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102 - the project's own example
    output = printed.getvalue()
    advice = namespace["advice"]
    assert advice.problems == ()
    for line in block.splitlines():
        promised = re.search(r"print\((.*)\)\s+#\s+(.+)$", line)
        if promised:
            assert promised.group(2).strip() in output, line
        shown = re.search(r"^(advice\.\w+)\s+#\s+(\(.*\))$", line)
        if shown:
            assert repr(eval(shown.group(1), namespace)) == shown.group(2), line  # noqa: S307
