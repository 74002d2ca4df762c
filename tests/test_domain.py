"""The registry of scenarios, kinds of message and reasons (guide.domain) and the thresholds (guide.policy).

A new scenario, kind or reason is declared once, in ``guide/domain.py``; the completeness test below then
names everything it still lacks, in every language the guide speaks (a template, a catalogue entry, a
plan builder, an example that works, ...), so a half-added concept fails here rather than in a
background thread of the running app. The last tests keep copies of the registry's tables from coming
back elsewhere.
"""

from __future__ import annotations

import ast
import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from guide import Situation, domain, policy
from guide.catalogue import table
from guide.domain import KIND_SPECS, REASON_SPECS, SCENARIO_SPECS, SCENARIOS, KindId, ReasonId, ScenarioId
from guide.examples import example_situation
from guide.i18n import languages, speaking
from guide.messages import TEMPLATES_DIR, compose, kinds_for, template_dir
from guide.rules import BY_ID, SOURCES, rules_for
from guide.situation import errors
from guide.timeline import builder_for

GUIDE = Path(__file__).resolve().parents[1] / "guide"


def _catalogue_keys(scenarios) -> list[tuple[str, str]]:
    """(what needs it, catalogue key) for every key the registry names."""
    keys: list[tuple[str, str]] = []
    for sc, spec in scenarios.items():
        w = spec.workshop
        keys += [(f"scenario {sc}", k) for k in (spec.label, spec.heading, w.situation, w.goal, w.manager)]
        keys += [(f"scenario {sc}", f"workshop.timing.{timing}") for timing in w.timings]
    for kind, spec in KIND_SPECS.items():
        keys += [(f"kind {kind}", k) for k in (spec.label, spec.file_label, spec.note) if k]
        keys += [(f"kind {kind}", domain.DOWNLOAD_LABELS[fmt]) for fmt in spec.downloads if fmt in domain.DOWNLOAD_LABELS]
    for reason, spec in REASON_SPECS.items():
        keys += [(f"reason {reason}", k) for k in (spec.label, spec.prevention) if k]
    return keys


def missing_parts(scenarios=SCENARIO_SPECS) -> list[str]:
    """Everything the registry's concepts still lack, each named with where it goes."""
    missing: list[str] = []
    for lang in languages():
        entries = table(lang)
        missing += [f"{lang}: catalogue entry {key!r} ({who})" for who, key in _catalogue_keys(scenarios) if key not in entries]
        folder = template_dir(lang)
        for sc, spec in scenarios.items():
            for kind in spec.kinds:
                name = KIND_SPECS[kind].template(sc)
                if not (folder / name).is_file():
                    missing.append(f"{lang}: template {folder.relative_to(TEMPLATES_DIR.parent)}/{name} ({sc}, {kind})")
    for sc, spec in scenarios.items():
        if builder_for(sc) is None:
            missing.append(f"scenario {sc}: a plan builder (guide/timeline.py, @_builds)")
        if not spec.reasons or spec.reasons[-1] != ReasonId.OTHER:
            missing.append(f"scenario {sc}: its reasons, ending with 'other'")
        if not rules_for(sc):
            missing.append(f"scenario {sc}: rules that apply to it (guide/rules.py)")
        for rule_id in spec.key_points + spec.workshop.observer_rules:
            if rule_id not in BY_ID:
                missing.append(f"scenario {sc}: rule {rule_id!r} (guide/rules.py)")
        if not spec.key_points:
            missing.append(f"scenario {sc}: key points")
        if not spec.channels or not all(KIND_SPECS[k].first for k in spec.channels):
            missing.append(f"scenario {sc}: first-contact channels")
        if not all(not KIND_SPECS[k].first for k in spec.later):
            missing.append(f"scenario {sc}: its later kinds must be later kinds (templates/after/)")
    for kind, spec in KIND_SPECS.items():
        low, high = spec.budget
        if low is not None and high is not None and low > high:
            missing.append(f"kind {kind}: a budget whose fewest words are no more than its most")
        if not set(spec.downloads) <= set(domain.DOWNLOAD_LABELS):
            missing.append(f"kind {kind}: downloads among {tuple(domain.DOWNLOAD_LABELS)} (a maker in guide/ui/message_view.py)")
        if not any(kind in s.kinds for s in scenarios.values()):
            missing.append(f"kind {kind}: a scenario that writes it")
    for reason in REASON_SPECS:
        if not any(reason in s.reasons for s in scenarios.values()):
            missing.append(f"reason {reason}: a scenario it fits")
    return missing


def test_every_scenario_kind_and_reason_is_complete_in_every_language():
    missing = missing_parts()
    assert not missing, "the registry (guide/domain.py) still lacks:\n" + "\n".join(missing)


def test_completeness_names_what_a_new_scenario_lacks():
    """A scenario declared and nothing else: every part it lacks is named, in every language."""
    missed = SCENARIO_SPECS[ScenarioId.MISSED]
    ghost = replace(
        missed, id="ghosted", label="scenario.ghosted", heading="ui.guidance.heading.ghosted",
        workshop=replace(missed.workshop, goal="workshop.card.goal.ghosted"),
    )
    said = "\n".join(missing_parts({**SCENARIO_SPECS, "ghosted": ghost}))
    for lang in languages():
        assert f"{lang}: catalogue entry 'scenario.ghosted'" in said
        assert f"{lang}: catalogue entry 'workshop.card.goal.ghosted'" in said
    assert "templates/ghosted/phone.txt.j2" in said and "templates/es/ghosted/letter.txt.j2" in said
    assert "scenario ghosted: a plan builder" in said
    assert "scenario ghosted: rules that apply to it" in said
    assert "missed" not in said  # only the new scenario is incomplete


def test_the_review_knows_every_scenario_and_kind():
    """The draft review reads a draft's scenario and subject line with word lists of its own."""
    from guide.review import policy as review_policy, vocabulary

    missing = [f"review: subject purpose words for {sc}" for sc in SCENARIOS if sc not in vocabulary.SUBJECT_PURPOSE]
    missing += [
        f"review: subject purpose words for {k}" for k in review_policy.LATER_MESSAGES if k not in vocabulary.SUBJECT_PURPOSE
    ]
    cued = {sc for sc, _cues in vocabulary.SCENARIO_CUES}
    missing += [f"review: scenario cues for {sc}" for sc in SCENARIOS if sc not in cued]
    assert not missing, "\n".join(missing)
    # The review's budgets for drafts aim at the same most words as the guide's own messages.
    for channel, budget in review_policy.BUDGETS.items():
        assert budget.aim_high == KIND_SPECS[channel].budget[1], channel


@pytest.mark.parametrize("lang", languages())
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_each_scenario_has_an_example_that_writes_every_message(scenario, lang):
    s = example_situation(scenario, lang)
    assert not errors(s), f"the example of {scenario} ({lang}) has errors: {errors(s)}"
    with speaking(lang):
        for kind in kinds_for(s):
            assert compose(s, kind).body.strip(), (scenario, kind, lang)


def test_ids_compare_equal_to_the_plain_strings_saved_files_hold():
    assert ScenarioId.MISSED == "missed" and KindId.FOLLOW_UP == "follow_up" and ReasonId.OTHER == "other"
    s = example_situation("late")
    again = Situation.from_dict(json.loads(json.dumps(s.to_dict())))
    assert again == s
    assert json.dumps(s.to_dict())  # plain JSON: the ids are strings


def test_derived_tables():
    assert domain.MEDIUM["confirm"] == "email" and domain.MEDIUM["letter"] == "letter"
    # The first contacts, then the later messages, in the one tab order (a new kind adds to these).
    assert domain.CHANNELS + domain.AFTER_KINDS == domain.KINDS
    assert domain.CHANNELS[:5] == ("phone", "voicemail", "text", "email", "letter")
    assert domain.AFTER_KINDS[:5] == ("reply", "confirm", "thanks", "follow_up", "declined")
    assert domain.DOWNLOADS["letter"] == ("docx", "txt") and domain.DOWNLOADS["reply"] == ("txt", "eml")
    assert domain.WRITTEN == ("email", "letter") and domain.SPOKEN == ("phone", "voicemail")
    assert domain.REASONS["overslept"] == ("missed", "late")
    assert domain.reasons_for("nonsense") == () and domain.scenario(["a list"]) is None


def test_the_fields_a_scenario_uses_are_declared_with_it():
    """A scenario's own fields (``Scenario.fields``) are the form's per-scenario fields, each used by some
    scenario; the form's table says no scenario's name, so a new scenario touches only the registry."""
    from guide import fields

    per_scenario = {f.name for f in fields.FIELDS if f.per_scenario}
    for spec in domain.SCENARIO_SPECS.values():
        assert set(spec.fields) <= per_scenario, spec.id
    assert per_scenario == {name for spec in domain.SCENARIO_SPECS.values() for name in spec.fields}
    assert fields.ONLY_FOR["eta_minutes"] == ("late",)
    assert fields.ONLY_FOR["times_moved"] == ("missed", "late", "reschedule")
    assert fields.applies("agreed_at", "reschedule") and not fields.applies("agreed_at", "cancel")
    assert not fields.applies("eta_minutes", "nonsense") and fields.applies("company", "nonsense")


# --- thresholds ------------------------------------------------------------------------------------------


def _policy_names() -> list[str]:
    tree = ast.parse((GUIDE / "policy.py").read_text(encoding="utf-8"))
    return [n.target.id for n in tree.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]


def test_every_threshold_has_a_source():
    found = policy.sources()
    names = _policy_names()
    assert names and set(names) == set(found), set(names) ^ set(found)
    for name, source in found.items():
        assert source.source in SOURCES, name
        assert source.why.strip(), name
        assert isinstance(getattr(policy, name), (int, timedelta)), name


def _modules() -> list[Path]:
    return sorted(p for p in GUIDE.rglob("*.py") if "catalogue" not in p.parts)


def test_no_threshold_is_defined_twice():
    names = set(_policy_names())
    copies = []
    for path in _modules():
        if path.name == "policy.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            copies += [f"{path.relative_to(GUIDE.parent)}: {t.id}" for t in targets if isinstance(t, ast.Name) and t.id in names]
    assert not copies, "thresholds belong in guide/policy.py:\n" + "\n".join(copies)


# --- no copies of the registry ------------------------------------------------------------------------------

# The draft review keeps English word lists per scenario (``guide/review/vocabulary.py``): language data,
# checked for completeness above rather than forbidden here.
SCANNED = ("*.py", "exports/*.py", "workshop/*.py", "ui/*.py")


def _strings(nodes) -> set[str]:
    return {n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def test_no_module_but_the_registry_lists_every_scenario_or_channel():
    every = {"scenarios": set(SCENARIOS), "channels": set(domain.CHANNELS), "reasons": set(domain.REASON_IDS)}
    copies = []
    for path in sorted({p for pattern in SCANNED for p in GUIDE.glob(pattern)}):
        if path.name == "domain.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                found = _strings(node.elts)
            elif isinstance(node, ast.Dict):
                found = _strings(node.keys)
            else:
                continue
            copies += [
                f"{path.relative_to(GUIDE.parent)}:{node.lineno}: every {what}"
                for what, names in every.items()
                if names <= found
            ]
    assert not copies, "derive these from guide/domain.py:\n" + "\n".join(copies)


def test_every_slow_group_has_its_place_in_the_start_order():
    """tests/conftest.py starts the slowest files first; a slow group missing from that order would stop
    the whole run at collection."""
    from tests import conftest

    assert set(conftest.SLOW_FILES.values()) <= set(conftest.START_ORDER)
