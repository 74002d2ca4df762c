"""Advice that depends on where the reader lives (issue 26): the law on disability and the free public
employment services, as rules keyed by country (ISO codes, as ``guide.policy`` and the plan's
``employer_country`` use them), each citing the law or the practice it rests on, and said no more
strongly than that source allows."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from guide.catalogue import text
from guide.i18n import speaking
from guide.rules import HIRING_PRACTICE, LAWS, RULES, SOURCES, WELL_KNOWN, countries_shown, grouped, rules_in

ROOT = Path(__file__).resolve().parents[1]


def _markdown(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return " ".join(" ".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown").replace("*", "").split())


def test_each_country_rule_names_countries_and_cites_a_law_or_well_known_practice():
    local = [r for r in RULES if r.countries]
    assert local
    for r in local:
        assert all(re.fullmatch(r"[A-Z]{2}", c) for c in r.countries), r.id
        assert r.source in SOURCES and r.source in (*LAWS, WELL_KNOWN, HIRING_PRACTICE), r.id


@pytest.mark.parametrize("country", ["US", "GB", "ES", "MX"])
def test_each_country_has_its_disability_law(country):
    laws = [r for r in rules_in(country) if r.source in LAWS]
    assert laws, country
    for r in laws:
        assert re.search(r"accommodation|adjust|adapt", r.text, re.I), r.id


@pytest.mark.parametrize("country, law, service", [
    ("ES", r"Ley General de derechos de las personas con discapacidad", r"SEPE"),
    ("MX", r"Ley Federal del Trabajo|Ley General para la Inclusión", r"Servicio Nacional de Empleo"),
])
def test_spain_and_mexico_have_their_own_law_and_public_employment_service(country, law, service):
    said = " ".join(r.text for r in rules_in(country))
    assert re.search(law, said), said
    assert re.search(service, said), said
    sources = {r.source for r in rules_in(country)}
    assert WELL_KNOWN in sources and sources & set(LAWS)


def test_the_us_law_is_said_as_strongly_as_the_ada_and_no_more():
    ada = " ".join(r.text for r in rules_in("US") if r.source in LAWS)
    for needed in (r"15 or more employees", r"\bask", r"reasonable accommodation", r"disability", r"undue hardship"):
        assert re.search(needed, ada), needed


def test_the_general_rule_gives_no_right_the_law_does_not():
    general = text("rule.accommodation")
    assert "disability" in general and not re.search(r"\bright\b|\bADA\b|Equality Act", general), general


@pytest.mark.parametrize("lang, countries", [("en", ("US", "GB")), ("es", ("ES", "MX", "US")), ("en-GB", ("GB", "US"))])
def test_the_countries_a_reader_is_shown_follow_the_language(lang, countries):
    assert countries_shown(lang) == countries
    with speaking(lang):
        shown = {r.id for _, rules in grouped() for r in rules if r.countries}
    assert shown == {r.id for c in countries for r in rules_in(c)}


@pytest.mark.parametrize("lang, folder", [("en", "notebooks"), ("es", "notebooks/es")])
def test_chapter_3_shows_the_law_where_the_reader_lives_and_claims_no_more(lang, folder):
    """The law is worded once, in the rules: chapter 3 shows them (``where_you_live``) in the reader's
    language, for the countries it lists, each with its source; its markdown claims no right of its own."""
    from guide.ui.guidance_view import guidance_html

    path = next((ROOT / folder).glob("03-*.ipynb"))
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert any("where_you_live=True" in "".join(c["source"]) for c in cells if c["cell_type"] == "code")
    with speaking(lang):
        shown = guidance_html(("reschedule", "cancel", "withdraw"), where_you_live=True)
        for country in countries_shown(lang):
            for r in rules_in(country):
                assert html.escape(r.text) in shown, (country, r.id)
        for r in rules_in("GB" if lang == "es" else "ES"):
            assert html.escape(r.text) not in shown, r.id
    md = _markdown(path)
    assert not re.search(r"gives you this right|gives the same right|le da este derecho|le da el mismo derecho", md)


def test_the_spanish_chapters_name_spain_and_mexicos_services_not_only_the_us():
    md = _markdown(ROOT / "notebooks/es/04-despues-de-la-disculpa.ipynb")
    assert "SEPE" in md and "Servicio Nacional de Empleo" in md
    assert not re.search(r"(?<!Estados Unidos, )un centro de empleo puede ayudarle", md)
