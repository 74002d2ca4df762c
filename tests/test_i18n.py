"""The translations themselves: every catalogue complete, in sync with the English, and faithful to it.

``tests/test_i18n_mechanism.py`` checks the machinery with a made-up language; this file checks the real
catalogues under ``guide/locale``: nothing left untranslated or fuzzy (per language, source file and key
family, so progress is visible while translators work), fill-ins and markup kept, no entry missing or
obsolete against the English tables, the compiled ``.mo`` equal to the ``.po``, and the core really
speaking Spanish when a situation asks for it.

A complete catalogue holds every entry. A regional variant's (declared by ``delta-of`` in its locale
folder, see ``guide.i18n``) holds only the entries that differ from its base, and each of them must.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from guide import i18n, plan, validate
from guide.catalogue import source_table, table, text
from guide.situation import Situation
from tests.conftest import make_situation

REPO = Path(__file__).resolve().parents[1]
CATALOGUES = sorted(i18n.LOCALE_DIR.glob(f"*/LC_MESSAGES/{i18n.DOMAIN}.po"))
TRANSLATED = [lang for lang in i18n.languages() if lang != i18n.SOURCE_LANGUAGE]


def _lang(po: Path) -> str:
    return po.parent.parent.name.replace("_", "-")


def _is_delta(po: Path) -> bool:
    return i18n.base_of(_lang(po)) is not None


COMPLETE = [po for po in CATALOGUES if not _is_delta(po)]
DELTAS = [po for po in CATALOGUES if _is_delta(po)]


@lru_cache(maxsize=None)
def _catalog(po: Path):
    with po.open("rb") as fh:
        return read_po(fh)


def _entries(po: Path):
    """The catalogue's messages (the header left out)."""
    return [m for m in _catalog(po) if m.id]


def _source(message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def _string(message) -> str:
    return message.string if isinstance(message.string, str) else "".join(message.string)


def _family(message) -> str:
    """Where an entry comes from, for grouping: "guide/catalogue/en_core.py rule.*", or a template's path."""
    where = message.locations[0][0] if message.locations else "?"
    if message.context:
        return f"{where} {message.context.split('.')[0]}.*"
    return where


def _families() -> list[tuple[Path, str]]:
    return sorted({(po, _family(m)) for po in CATALOGUES for m in _entries(po)})


def _untranslated(messages) -> list[str]:
    return [
        (m.context or _source(m)) + (" (fuzzy)" if m.fuzzy else "")
        for m in messages
        if m.fuzzy or not _string(m).strip()
    ]


def test_there_are_catalogues_to_check():
    assert {_lang(po) for po in CATALOGUES} == set(TRANSLATED)
    assert COMPLETE, "no complete catalogue: the strict checks below would check nothing"


# --- (0) a regional variant holds only what differs ------------------------------------------------------


@pytest.mark.parametrize("po", DELTAS, ids=_lang)
def test_a_regional_variant_holds_only_what_differs_from_its_base(po):
    """Each entry of a variant's catalogue is listed (in the failure message) and must differ from what
    its base says: an entry identical to it is a copy the fallback already gives."""
    lang = _lang(po)
    base = i18n.base_of(lang)
    entries = _entries(po)
    said_by_base = {
        (m.context or _source(m)): _source(m) if base == i18n.SOURCE_LANGUAGE else i18n.lookup(base, m.context, _source(m))
        for m in entries
    }
    same = [m.context or _source(m) for m in entries if _string(m) == said_by_base[m.context or _source(m)]]
    listed = "\n".join(f"  {m.context or _source(m)}: {_string(m)}" for m in entries)
    assert entries, f"{lang}: an empty delta of {base}"
    assert not same, f"{lang}: entries the same as {base} (drop them: the fallback says them): {same}\n{listed}"


@pytest.mark.parametrize("po", DELTAS, ids=_lang)
def test_a_regional_variant_reads_its_base_wherever_its_catalogue_is_silent(po):
    lang, base = _lang(po), i18n.base_of(_lang(po))
    own = {m.context: _string(m) for m in _entries(po) if _from_tables(m)}
    assert own, f"{lang}: no keyed entry to check"
    for key in source_table():
        assert text(key, lang) == own.get(key, text(key, base)), key


# --- (1) nothing left untranslated -----------------------------------------------------------------


@pytest.mark.parametrize("po", CATALOGUES, ids=_lang)
def test_every_entry_is_translated(po):
    missing = [m for m in _entries(po) if _untranslated([m])]
    by_family = Counter(_family(m) for m in missing)
    assert not missing, f"{_lang(po)}: {len(missing)} entries untranslated or fuzzy, by source: {dict(by_family)}"


@pytest.mark.parametrize(
    "po, family", _families(), ids=[f"{_lang(po)}:{family}" for po, family in _families()]
)
def test_every_entry_is_translated_by_source(po, family):
    """The same, one source file and key family at a time, so a language's progress shows per area."""
    missing = _untranslated(m for m in _entries(po) if _family(m) == family)
    assert not missing, f"{_lang(po)}, {family}: untranslated or fuzzy: {missing}"


# --- (2) and (4): fill-ins and markup survive translation ---------------------------------------------

_FIELD = re.compile(r"\{[^{}]*\}|%\(\w+\)s")
_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>|&#?\w+;")


def _translated(po: Path):
    return [m for m in _entries(po) if _string(m).strip()]


# A day of the month is "{nth}" in English ("the 3rd") and the plain number "{n}" in languages without
# English ordinals; formatting passes both (guide/catalogue/en_dates.py), so either keeps the fill-in.
_SAME_FILL_IN = {"{nth}": "{n}"}


def _fill_ins(value: str) -> set[str]:
    return {_SAME_FILL_IN.get(f, f) for f in _FIELD.findall(value)}


@pytest.mark.parametrize("po", CATALOGUES, ids=_lang)
def test_translations_keep_every_fill_in(po):
    wrong = {
        m.context or _source(m): (sorted(_fill_ins(_source(m))), sorted(_fill_ins(_string(m))))
        for m in _translated(po)
        if _fill_ins(_source(m)) != _fill_ins(_string(m))
    }
    assert not wrong, f"{_lang(po)}: fill-ins differ (English, translation): {wrong}"


@pytest.mark.parametrize("po", CATALOGUES, ids=_lang)
def test_translations_keep_html_tags_and_entities(po):
    lost = {}
    for m in _translated(po):
        needed = Counter(_MARKUP.findall(_source(m)))
        kept = Counter(_MARKUP.findall(_string(m)))
        if needed - kept:
            lost[m.context or _source(m)] = sorted(needed - kept)
    assert not lost, f"{_lang(po)}: markup missing from the translation: {lost}"


def test_fill_ins_are_str_format_fields_the_english_uses():
    """The regular expression above finds what ``str.format`` fills in (a sanity check of the check)."""
    assert _FIELD.findall(source_table()["problem.too_long"]) == ["{length}", "{limit}"]


_QUOTED = re.compile(r"“([^”]+)”")


@lru_cache(maxsize=1)
def _labels() -> dict[str, list[str]]:
    """English text -> the keys whose whole text it is (the labels a sentence may quote)."""
    out: dict[str, list[str]] = {}
    for key, english in source_table().items():
        out.setdefault(english, []).append(key)
    return out


@pytest.mark.parametrize("po", CATALOGUES, ids=_lang)
def test_a_quoted_label_is_quoted_as_that_language_shows_it(po):
    """“I missed the interview”, “Voicemail”: where the English quotes a choice, a field or a tab by its
    exact words, the translation quotes the translated label, so the person finds what it names."""
    lang, wrong = _lang(po), {}
    translated = {m.context: _string(m) for m in _translated(po) if m.context}
    for m in _translated(po):
        for quoted in _QUOTED.findall(_source(m)):
            names = [translated[k] for k in _labels().get(quoted, []) if k in translated]
            # Each language's own quotation marks: Spanish quotes «así» (RAE), English “like this”.
            marks = (("“", "”"), ("«", "»")) if lang.startswith("es") else (("“", "”"),)
            if names and not any(f"{o}{name}{c}" in _string(m) for name in names for o, c in marks):
                wrong[m.context or _source(m)] = (quoted, names)
    assert not wrong, f"{lang}: quotes a label other than the one shown (English, {lang} labels): {wrong}"


# --- (3) in sync with the English source ----------------------------------------------------------------


def _from_tables(message) -> bool:
    """An entry of the English tables (keyed), as against a template's sentence (which may carry a
    ``pgettext`` context of its own, such as the two sign-offs of frame.j2)."""
    return any(path.startswith("guide/catalogue/") for path, _ in message.locations)


def test_the_template_catalogue_holds_the_current_english():
    with (i18n.LOCALE_DIR / "rebound.pot").open("rb") as fh:
        pot = read_po(fh)
    keyed = {m.context: _source(m) for m in pot if m.id and _from_tables(m)}
    assert keyed == source_table(), "run `make translations` after changing an English table"


@pytest.mark.parametrize("po", CATALOGUES, ids=_lang)
def test_catalogue_is_in_sync_with_the_english(po):
    """A complete catalogue has an entry for every key and template sentence; a regional variant's only
    for some, but none for a key that is gone or an English that changed."""
    catalog = _catalog(po)
    keyed = {m.context: _source(m) for m in _entries(po) if _from_tables(m)}
    source = source_table()
    if not _is_delta(po):
        assert not (source.keys() - keyed.keys()), f"keys without an entry: {sorted(source.keys() - keyed.keys())}"
    assert not (keyed.keys() - source.keys()), f"entries for keys that are gone: {sorted(keyed.keys() - source.keys())}"
    stale = sorted(key for key, english in keyed.items() if english != source[key])
    assert not stale, f"entries translating an older English: {stale}"
    assert not catalog.obsolete, f"obsolete entries: {sorted(str(k) for k in catalog.obsolete)}"
    with (i18n.LOCALE_DIR / "rebound.pot").open("rb") as fh:
        pot = read_po(fh)
    sentences = {(m.context, _source(m)) for m in pot if m.id and not _from_tables(m)}
    ours = {(m.context, _source(m)) for m in _entries(po) if not _from_tables(m)}
    if _is_delta(po):
        assert ours <= sentences, f"template sentences not in rebound.pot: {sorted(ours - sentences)}"
    else:
        assert ours == sentences, "template sentences differ from rebound.pot"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_key_reads_in_every_language(lang):
    missing = sorted(source_table().keys() - table(lang).keys())
    by_family = Counter(key.split(".")[0] + ".*" for key in missing)
    assert not missing, f"{lang}: {len(missing)} keys raise KeyError, by family: {dict(by_family)}"


# --- (5) language tags --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tag, expected", [("ES", "es"), ("en_gb", "en-GB"), ("es-MX", "es-MX"), ("es-AR", "es"), ("fr", None), ("en-AU", "en")]
)
def test_normalize(tag, expected):
    assert i18n.normalize(tag) == expected


# --- (6) the language is part of the situation -----------------------------------------------------------


def test_a_language_without_a_catalogue_is_a_problem_on_its_field():
    problems = validate(make_situation("missed", language="fr"))
    assert [p.field for p in problems if p.is_error] == ["language"]


def test_a_spanish_situation_validates_in_spanish():
    s = make_situation("missed", language="es", company="")
    assert isinstance(s, Situation) and s.language == "es"
    problems = validate(s)
    assert [p.field for p in problems if p.is_error] == ["company"]
    company = next(p for p in problems if p.field == "company")
    assert company.message == text("problem.required", "es")
    assert company.message != text("problem.required", "en")
    assert "Por favor" in company.message


def test_a_spanish_problem_names_a_spanish_choice():
    """A problem that quotes another choice quotes it as the Spanish form shows it."""
    s = make_situation("missed", language="es", reason="")
    reason = next(p for p in validate(s) if p.field == "reason")
    assert f"«{text('reason.other', 'es')}»" in reason.message  # Spanish quotation marks
    assert "Something else" not in reason.message


# --- (7) compiled at build time, read at run time: the same catalogue -------------------------------------


def _build_hook():
    spec = importlib.util.spec_from_file_location("rebound_hatch_build", REPO / "hatch_build.py")
    pytest.importorskip("hatchling")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.parametrize("po", CATALOGUES, ids=_lang)
def test_build_time_and_run_time_compile_the_same(po, tmp_path):
    runtime = i18n.compiled(po)
    assert _build_hook().compile_catalogue(po) == runtime  # the wheel's build hook
    from babel.messages.frontend import CommandLineInterface

    target = tmp_path / "rebound.mo"  # what `make catalogues` runs
    CommandLineInterface().run(
        ["pybabel", "-q", "compile", "--domain=rebound", f"--input-file={po}", f"--output-file={target}"]
    )
    assert target.read_bytes() == runtime
    built = po.with_suffix(".mo")
    if built.exists() and built.stat().st_mtime >= po.stat().st_mtime:  # a build on disk, and not stale
        assert built.read_bytes() == runtime


@pytest.mark.parametrize("po", CATALOGUES, ids=_lang)
def test_the_compiled_catalogue_holds_every_translated_entry(po):
    from io import BytesIO

    compiled = {(m.context, _source(m)): _string(m) for m in read_mo(BytesIO(i18n.compiled(po))) if m.id}
    expected = {(m.context, _source(m)): _string(m) for m in _translated(po) if not m.fuzzy}
    assert compiled == expected


# --- (8) the plan in Spanish ----------------------------------------------------------------------------

# Words that only English would put in a step (none is also a Spanish word).
ENGLISH_WORDS = {"the", "and", "you", "your", "with", "call", "send", "when", "interview", "before", "after",
                 "then", "please", "time", "email", "message", "if", "they", "them", "right", "away", "at", "on",
                 "today", "tomorrow"}


@pytest.mark.parametrize("scenario", ["missed", "late", "reschedule", "cancel", "withdraw"])
def test_a_spanish_plan_is_in_spanish(scenario):
    steps = plan(make_situation(scenario, language="es"))
    english = plan(make_situation(scenario))
    assert len(steps) == len(english)
    for step, original in zip(steps, english, strict=True):
        assert step.rule_id == original.rule_id and step.source == original.source
        for sentence in (step.action, step.why):
            words = set(re.findall(r"[a-záéíóúñü]+", sentence.lower()))
            assert not words & ENGLISH_WORDS, (scenario, sentence, sorted(words & ENGLISH_WORDS))
        assert step.action != original.action and (step.why != original.why or not step.why)
