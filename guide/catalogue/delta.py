"""Keep a regional variant's catalogue a delta: only the entries that differ from its base.

``make translations`` runs this instead of ``pybabel update`` for a language declared a regional variant
(``guide/locale/<ll_CC>/delta-of``, see ``guide.i18n``). ``pybabel update`` would add every entry of the
template to the catalogue; this updates the entries the catalogue already holds and adds none:

- an entry whose English is unchanged keeps its translation (its references are refreshed);
- an entry whose English changed (same key, new wording) keeps its old translation marked fuzzy, so the
  strict test fails until someone says the regional wording again (a template sentence, which has no
  key, cannot be followed: it falls back to the base until it is added again);
- an entry whose key is gone, or whose translation is the same as its base's, is dropped. The base is the
  language in ``delta-of``: for a variant of English its source; for a variant of Spanish the ``es``
  catalogue, so a Mexican entry that happens to read as the English ("Letter" for the paper size) is kept
  while ``es`` says otherwise ("A4").

Usage: ``python -m guide.catalogue.delta guide/locale/rebound.pot guide/locale/en_GB/LC_MESSAGES/rebound.po``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po


def _text(value) -> str:
    return value if isinstance(value, str) else "".join(value)


def _source(message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def identical(message, base: Catalog | None = None) -> bool:
    """The entry says exactly what its base says (nothing a delta needs): the base catalogue's translation
    of the same entry, or with no base catalogue (a variant of the source language) its source."""
    if base is not None:
        found = base.get(message.id, message.context)
        if found is not None and _text(found.string):
            return _text(message.string) == _text(found.string)
    return _text(message.string) == _source(message)


def updated(delta: Catalog, template: Catalog, base: Catalog | None = None) -> Catalog:
    """``delta`` brought in line with ``template``, holding only entries that differ from ``base`` (the
    base language's catalogue; None for a variant of the source language: see the module)."""
    before = {m.context: m for m in delta if m.id and m.context}
    delta.update(template, no_fuzzy_matching=True)
    for message in list(delta):
        if not message.id:
            continue
        if not _text(message.string):
            old = before.get(message.context) if message.context else None
            if old is None or _source(old) == _source(message):
                delta.delete(message.id, message.context)  # an entry of the base the variant never changed
                continue
            message.string = old.string  # the English changed: the regional wording waits for review
            message.flags.add("fuzzy")
        elif identical(message, base):
            delta.delete(message.id, message.context)
    delta.obsolete.clear()
    return delta


def _base_catalogue(po: Path) -> Catalog | None:
    """The catalogue of the language ``po``'s variant falls back to (``delta-of``), or None for the
    source language, which has none (its sentences are the sources themselves)."""
    from .. import i18n

    declared = po.parent.parent / i18n.DELTA_FILE
    base = declared.read_text(encoding="utf-8").strip() if declared.is_file() else ""
    if not base or base == i18n.SOURCE_LANGUAGE:
        return None
    path = po.parent.parent.parent / base.replace("-", "_") / "LC_MESSAGES" / po.name
    with path.open("rb") as fh:
        return read_po(fh, locale=base.replace("-", "_"))


def update_file(pot: Path, po: Path) -> int:
    """Update the delta catalogue ``po`` from ``pot`` in place; returns how many entries it holds."""
    with pot.open("rb") as fh:
        template = read_po(fh)
    with po.open("rb") as fh:
        delta = read_po(fh, locale=po.parent.parent.name)
    result = updated(delta, template, _base_catalogue(po))
    with po.open("wb") as fh:
        write_po(fh, result, width=None, ignore_obsolete=True)  # as `pybabel update --no-wrap` writes
    return sum(1 for m in result if m.id)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    pot, *catalogues = (Path(a) for a in argv)
    for po in catalogues:
        print(f"{po}: {update_file(pot, po)} entries differ from the base")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
