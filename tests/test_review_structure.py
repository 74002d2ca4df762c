"""How ``guide/review`` is put together: no import cycle among its modules, each check declared once
with the function that judges it, and catalogue keys that ``grep`` can follow."""

from __future__ import annotations

import ast
from pathlib import Path

from guide.review import checks_details, checks_message, checks_style
from guide.review.checklist import CHECKS

REVIEW = Path(__file__).resolve().parents[1] / "guide" / "review"
PACKAGE = "guide.review"


def _imports(path: Path) -> set[str]:
    """The modules of ``guide.review`` that ``path`` imports, at the top or inside a function."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.add(node.module.split(".")[0])
            else:  # from . import a, b
                out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PACKAGE + "."):
            out.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            out.update(a.name.split(".")[2] for a in node.names if a.name.startswith(PACKAGE + "."))
    modules = {p.stem for p in REVIEW.glob("*.py")}
    return (out & modules) - {path.stem}


def test_the_review_modules_import_each_other_without_a_cycle():
    graph = {p.stem: _imports(p) for p in REVIEW.glob("*.py") if p.stem != "__init__"}
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, "import cycle: " + " -> ".join(path[path.index(module):] + (module,))
        if module in done:
            return
        for imported in sorted(graph.get(module, ())):
            visit(imported, path + (module,))
        done.add(module)

    for module in sorted(graph):
        visit(module, ())
    # The lowest layers import nothing of the review, so any module may use them.
    assert graph["policy"] == graph["folding"] == set()


def test_each_check_is_declared_once_with_its_function():
    ids = [check.id for check in CHECKS]
    assert len(ids) == len(set(ids))
    functions = [check.run for check in CHECKS]
    assert len({id(f) for f in functions}) == len(functions)  # no function judges two checks
    modules = (checks_details, checks_message, checks_style)
    assert all(any(f is getattr(m, f.__name__, None) or f in vars(m).values() for m in modules) for f in functions)


def test_review_catalogue_keys_are_written_out_or_made_by_check_key():
    """A key built with an f-string ("review.{id}.title") is one grep cannot find; only ``Check.key``
    makes them, from a check's id."""
    built = []
    for path in REVIEW.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed = {
            id(n)
            for fn in ast.walk(tree)
            if isinstance(fn, ast.FunctionDef) and fn.name == "key"
            for n in ast.walk(fn)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and id(node) not in allowed:
                first = node.values[0] if node.values else None
                if isinstance(first, ast.Constant) and str(first.value).startswith("review."):
                    built.append(f"{path.name}:{node.lineno}")
    assert not built
