"""review(): a candidate's own draft, checked rule by rule.

The corpus under tests/review_corpus/ holds good drafts (nothing fails) and bad drafts that each break
one known rule; expected.json says which check must fail for each. Every message compose() writes must
pass its own review. Hostile input gives a clear result, never an exception. Speed is measured by
benchmarks/review.py, not here.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from guide import FORMATS, SCENARIOS, TONES, Situation, compose, kinds_for, reasons_for, validate
from guide.catalogue import table
from guide.review import Finding, Review, review
from guide.review.matching import Finder as _Finder
from guide.review.checklist import (
    CHECKS,
    SEVERITIES,
    guidance_rule,
)
from guide.review import phrases, vocabulary
from guide.rules import SOURCES

from .conftest import make_situation

CORPUS = Path(__file__).resolve().parent / "review_corpus"
SPEC = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
SITUATIONS = {name: Situation.from_dict(values) for name, values in SPEC["situations"].items()}
ROOT = Path(__file__).resolve().parents[1]


def run(name: str) -> Review:
    expected = SPEC["drafts"][name]
    situation = SITUATIONS[expected["situation"]] if expected["situation"] else None
    draft = (CORPUS / name).read_text(encoding="utf-8")
    return review(draft, situation, subject=expected.get("subject"), channel=expected["channel"])


# --- the corpus --------------------------------------------------------------------------------------
def test_every_corpus_draft_has_expectations_and_every_expectation_a_draft():
    on_disk = {p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*.txt")}
    assert on_disk == set(SPEC["drafts"])


@pytest.mark.parametrize("name", sorted(SITUATIONS))
def test_corpus_situations_are_valid(name):
    assert [p for p in validate(SITUATIONS[name]) if p.is_error] == []


def test_good_drafts_fail_nothing_and_each_bad_draft_breaks_exactly_one_rule():
    for name, expected in SPEC["drafts"].items():
        if name.startswith("good/"):
            assert expected["fails"] == [], name
        else:
            assert len(expected["fails"]) == 1, name


@pytest.mark.parametrize("name", sorted(SPEC["drafts"]))
def test_corpus_draft_fails_exactly_the_expected_checks(name):
    result = run(name)
    failed = sorted(f.check for f in result.failures)
    assert failed == sorted(SPEC["drafts"][name]["fails"]), [f.reason for f in result.failures]
    noted = sorted(f.check for f in result.worth_a_look)
    assert noted == sorted(SPEC["drafts"][name].get("notes", [])), [f.reason for f in result.worth_a_look]
    read_as = SPEC["drafts"][name].get("read_as")
    if read_as:
        assert result.scenario == read_as and result.scenario_guessed
    expected_situation = SPEC["drafts"][name]["situation"]
    if expected_situation:
        assert result.scenario == SITUATIONS[expected_situation].scenario and not result.scenario_guessed


def test_every_check_is_exercised_by_a_bad_draft():
    """Each check in the review has at least one draft in the corpus that it catches."""
    caught = {check for expected in SPEC["drafts"].values() for check in expected["fails"] + expected.get("notes", [])}
    assert caught == {c.id for c in CHECKS}


# --- what a finding says -----------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(SPEC["drafts"]))
def test_findings_are_complete_one_line_and_cite_a_source(name):
    result = run(name)
    assert result.findings
    for f in result.findings:
        assert isinstance(f, Finding)
        assert f.severity in SEVERITIES
        assert f.source in SOURCES and f.source == guidance_rule(f.rule_id).source
        assert f.title and f.reason and f.problem
        assert "\n" not in f.reason
        assert (f.suggestion is None) == f.passed
        if not f.passed:
            assert f.suggestion and "\n" not in f.suggestion


@pytest.mark.parametrize("name", sorted(SPEC["drafts"]))
def test_findings_are_ordered_failures_first_by_severity(name):
    findings = run(name).findings
    failed = [f.passed for f in findings]
    assert failed == sorted(failed)  # all False (failures) before True (passes)
    ranks = [SEVERITIES.index(f.severity) for f in findings if not f.passed]
    assert ranks == sorted(ranks)


def test_summary_leads_with_what_works_then_the_most_important_failure():
    result = run("bad/no_ask.txt")
    first = result.failures[0]
    assert first.check == "ask-new-time"
    assert result.strengths == ("the names and details are right", "it opens with an apology")
    assert first.severity == "must"  # so the headline says first that it is not ready, then what to fix
    assert result.summary == (
        f"Not ready to send. Fix first: {first.problem}. "
        "What works: the names and details are right and it opens with an apology."
    )
    assert first.problem == "no clear request for a new time"
    assert str(result.score) not in result.summary  # the score is secondary: shown apart, if at all
    assert result.passed == result.total - 1 and not result.ready
    assert 0 < result.score < 100


def test_a_good_draft_is_ready_to_send_with_full_score():
    result = run("good/missed_email.txt")
    assert result.ready and result.score == 100 and result.failures == ()
    assert result.summary == "Ready to send: the names and details are right and it opens with an apology."


def test_a_must_failure_costs_more_score_than_a_style_failure():
    must = run("bad/no_apology.txt")
    style = run("bad/hard_to_read.txt")
    assert must.total == style.total
    assert must.score < style.score
    assert style.summary.startswith("What works: ") and "One small touch left: " in style.summary
    assert style.ready  # only a style touch left


def test_reasons_quote_the_draft_literally():
    result = run("bad/template_tags.txt")
    reason = result.finding("no-placeholders").reason
    assert "“{{contact_name}}”" in reason and "“{{candidate_name}}”" in reason


def test_mismatches_say_what_was_written_and_what_was_entered():
    company = run("bad/wrong_company.txt").finding("details-match").reason
    assert "“Globex Logistics”" in company and "Acme Corp" in company
    contact = run("bad/wrong_contact.txt").finding("details-match").reason
    assert "“Mr. Brown”" in contact and "Ms. Lee" in contact
    signature = run("bad/wrong_signature.txt").finding("details-match").reason
    assert "“Maria Lopez”" in signature and "Ana García" in signature
    role = run("bad/wrong_role.txt").finding("details-match").reason
    assert "Forklift Operator" in role and "Warehouse Associate" in role


def test_an_optimistic_arrival_time_is_caught_in_minutes_and_on_the_clock():
    late = SITUATIONS["late"]  # 12:50 now, 20 minutes away: 1:10 PM
    minutes = review("Sorry, I'm running late. I'll be there in 10 minutes. Thank you.", late, channel="text")
    assert "10 minutes" in minutes.finding("eta-matches").reason
    clock = review("Sorry, I'm running late; I expect to arrive by 1:02 PM. Thank you.", late, channel="text")
    finding = clock.finding("eta-matches")
    assert not finding.passed and "1:02 PM" in finding.reason and "1:10 PM" in finding.reason
    honest = review("Sorry, I'm running late; I expect to arrive by 1:10 PM. Thank you.", late, channel="text")
    assert honest.finding("eta-matches").passed


def test_the_subject_parameter_wins_over_a_subject_line_in_the_draft():
    draft = (CORPUS / "bad/vague_subject.txt").read_text(encoding="utf-8")
    fixed = review(draft, SITUATIONS["missed"], subject="Apology for missed interview – Ana García – Warehouse Associate")
    assert fixed.finding("subject-line").passed
    vague = review(draft, SITUATIONS["missed"]).finding("subject-line").reason  # "Hello from Ana"
    assert "what the email is about" in vague and "job title" in vague and "your name" not in vague


def test_without_a_situation_the_scenario_is_read_from_the_draft():
    samples = {
        "missed": "I am so sorry that I missed our interview this morning.",
        "late": "I am sorry, I am running late and will be there in 15 minutes.",
        "reschedule": "Could we reschedule our interview to another day next week?",
        "cancel": "I need to cancel my interview on Tuesday.",
        "withdraw": "I would like to withdraw my application.",
    }
    samples_more = {
        "missed": "Please accept my apologies for missing yesterday's interview.",
        "late": "So sorry, running about 15 mins late.",
    }
    for scenario, draft in [*samples.items(), *samples_more.items()]:
        result = review(draft)
        assert result.scenario == scenario and result.scenario_guessed, draft
        assert result.note and "If that's not right" in result.note


def test_an_unrecognized_draft_gets_only_the_general_checks_and_never_a_ready_to_send():
    result = review("Hello. Lovely weather today, and the garden is doing well. Kind regards.", channel="phone")
    assert result.scenario is None and result.note
    assert {f.check for f in result.findings} <= {c.id for c in CHECKS if c.where is None}
    assert "Ready to send" not in result.summary and "general checks" in result.summary


def test_situation_checks_only_run_with_a_situation():
    draft = (CORPUS / "good/missed_email.txt").read_text(encoding="utf-8")
    without = {f.check for f in review(draft).findings}
    with_form = {f.check for f in review(draft, SITUATIONS["missed"]).findings}
    assert "details-match" in with_form and "details-match" not in without
    assert "details-named" in with_form and "details-named" not in without


def test_prevention_is_not_asked_for_an_illness():
    draft = (CORPUS / "bad/medical.txt").read_text(encoding="utf-8")
    assert review(draft, SITUATIONS["missed-illness"]).finding("prevention") is None
    assert review(draft).finding("prevention") is None  # read from the draft: "fever" is not preventable


def test_cancelling_while_saying_no_new_date_is_needed_is_still_clear():
    draft = "I must cancel my interview on Tuesday; I am not asking for another date. Thank you for your time."
    assert review(draft, SITUATIONS["cancel"], channel="text").finding("cancel-clearly").passed


def test_an_unknown_channel_is_a_programming_error():
    with pytest.raises(ValueError):
        review("Sorry I missed it.", channel="carrier pigeon")


# --- compose() output passes its own review ------------------------------------------------------------
SLOTS = (datetime(2026, 11, 24, 10, 0), datetime(2026, 11, 25, 14, 30), datetime(2026, 11, 26, 9, 30))
# Beyond the fixture's defaults: slots or none, very late, no contact name, contact details, short notice,
# nothing booked yet, earlier rounds.
VARIANTS: dict[str, list[dict[str, object]]] = {
    "missed": [{}, {"proposed_slots": SLOTS[:2]}, {"proposed_slots": SLOTS, "contact_name": "", "candidate_phone": "+1 555 010 0199", "candidate_email": "ana@example.com"}],
    "late": [{}, {"eta_minutes": 35}, {"eta_minutes": 45, "proposed_slots": SLOTS[:2]}, {"eta_minutes": 5, "contact_name": ""}],
    "reschedule": [{}, {"proposed_slots": ()}, {"proposed_slots": SLOTS}, {"contact_name": ""}],
    "cancel": [{}, {"interview_at": datetime(2026, 11, 21, 10, 0)}, {"contact_name": "", "candidate_email": "ana@example.com"}],
    "withdraw": [{}, {"interview_at": None}, {"interviews_so_far": 2}, {"interviews_so_far": 1, "contact_name": ""}],
}


def _compose_cases():
    for scenario in SCENARIOS:
        for reason in reasons_for(scenario):
            yield pytest.param(scenario, reason, id=f"{scenario}-{reason}")


def _composed(scenario, reason):
    """Every message compose() writes for the scenario and reason, of every kind the situation needs (the
    first contact and the later messages), in every tone, format and variant, with its review."""
    for tone in TONES:
        for fmt in FORMATS:
            if reason == "technical" and fmt == "in_person":
                continue  # refused by validate()
            for variant in VARIANTS[scenario]:
                s = make_situation(scenario, tone=tone, reason=reason, interview_format=fmt, **variant)
                assert [p for p in validate(s) if p.is_error] == [], (variant, validate(s))
                for kind in kinds_for(s):
                    message = compose(s, kind)
                    result = review(message.body, s, subject=message.subject, channel=message.medium, kind=kind)
                    yield f"{kind} {tone}/{fmt}/{variant}", result


@pytest.mark.parametrize("scenario, reason", list(_compose_cases()))
def test_every_composed_message_passes_its_own_review(scenario, reason):
    failures = [f"{case}: {f.check}: {f.reason}" for case, result in _composed(scenario, reason) for f in result.failures]
    assert failures == []


@pytest.mark.parametrize("scenario, reason", list(_compose_cases()))
def test_no_composed_message_has_anything_worth_a_second_look(scenario, reason):
    notes = [f"{case}: {f.check}: {f.reason}" for case, result in _composed(scenario, reason) for f in result.worth_a_look]
    assert notes == []


def test_a_later_message_is_held_to_what_every_message_meets(situation):
    s = situation("missed")
    declined = compose(s, "declined")
    as_first = review(declined.body, s, subject=declined.subject)
    as_later = review(declined.body, s, subject=declined.subject, kind="declined")
    assert {f.check for f in as_first.failures} >= {"apology-first", "ask-new-time"}
    assert as_later.failures == () and as_later.total < as_first.total


# --- hostile drafts --------------------------------------------------------------------------------------
HOSTILE = {
    "empty": "",
    "whitespace": "   \n\t \n",
    "html": "<html><body><script>alert('x')</script><p>Dear Ms. Lee,</p><p>I am <b>so</b> sorry.</p></body></html>",
    "long": ("I am sorry I missed the interview. " * 3000)[:100_000],
    "one_word_100k": "a" * 100_000,
    "only_emoji": "😀🙏🎉" * 50,
    "emoji_100k": "😀" * 100_000,
    "template_syntax": "{{ 7*7 }} {% for x in y %} ${name} {0} {name} [Company]",
    "control": "\x00\x01\x02 sorry \x1b[31m \u202e reversed \u2028",
    "right_to_left": "مرحبا، أنا آسف لأنني فاتتني المقابلة. شكرا لكم",
    "unclosed_markup": "<script" * 10_000 + "<!--" * 5_000,
    "brackets": "[" * 50_000 + "{{" * 20_000,
    "newlines": "\n" * 100_000,
    "capitals": "SORRY " * 10_000,
}


@pytest.mark.parametrize("channel", ["email", "letter", "phone", "voicemail", "text"])
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_drafts_give_a_clear_result(name, channel):
    result = review(HOSTILE[name], make_situation("missed"), channel=channel)
    assert isinstance(result, Review)
    assert result.summary and "\n" not in result.summary
    assert 0 <= result.score <= 100 and result.passed <= result.total == len(result.findings)
    for f in result.findings:
        assert f.reason and len(f.reason) < 400


def test_an_empty_draft_asks_for_one():
    for draft in ("", "  \n ", None):
        result = review(draft)  # type: ignore[arg-type]
        assert result.findings == () and result.summary == "Nothing to check yet: paste your draft into the box."


def test_html_is_reported_and_its_text_still_reviewed():
    result = review(HOSTILE["html"], make_situation("missed"))
    assert not result.finding("no-markup").passed
    assert result.finding("apology-first").passed  # the text inside the tags was read
    assert "alert" not in " ".join(f.reason for f in result.findings)


def test_emoji_only_fails_register_and_long_drafts_fail_length():
    assert not review(HOSTILE["only_emoji"]).finding("formal-register").passed
    long = review(HOSTILE["long"], make_situation("missed"))
    assert not long.finding("length").passed and "words" in long.finding("length").reason


def test_template_syntax_in_a_draft_is_a_leftover_not_code():
    result = review(HOSTILE["template_syntax"], make_situation("missed"))
    reason = result.finding("no-placeholders").reason
    assert "{{ 7*7 }}" in reason and "49" not in reason


def test_random_unicode_never_raises():
    rng = random.Random(20261120)
    alphabet = "aeiou sorryMISSEDreschedule.,!?\n\"'[]{}<>/&;:)(😀🙏é中ش\u200d\u202e-_0123456789"
    for _ in range(300):
        draft = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
        channel = rng.choice(["email", "letter", "phone", "voicemail", "text"])
        situation = rng.choice([None, make_situation(rng.choice(SCENARIOS))])
        review(draft, situation, channel=channel)


# --- the fast matcher finds what the plain regex finds ---------------------------------------------------
# Every list of patterns of the review (tuples of strings).
LISTS = [
    name
    for module in (phrases, vocabulary)
    for name, value in vars(module).items()
    if name.isupper() and isinstance(value, tuple) and value and all(isinstance(p, str) for p in value)
]


@pytest.mark.parametrize("name", LISTS)
def test_the_word_anchored_finder_agrees_with_the_plain_regex_on_long_text(name):
    patterns = getattr(phrases, name, None) or getattr(vocabulary, name)
    finder = _Finder(patterns, re.IGNORECASE | re.MULTILINE)
    plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)
    drafts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.rglob("*.txt"))]
    rng = random.Random(name)
    for _ in range(20):
        pieces = rng.sample(drafts, 6)
        text = " ".join(pieces) * 2
        assert len(text) > _Finder.SHORT
        expected = plain.search(text)
        got = finder.search(text)
        assert (got is None) == (expected is None)
        if expected:
            assert got.start() == expected.start()
        # The finder may also report a match that overlaps an earlier one; it never misses one.
        starts = {m.start() for m in finder.finditer(text)}
        assert {m.start() for m in itertools.islice(plain.finditer(text), 5)} <= starts


# --- the rules behind the checks --------------------------------------------------------------------------
def test_every_check_cites_a_known_rule_with_a_source():
    for check in CHECKS:
        rule = check.rule
        assert rule.source in SOURCES
        assert check.severity in SEVERITIES
        if check.where is not None:
            assert set(check.where) <= set(SCENARIOS)
            assert set(check.where) <= set(rule.scenarios), check.id


def test_every_check_has_its_wording_in_the_catalogue():
    keys = table()
    for check in CHECKS:
        for part in ("title", "problem"):
            assert check.key(part) in keys, check.key(part)
        for part in ("pass", "fail", "fix"):
            key = check.key(part)
            assert any(k == key or k.startswith(key + ".") for k in keys), key


def test_review_catalogue_keys_are_all_review_keys():
    from guide.catalogue import en_review

    assert all(key.startswith("review.") for key in en_review.TEXT)


def test_review_wording_uses_us_spelling():
    from guide.catalogue import en_review

    words = " ".join(en_review.TEXT.values()).lower()
    for british in ("apologise", "organisation", "recognise", "realise", "cancelled", "cancelling", "favour", "colour"):
        assert british not in words, british


# --- cheap to import ------------------------------------------------------------------------------------
def test_importing_the_review_does_not_load_textstat():
    code = "import sys, guide, guide.review; print('textstat' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_textstat_is_loaded_only_for_a_draft_long_enough_to_measure():
    code = (
        "import sys; from guide.review import review; "
        "review('Sorry, I missed it.'); short = 'textstat' in sys.modules; "
        "review(open(sys.argv[1], encoding='utf-8').read()); print(short, 'textstat' in sys.modules)"
    )
    draft = CORPUS / "good" / "missed_email.txt"
    out = subprocess.run([sys.executable, "-c", code, str(draft)], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
