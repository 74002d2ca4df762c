"""Every user-facing sentence that is not a message template lives in this catalogue.

Keeping the wording in one table (rather than in f-strings across modules) means a second language is a
second table with the same keys, and a counselor can review all of the guide's wording in one place.
The table is split by area into modules (``en_core``, ``en_ui``, ...) only so that each stays readable;
keys are unique across them, which a test checks. Values are ``str.format`` patterns; what a user typed
is only ever passed in as an argument, never interpreted as a pattern, so braces in a name stay literal.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache


@lru_cache(maxsize=None)
def table(lang: str = "en") -> dict[str, str]:
    """All keys for ``lang``, merged from every ``<lang>_*.py`` module in this package."""
    merged: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith(f"{lang}_"):
            part = importlib.import_module(f"{__name__}.{info.name}").TEXT
            clash = merged.keys() & part.keys()
            if clash:
                raise RuntimeError(f"catalogue keys defined twice: {sorted(clash)}")
            merged.update(part)
    return merged


def text(key: str, lang: str = "en", /, **values: object) -> str:
    """The sentence for ``key`` in ``lang``, with ``values`` filled in.

    A missing key raises ``KeyError`` on purpose: a silent fallback would ship an English sentence
    (or a bare key) into another language's page without anyone noticing.
    """
    pattern = table(lang)[key]
    return pattern.format(**values) if values else pattern
