"""Languages: which ones the guide speaks, their gettext catalogues, and the language in force.

English (US) is the source language: its sentences are the ``en_*.py`` tables in ``guide/catalogue`` and
the templates at the top of ``templates/``. Every other language is data only:

- ``guide/locale/<ll_CC>/LC_MESSAGES/rebound.po``, a gettext catalogue extracted with Babel from the
  English tables (``msgctxt`` is the table's key) and from the templates (``babel.cfg``), compiled to
  ``rebound.mo`` at build time (``make catalogues``, and the wheel's build hook);
- optionally ``templates/<lang>/``, messages written natively in that language. A language without its
  own templates (British English) renders the English ones, with the template sentences its catalogue
  translates (Jinja2's i18n extension).

Dates and times come from Babel's CLDR data in the language's locale, shaped by patterns its catalogue
gives (``format.*`` keys). So adding a language is adding a catalogue (and templates), not code.

The language in force is, in order: the one passed explicitly; the one a core entry point set for the
situation it is working on (``speaking(s.language)``, a context variable, so two situations in two
threads never mix); and the page's default (``set_default_language``; a kernel serves one page).
"""

from __future__ import annotations

import contextlib
import contextvars
import gettext
import io
from functools import lru_cache
from pathlib import Path

SOURCE_LANGUAGE = "en"
DOMAIN = "rebound"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_in_force: contextvars.ContextVar[str | None] = contextvars.ContextVar("rebound_language", default=None)
_default = SOURCE_LANGUAGE


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


def current() -> str:
    """The language in force (see the module's docstring)."""
    return _in_force.get() or _default


def set_default_language(lang: str) -> None:
    """The page's language, for everything not working on a particular situation (labels, notes)."""
    global _default
    checked = normalize(lang)
    if checked is None:
        raise UnknownLanguage(lang)
    _default = checked


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
    """The compiled catalogue of ``lang`` (nothing to translate for the source language).

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
            return gettext.GNUTranslations(fh)
    return gettext.GNUTranslations(io.BytesIO(compiled(po)))


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
    """The translation of ``source`` (with ``msgctxt`` ``context``) in ``lang``, or None if it has none."""
    found = translations(lang)._catalog.get(f"{context}\x04{source}")  # type: ignore[attr-defined]
    return found if found else None


def in_its_language(fn):
    """Decorate a core entry point that takes a ``Situation`` (its first argument with a ``language``, or
    ``s=``): it works in that situation's language (validation reports an unknown one; meanwhile the
    page's default is used)."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        situation = kwargs.get("s") or next((a for a in args if hasattr(a, "language")), None)
        with speaking(getattr(situation, "language", None)):
            return fn(*args, **kwargs)

    return wrapper
