"""Babel extractor for the English source tables: each entry becomes a message whose ``msgctxt`` is its
key, so translators see every sentence with the key that says where it is used (``babel.cfg``).

The tables are read as Python literals, never imported or run, as an extractor should.
"""

from __future__ import annotations

import ast


def extract_source_table(fileobj, keywords, comment_tags, options):
    """Yield ``(lineno, "pgettext", (key, text), comments)`` for each entry of the module's ``TEXT``."""
    tree = ast.parse(fileobj.read().decode(options.get("encoding", "utf-8")))
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if getattr(target, "id", None) != "TEXT" or not isinstance(node.value, ast.Dict):
            continue
        for key_node, value_node in zip(node.value.keys, node.value.values, strict=True):
            key, value = ast.literal_eval(key_node), ast.literal_eval(value_node)
            comments = ["Fill-ins in braces stay as they are: {" + "}, {".join(_fields(value)) + "}"] if _fields(value) else []
            yield key_node.lineno, "pgettext", (key, value), comments


def _fields(pattern: str) -> list[str]:
    import string

    return sorted({name for _, name, _, _ in string.Formatter().parse(pattern) if name})
