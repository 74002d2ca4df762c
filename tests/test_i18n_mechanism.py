"""The language mechanism itself: adding a language is adding a catalogue and templates, not code; the
language in force never leaks between situations; English output does not depend on the catalogues.

A made-up language (French, with every sentence marked) is built in a temporary folder from the
extracted template ``rebound.pot``, exactly as a translator would start one, and the core is pointed at
it: nothing in ``guide`` is edited for it.
"""

from __future__ import annotations

import shutil
import threading
from datetime import datetime
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from guide import compose, i18n, messages, validate
from guide import catalogue
from guide.catalogue import source_table, text
from guide.formatting import letter_date, written_when
from tests.conftest import make_situation

REPO = Path(__file__).resolve().parents[1]
MARK = "«fr» "


def _reset_caches() -> None:
    i18n.languages.cache_clear()
    i18n.translations.cache_clear()
    catalogue._table.cache_clear()
    messages._environment.cache_clear()


@pytest.fixture
def french(tmp_path, monkeypatch):
    """A French catalogue (every sentence marked, date patterns kept) and French templates (a copy of
    the English ones), in temporary folders the guide is pointed at."""
    locale = tmp_path / "locale"
    for existing in i18n.LOCALE_DIR.glob("*/LC_MESSAGES/rebound.po"):  # each with its delta-of, if any
        shutil.copytree(existing.parent.parent, locale / existing.parent.parent.name, ignore=shutil.ignore_patterns("*.mo"))
    with (i18n.LOCALE_DIR / "rebound.pot").open("rb") as fh:
        catalog = read_po(fh, locale="fr")
    for message in catalog:
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[0]
        # Patterns are CLDR patterns and fill-ins; everything else is a sentence, marked to be seen.
        keep = (message.context or "").startswith(("format.", "when."))
        message.string = source if keep else MARK + source
    folder = locale / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "rebound.mo").open("wb") as fh:
        write_mo(fh, catalog)
    (folder / "rebound.po").write_text("")  # older than the .mo: the compiled catalogue is read
    import os

    os.utime(folder / "rebound.po", (0, 0))
    templates = tmp_path / "templates"
    shutil.copytree(messages.TEMPLATES_DIR, templates, ignore=shutil.ignore_patterns(*i18n.languages()[1:]))
    shutil.copytree(templates, tmp_path / "fr-templates")
    shutil.move(tmp_path / "fr-templates", templates / "fr")
    monkeypatch.setattr(i18n, "LOCALE_DIR", locale)
    monkeypatch.setattr(messages, "TEMPLATES_DIR", templates)
    _reset_caches()
    yield "fr"
    monkeypatch.undo()
    _reset_caches()


def test_a_new_language_is_data_only(french):
    assert french in i18n.languages()
    assert i18n.normalize("FR-ca") == "fr"
    assert text("field.company", "fr") == MARK + source_table()["field.company"]
    s = make_situation("reschedule", language="fr", company="")
    problems = validate(s)
    assert problems and all(p.message.startswith(MARK) for p in problems if p.field == "company")
    email = compose(make_situation("reschedule", language="fr"), "email")
    # Day and month names come from CLDR for the new locale, with no table written for it.
    assert "mardi, novembre 24" in email.body  # the US pattern kept, French names
    assert letter_date(datetime(2026, 12, 1), "fr") == "décembre 1, 2026"  # the US pattern, French names


def test_a_language_without_templates_is_refused_not_written_in_english(french, monkeypatch):
    shutil.rmtree(messages.TEMPLATES_DIR / "fr")
    _reset_caches()
    with pytest.raises(i18n.UnknownLanguage):
        compose(make_situation("missed", language="fr"), "email")


def test_unknown_language_is_a_problem_beside_its_field():
    problems = validate(make_situation("missed", language="klingon"))
    assert [p.field for p in problems if p.is_error] == ["language"]


@pytest.mark.parametrize("tag, expected", [("ES", "es"), ("en_gb", "en-GB"), ("es-MX", "es-MX"), ("es-AR", "es"), ("en-AU", "en"),
                                           ("fr", None), ("", None), (None, None), (42, None)])
def test_normalize(tag, expected):
    assert i18n.normalize(tag) == expected


def test_the_language_in_force_never_leaks_between_situations_or_threads():
    at = datetime(2026, 11, 24, 10, 0)
    now = datetime(2026, 11, 20, 13, 0)
    results: dict[str, str] = {}

    def work(lang: str) -> None:
        for _ in range(50):
            with i18n.speaking(lang):
                results[lang] = written_when(at, now)

    threads = [threading.Thread(target=work, args=(lang,)) for lang in ("en", "en-GB")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {"en": "on Tuesday, November 24, at 10:00 AM", "en-GB": "on Tuesday 24 November at 10:00am"}
    assert i18n.current() == "en"  # nothing stays set after the block


def test_english_messages_do_not_read_the_catalogues(monkeypatch):
    """US English is the source: composing it never opens a compiled catalogue."""
    opened: list[str] = []
    original = i18n.translations.__wrapped__

    def spy(lang):
        opened.append(lang)
        return original(lang)

    i18n.translations.cache_clear()
    monkeypatch.setattr(i18n, "translations", spy)
    messages._environment.cache_clear()
    compose(make_situation("missed"), "email")
    assert set(opened) <= {"en"}
    messages._environment.cache_clear()


def test_no_language_or_an_unknown_one_leaves_the_language_in_force():
    with i18n.speaking("es"):
        for lang in (None, "fr", ""):
            with i18n.speaking(lang):
                assert i18n.current() == "es"


def test_an_error_is_worded_in_one_language_the_situations():
    from guide import InvalidSituation, advise

    with pytest.raises(InvalidSituation) as raised:
        advise(make_situation("missed", language="es", candidate_name="")).message("email")
    message = str(raised.value)
    assert text("problem.summary", "es") in message and text("field.candidate_name", "es") in message


def test_rebound_lang_is_read_when_asked_and_a_misspelt_one_leaves_the_page_in_english(monkeypatch, caplog):
    monkeypatch.setenv(i18n.ENV_VARIABLE, "en_gb")
    assert i18n.current() == "en-GB"
    monkeypatch.setenv(i18n.ENV_VARIABLE, "espanol")
    assert i18n.current() == "en"  # logged, not raised: the page still opens
    assert "REBOUND_LANG='espanol'" in caplog.text


# --- `make translations` keeps a regional variant a delta (guide/catalogue/delta.py) ----------------------


def _read(path: Path):
    with path.open("rb") as fh:
        return read_po(fh)


def test_updating_a_delta_adds_nothing_of_the_base_and_flags_a_changed_english():
    from guide.catalogue.delta import updated

    british = next(lang for lang in i18n.languages() if i18n.base_of(lang) == i18n.SOURCE_LANGUAGE)
    po = i18n.LOCALE_DIR / british.replace("-", "_") / "LC_MESSAGES" / "rebound.po"
    template, delta = _read(i18n.LOCALE_DIR / "rebound.pot"), _read(po)
    held = {m.context or m.id for m in delta if m.id}
    changed, gone = sorted(m.context for m in delta if m.id and m.context)[:2]
    for m in template:
        if m.context == changed:
            m.id = m.id + " Now reworded."
    template.delete(next(m.id for m in template if m.context == gone), gone)
    copied = next(m for m in template if m.id and m.context and m.context not in held)
    delta.add(copied.id, copied.id, context=copied.context)  # a translator copied an entry as it is

    result = updated(delta, template)

    entries = {m.context or m.id: m for m in result if m.id}
    assert set(entries) == (held | {copied.context}) - {gone, copied.context}  # nothing of the base added
    reworded = entries[changed]
    assert reworded.fuzzy and reworded.id.endswith(" Now reworded.")  # waits for its British wording again
    assert reworded.string == next(m.string for m in _read(po) if m.context == changed)
    assert not result.obsolete


def test_a_variant_of_spanish_keeps_an_entry_that_reads_as_the_english(tmp_path):
    """A Mexican entry equal to its English source ("Letter") differs from its base "es" ("A4"): kept.
    One equal to the base's own translation is dropped, whatever the English says."""
    from babel.messages.catalog import Catalog

    from guide.catalogue.delta import update_file

    locale = tmp_path / "locale"
    shutil.copytree(i18n.LOCALE_DIR, locale, ignore=shutil.ignore_patterns("*.mo"))
    spanish = {m.context: m for m in _read(locale / "es" / "LC_MESSAGES" / "rebound.po") if m.id and m.context}
    template = {m.context: m for m in _read(locale / "rebound.pot") if m.id and m.context}
    paper, role = template["format.paper"], template["field.role"]
    assert spanish["format.paper"].string != paper.id  # "A4" in es, "Letter" in English
    catalog = Catalog(locale="es_MX")
    catalog.add(paper.id, paper.id, context="format.paper")  # Mexico's paper read as the English word
    catalog.add(role.id, spanish["field.role"].string, context="field.role")  # the same as es: nothing to hold
    po = locale / "es_MX" / "LC_MESSAGES" / "rebound.po"
    with po.open("wb") as fh:
        write_po(fh, catalog)

    update_file(locale / "rebound.pot", po)

    kept = {m.context: m.string for m in _read(po) if m.id}
    assert kept == {"format.paper": paper.id}


@pytest.fixture
def mexican_spanish(tmp_path, monkeypatch):
    """A regional variant declared as data only: es_AR, a delta of es holding one entry."""
    from babel.messages.catalog import Catalog

    locale = tmp_path / "locale"
    shutil.copytree(i18n.LOCALE_DIR, locale, ignore=shutil.ignore_patterns("*.mo"))
    folder = locale / "es_AR" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (locale / "es_AR" / i18n.DELTA_FILE).write_text("es\n")
    catalog = Catalog(locale="es_AR")
    catalog.add(source_table()["field.role"], "Chamba", context="field.role")
    with (folder / "rebound.po").open("wb") as fh:  # compiled in memory when read, as an edited .po is
        write_po(fh, catalog)
    monkeypatch.setattr(i18n, "LOCALE_DIR", locale)
    _reset_caches()
    yield "es-AR"
    monkeypatch.undo()
    _reset_caches()


def test_a_regional_variant_is_a_delta_of_its_base(mexican_spanish):
    assert mexican_spanish in i18n.languages() and i18n.base_of(mexican_spanish) == "es"
    assert text("field.role", mexican_spanish) == "Chamba"  # its own
    assert text("field.company", mexican_spanish) == text("field.company", "es")  # its base's, through gettext
    email = compose(make_situation("reschedule", language=mexican_spanish), "email")
    assert email.body == compose(make_situation("reschedule", language="es"), "email").body  # es templates
    assert i18n.base_of("es") is None and i18n.base_of(i18n.SOURCE_LANGUAGE) is None
