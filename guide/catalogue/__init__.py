"""Every user-facing sentence that is not a message template lives in this catalogue.

Keeping the wording in one table (rather than in f-strings across modules) means a counselor can review
all of the guide's wording in one place, and translators get every sentence with its key. The English
(US) table is the source, split by area into modules (``en_core``, ``en_ui``, ...) only so that each stays
readable; keys are unique across them, which a test checks. Other languages are gettext catalogues
extracted from it, the key as ``msgctxt`` (see ``guide.i18n``). Values are ``str.format`` patterns; what a
user typed is only ever passed in as an argument, never interpreted as a pattern, so braces in a name stay
literal.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache


from .. import i18n

SOURCE_PREFIX = "en_"


@lru_cache(maxsize=None)
def source_table() -> dict[str, str]:
    """The English (US) source: every key, merged from every ``en_*.py`` module in this package."""
    merged: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith(SOURCE_PREFIX):
            part = importlib.import_module(f"{__name__}.{info.name}").TEXT
            clash = merged.keys() & part.keys()
            if clash:
                raise RuntimeError(f"catalogue keys defined twice: {sorted(clash)}")
            merged.update(part)
    return merged


def table(lang: str | None = None) -> dict[str, str]:
    """Every key in ``lang`` (by default the language in force) that its catalogue translates (all of
    them, which a test checks)."""
    return _table(lang or i18n.current())


@lru_cache(maxsize=None)
def _table(lang: str) -> dict[str, str]:
    """``table`` for one language, built once.

    An entry whose English changed since it was translated is left out rather than shown in its old
    wording: looking it up raises, and the catalogue test names it.
    """
    source = source_table()
    if lang == i18n.SOURCE_LANGUAGE:
        return source
    out: dict[str, str] = {}
    for key, english in source.items():
        found = i18n.lookup(lang, key, english)
        if found is not None:
            out[key] = found
    return out


def text(key: str, lang: str | None = None, /, **values: object) -> str:
    """The sentence for ``key`` in ``lang`` (by default the language in force), with ``values`` filled in.

    A missing key raises ``KeyError`` on purpose: a silent fallback would ship an English sentence
    (or a bare key) into another language's page without anyone noticing.
    """
    lang = lang or i18n.current()
    pattern = _table(lang)[key]
    if values and lang.split("-")[0] == "es":
        from .. import spanish  # Spanish puts an article before a titled name: "Llame al Dr. Ruiz"

        return spanish.fill(pattern, values)
    return pattern.format(**values) if values else pattern
