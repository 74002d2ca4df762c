"""The guidance as data: every rule has a text and a source we can trace."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from guide import RULES, SCENARIOS
from guide.catalogue import table, text
from guide.rules import SOURCES

SHARED = Path(__file__).resolve().parents[2] / "shared"


def test_rule_ids_are_unique():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.id)
def test_every_rule_has_text_a_source_and_scenarios(r):
    assert r.text.strip().endswith((".", "!", "?"))
    assert r.source in SOURCES
    assert r.scenarios and set(r.scenarios) <= set(SCENARIOS)


@pytest.mark.skipif(not (SHARED / "guidance").is_dir(), reason="the source documents are not beside this checkout")
def test_every_cited_guidance_file_exists():
    from guide.rules import DOCUMENTS

    for source in {r.source for r in RULES} & set(DOCUMENTS):
        assert (SHARED / "guidance" / source).is_file(), source


def _sentences(path: Path) -> list[str]:
    words = re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))
    return [s.strip() for s in re.split(r"(?<=[.!?])\s", words) if len(s.split()) >= 8]


@pytest.mark.skipif(not (SHARED / "guidance").is_dir(), reason="the source documents are not beside this checkout")
def test_no_sentence_of_the_sources_is_copied_into_the_catalogue_or_templates():
    """We paraphrase: no run of eight words from a source document appears in our own wording."""
    ours = " ".join(table().values())
    templates = Path(__file__).resolve().parents[1] / "templates"
    ours += " ".join(p.read_text(encoding="utf-8") for p in templates.rglob("*.j2"))
    notebooks = Path(__file__).resolve().parents[1] / "notebooks"
    for path in notebooks.glob("*.ipynb"):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        ours += " ".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    ours = re.sub(r"\W+", " ", ours.lower())
    sources = sorted((SHARED / "guidance").glob("*.txt")) + [SHARED / "hiring-practice.md"]
    copied = set()
    for source in sources:
        for sentence in _sentences(source):
            words = re.sub(r"\W+", " ", sentence.lower()).split()
            for i in range(len(words) - 7):
                run = " ".join(words[i : i + 8])
                if run in ours:
                    copied.add(f"{source.name}: '{run}'")
    assert not copied, sorted(copied)


def test_catalogue_patterns_only_take_named_values():
    for key, pattern in table().items():
        assert "{}" not in pattern and "{0" not in pattern, key


def test_catalogue_text_fills_values_without_interpreting_them():
    assert text("problem.slot_in_past", slot="{{ 7*7 }} {0}") == (
        "The time {{ 7*7 }} {0} has already passed. Please offer a time in the future."
    )


# --- the key points of each situation, in order --------------------------------------------------------
from guide.rules import AFTER, KEY_POINTS, key_points, rules_for  # noqa: E402


def test_every_situation_and_the_days_after_have_key_points():
    assert set(KEY_POINTS) == set(SCENARIOS) | {AFTER}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_key_points_apply_to_their_situation_and_are_few(scenario):
    points = key_points(scenario)
    assert len(points) == len(set(points)) and 5 <= len(points) <= 10
    assert set(points) <= set(rules_for(scenario))


def test_the_days_after_draw_on_the_situations_that_lead_to_a_new_interview():
    assert all({"missed", "late", "reschedule"} & set(r.scenarios) for r in key_points(AFTER))


def _order(scenario: str) -> list[str]:
    return [r.id for r in key_points(scenario)]


def test_running_late_starts_with_whom_to_call_and_a_true_arrival_time():
    order = _order("late")
    assert order[:3] == ["call-order", "realistic-eta", "offer-reschedule-if-very-late"]
    assert "formal-letter" not in order  # the letter comes after the day, not while on the bus


def test_a_missed_interview_starts_with_checking_messages_then_the_call():
    order = _order("missed")
    assert order[:2] == ["check-messages", "call-first"]
    assert order.index("call-first") < order.index("ask-new-time") < order.index("prevention")


def test_canceling_first_says_that_moving_keeps_the_job_open():
    assert _order("cancel")[0] == "move-rather-than-cancel"


def test_withdrawing_for_another_job_waits_for_the_accepted_offer():
    assert _order("withdraw")[0] == "offer-accepted-first"


def test_all_the_advice_is_grouped_each_rule_in_exactly_one_group():
    from guide.rules import GROUPS, grouped

    ids = [rule_id for group in GROUPS.values() for rule_id in group]
    assert sorted(ids) == sorted(r.id for r in RULES)  # every rule, none twice
    assert all(rules for _, rules in grouped())
    for group in GROUPS:
        assert text(f"ui.guidance.group.{group}")


# --- cancel and withdraw: one definition, each scenario its own verb ------------------------------------------
# Defined once, in the catalogue (``workshop.define.*``), each resting on a rule whose source is printed with
# it: to cancel is to call off a booked interview (whatever the reason, another job included); to withdraw
# is to leave once you have been interviewed. Chapter 3 gives that definition; every rule and step uses it.
_VERBS = {
    "en": {"cancel": r"\bcancel", "withdraw": r"\bwithdraw"},
    "es": {"cancel": r"\bcancel|\banul", "withdraw": r"\bretir"},
}
_ACCEPTED = {"en": r"accept\w* (another|that|an|the|other) (offer|job)|took another job|another job\?",
             "es": r"acept\w* (otra|esa|una) (oferta|trabajo|puesto)|otro trabajo"}
# What each verb is about, by the definition: a booked interview; interviews already had.
_ABOUT = {
    "en": {"cancel": r"booked|pending", "withdraw": r"interviewed|interviews"},
    "es": {"cancel": r"reservad|pendiente|programad|concertad|fijad", "withdraw": r"entrevistad|entrevistas"},
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("scenario, other", [("cancel", "withdraw"), ("withdraw", "cancel")])
def test_each_scenarios_key_points_use_its_own_verb(lang, scenario, other):
    from guide.rules import key_points

    wrong = [r.id for r in key_points(scenario) if re.search(_VERBS[lang][other], text(f"rule.{r.id}", lang), re.I)]
    assert wrong == [], f"{scenario}'s key points say '{other}': {wrong}"


def _clauses(sentence: str) -> list[str]:
    return [c for c in re.split(r"[:;,]| and | y ", sentence) if c.strip()]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_accepting_another_job_follows_the_one_definition(lang):
    """Every rule and plan step about another accepted job: cancel a booked interview, withdraw where you
    have been interviewed; never "cancel" for a process under way, nor "withdraw" for a booked interview."""
    told = {key: value for key, value in table(lang).items()
            if key.startswith(("rule.", "step.")) and re.search(_ACCEPTED[lang], value, re.I)}
    assert {"rule.offer-accepted-first", "rule.cancel-others-after-offer"} <= set(told)
    for key, value in told.items():
        for verb, about in _ABOUT[lang].items():
            if re.search(_VERBS[lang][verb], value, re.I):
                assert re.search(about, value, re.I), (key, verb, value)
        other = {"cancel": "withdraw", "withdraw": "cancel"}
        for clause in _clauses(value):  # one verb per clause, with its own object
            for verb in ("cancel", "withdraw"):
                if re.search(_VERBS[lang][verb], clause, re.I):
                    assert not re.search(_ABOUT[lang][other[verb]], clause, re.I) or re.search(_ABOUT[lang][verb], clause, re.I), (key, clause)


def _markdown(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


@pytest.mark.parametrize("lang, folder", [("en", "notebooks"), ("es", "notebooks/es")])
def test_chapter_3_gives_the_one_definition_with_its_sources_and_no_chapter_another(lang, folder):
    from guide.i18n import speaking
    from guide.rules import rule, source_label
    from guide.workshop.cards import DEFINITION_RULES

    root = Path(__file__).resolve().parents[1] / folder
    chapters = {p.name[:2]: " ".join(_markdown(p).replace("*", "").split()) for p in sorted(root.glob("0*.ipynb"))}
    for scenario, rule_id in DEFINITION_RULES.items():
        definition = text(f"workshop.define.{scenario}", lang)
        assert definition in chapters["03"], definition
        with speaking(lang):
            with_source = text("ui.plan.source", source=source_label(rule(rule_id).source))
        assert with_source.split(":", 1)[1].strip().rstrip(".") in chapters["03"], with_source
    label = {"en": r"(?:^|\. |- )(?:Cancel|Withdraw): ", "es": r"(?:^|\. |- )(?:Cancelar|Retirarse): "}[lang]
    assert [n for n, md in chapters.items() if re.search(label, md)] == ["03"]
    for name, md in chapters.items():  # another job: each verb with what it is about, in every chapter
        for sentence in re.split(r"(?<=[.!?])\s+", md):
            if re.search(_ACCEPTED[lang], sentence, re.I):
                for verb, about in _ABOUT[lang].items():
                    if re.search(_VERBS[lang][verb], sentence, re.I):
                        assert re.search(about, sentence, re.I), (name, sentence)
