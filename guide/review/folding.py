"""Words and their folded forms, so names compare case- and accent-insensitively. Internal to
``guide.review``; it imports no other module of the review, so every one of them may use it.
"""

from __future__ import annotations

import re
import unicodedata

# Words of a text: letters and digits in any script (the underscore is not a letter).
TOKEN = re.compile(r"[^\W_]+")

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(value: str) -> str:
    """Case- and accent-insensitive form, so "García" matches "Garcia"."""
    if value.isascii():
        return value.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", value)).casefold()


def tokens_of(value: str, drop: frozenset[str] = frozenset()) -> set[str]:
    """The distinct words of ``value``, folded, with a plural "s" dropped ("positions" ~ "position")."""
    out = set()
    for token in set(TOKEN.findall(fold(value))):
        if len(token) > 3 and token.endswith("s"):
            token = token[:-1]
        if token not in drop:
            out.add(token)
    return out
