"""Languages: which ones the guide speaks, their gettext catalogues, and the language in force.

English (US) is the source language: its sentences are the ``en_*.py`` tables in ``guide/catalogue`` and
the templates at the top of ``templates/``. Every other language is data only:

- ``guide/locale/<ll_CC>/LC_MESSAGES/rebound.po``, a gettext catalogue extracted with Babel from the
  English tables (``msgctxt`` is the table's key) and from the templates (``babel.cfg``), compiled to
  ``rebound.mo`` at build time (``make catalogues``, and the wheel's build hook);
- optionally ``templates/<lang>/``, messages written natively in that language. A language without its
  own templates (British English) renders the English ones, with the template sentences its catalogue
  translates (Jinja2's i18n extension).

A language's catalogue is complete (every entry translated: a missing one fails, never shows English),
unless the language is declared a **regional variant** of another: a file ``delta-of`` in its locale
folder names the base (``guide/locale/en_GB/delta-of`` holds ``en``). A variant's catalogue holds only
what differs from its base; gettext falls back to the base for everything else (``add_fallback``), so
British English is the few dozen entries it spells or dates differently, and a Mexican Spanish would be
the entries it words differently from ``es``.

Dates and times come from Babel's CLDR data in the language's locale, shaped by patterns its catalogue
gives (``format.*`` keys). So adding a language is adding a catalogue (and templates), not code.

The language in force is, in order: the one passed explicitly; the one a core entry point or a view set
for what it is working on (``speaking(lang)``, a context variable, so two situations in two threads never
mix); the notebook's, when a chapter chose one (``set_default_language``, a call in its first cell); the
``REBOUND_LANG`` environment variable (read when asked, never at import); and US English.
"""

from __future__ import annotations

import contextlib
import contextvars
import gettext
import io
import logging
import os
from functools import lru_cache
from pathlib import Path

SOURCE_LANGUAGE = "en"
DOMAIN = "rebound"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

ENV_VARIABLE = "REBOUND_LANG"
DELTA_FILE = "delta-of"  # in a regional variant's locale folder: the language it falls back to

_in_force: contextvars.ContextVar[str | None] = contextvars.ContextVar("rebound_language", default=None)
_chosen: str | None = None  # the notebook's language, once a chapter chose one (set_default_language)
_log = logging.getLogger(__name__)
_misspelt: set[str] = set()  # REBOUND_LANG values already reported


class UnknownLanguage(ValueError):
    """A language the guide has no catalogue for."""


def _folder(lang: str) -> str:
    """The gettext folder name of a language tag: "en-GB" -> "en_GB"."""
    return lang.replace("-", "_")


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """Every language the guide speaks, as tags ("en", "en-GB", "es"): English and each catalogue."""
    found = sorted(
        p.parent.parent.name.replace("_", "-")
        for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")
    )
    return (SOURCE_LANGUAGE, *found)


def normalize(tag: object) -> str | None:
    """The supported language a tag means ("ES" -> "es", "en_gb" -> "en-GB", "es-MX" -> "es"), or None."""
    if not isinstance(tag, str):
        return None
    wanted = tag.strip().replace("_", "-").lower()
    if not wanted:
        return None
    by_lower = {lang.lower(): lang for lang in languages()}
    if wanted in by_lower:
        return by_lower[wanted]
    base = wanted.split("-")[0]
    # A regional variant we have no catalogue for reads the base language ("es-MX" -> "es"); "en-AU"
    # reads US English, the source, rather than guessing at British conventions.
    return by_lower.get(base)


def babel_locale(lang: str) -> str:
    """The CLDR locale for a language tag: "en" is US English, others map directly ("en-GB" -> "en_GB")."""
    return "en_US" if lang == SOURCE_LANGUAGE else _folder(lang)


def display_name(lang: str) -> str:
    """The language's own name for itself, from CLDR ("English (United States)", "español")."""
    from babel import Locale

    name = Locale.parse(babel_locale(lang)).get_display_name(babel_locale(lang)) or lang
    return name[:1].upper() + name[1:]


def base_of(lang: str) -> str | None:
    """The language ``lang``'s catalogue is a delta of ("en-GB" -> "en"), as its locale folder declares
    (``delta-of``); None for a complete catalogue (and for the source language)."""
    declared = LOCALE_DIR / _folder(lang) / DELTA_FILE
    if not declared.is_file():
        return None
    base = normalize(declared.read_text(encoding="utf-8").strip())
    if base is None or base == lang:
        raise UnknownLanguage(f"{declared} names no other language the guide speaks")
    return base


def environment_language() -> str | None:
    """The language ``REBOUND_LANG`` names (``REBOUND_LANG=es make lab``), if the guide speaks it. A name
    it does not know is logged, not raised: the page still opens, in English."""
    wanted = os.environ.get(ENV_VARIABLE, "").strip()
    found = normalize(wanted)
    if wanted and found is None and wanted not in _misspelt:  # said once, not at every sentence
        _misspelt.add(wanted)
        _log.warning("%s=%r names no language the guide speaks; using %s", ENV_VARIABLE, wanted, SOURCE_LANGUAGE)
    return found


def default_language() -> str:
    """The language of a page or chapter that names none: the notebook's choice, else ``REBOUND_LANG``,
    else US English."""
    return _chosen or environment_language() or SOURCE_LANGUAGE


def current() -> str:
    """The language in force (see the module's docstring)."""
    return _in_force.get() or default_language()


def set_default_language(lang: str | None) -> None:
    """The notebook's language (a chapter's first cell), for everything not working on a particular
    situation or view: the chapter's forms, its examples. ``None`` forgets the choice."""
    global _chosen
    checked = normalize(lang) if lang is not None else None
    if lang is not None and checked is None:
        raise UnknownLanguage(lang)
    _chosen = checked


@contextlib.contextmanager
def speaking(lang: str | None):
    """Work in ``lang`` inside the block (the core's entry points wrap their work in this). No language,
    or one the guide does not speak, leaves the language in force as it is."""
    found = normalize(lang)
    if found is None:
        yield
        return
    token = _in_force.set(found)
    try:
        yield
    finally:
        _in_force.reset(token)


@lru_cache(maxsize=None)
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (nothing to translate for the source language); a regional
    variant's falls back to its base's (``base_of``) for what it does not hold.

    Reads ``rebound.mo``, compiled at build time. In a checkout where the ``.po`` was edited after the
    last build, it compiles the ``.po`` in memory instead, so an edit never reads stale text; nothing is
    written to disk at run time.
    """
    if lang == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    folder = LOCALE_DIR / _folder(lang) / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if not po.exists() and not mo.exists():
        raise UnknownLanguage(lang)
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as fh:
            found = gettext.GNUTranslations(fh)
    else:
        found = gettext.GNUTranslations(io.BytesIO(compiled(po)))
    base = base_of(lang)
    if base is not None:
        found.add_fallback(translations(base))
    return found


def compiled(po: Path) -> bytes:
    """A ``.po`` file compiled to ``.mo`` bytes with Babel; fuzzy entries are left out, as gettext does."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def lookup(lang: str, context: str, source: str) -> str | None:
    """The translation of ``source`` (with ``msgctxt`` ``context``) in ``lang``, or None if it has none.
    A regional variant's catalogue lacks what it says as its base does: that is the base's."""
    if lang == SOURCE_LANGUAGE:
        return source
    found = translations(lang)._catalog.get(f"{context}\x04{source}")  # type: ignore[attr-defined]
    if found:
        return found
    base = base_of(lang)
    return lookup(base, context, source) if base is not None else None


def in_its_language(fn):
    """Decorate a core entry point that takes a ``Situation`` (its first argument with a ``language``, or
    ``s=``): it works in that situation's language (validation reports an unknown one; meanwhile the
    language in force is used)."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        situation = kwargs.get("s") or next((a for a in args if hasattr(a, "language")), None)
        with speaking(getattr(situation, "language", None)):
            return fn(*args, **kwargs)

    return wrapper
