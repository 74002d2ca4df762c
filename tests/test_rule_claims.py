"""Every rule says only what its source says: walked against the claims list beside rules.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guide.rule_claims import CLAIMS, TOPICS, UNSOURCED, supported_topics, topics_in, unsupported_topics
from guide.rules import APOLOGY_LETTER, BACKING_OUT, DOCUMENTS, HIRING_PRACTICE, PHONE_OR_EMAIL, RULES, SOURCES

SHARED = Path(__file__).resolve().parents[2] / "shared"
needs_sources = pytest.mark.skipif(
    not (SHARED / "guidance").is_dir(), reason="the source documents are not beside this checkout"
)
needs_hiring_practice = pytest.mark.skipif(
    not (SHARED / "hiring-practice.md").is_file(), reason="hiring-practice.md is not beside this checkout"
)
# The sources with a document beside the checkout; a law is cited by its name, with no copy to read.
DOCUMENTED = (*DOCUMENTS, HIRING_PRACTICE)


def _document(source: str) -> str:
    path = SHARED / "hiring-practice.md" if source == HIRING_PRACTICE else SHARED / "guidance" / source
    return " ".join(path.read_text(encoding="utf-8").split())


def test_every_source_has_a_claims_list():
    assert set(CLAIMS) == set(SOURCES)
    assert all(CLAIMS[source] for source in SOURCES)


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.id)
def test_every_rule_makes_a_point_its_source_supports(r):
    points = topics_in(r.text)
    assert points, f"no topic in TOPICS recognises what '{r.id}' says; add one so it can be checked"
    assert unsupported_topics(r.text, r.source) == frozenset(), (
        f"'{r.id}' cites {r.source}, whose claims don't cover these points of its text"
    )


@pytest.mark.parametrize("source", SOURCES)
def test_every_claim_is_recognised(source):
    for claim in CLAIMS[source]:
        assert topics_in(claim), claim


@needs_sources
@pytest.mark.parametrize("source", DOCUMENTED)
def test_every_claim_makes_only_points_its_document_makes(source):
    """The claims are read from the documents: each of a claim's points is in the document's own words."""
    in_document = topics_in(_document(source))
    for claim in CLAIMS[source]:
        assert topics_in(claim) <= in_document, (claim, topics_in(claim) - in_document)


def test_a_rule_citing_a_source_that_does_not_say_it_is_caught():
    """What this guards against: the old single sentence on honesty, blame and health cited the backing-out
    article, which supports only "honest and concise"."""
    old = "Give the reason honestly in one sentence: no long story, no medical details, nobody else to blame."
    assert unsupported_topics(old, BACKING_OUT) == {"medical", "blame"}
    # Nor could it cite hiring practice alone, which says nothing of honesty: hence the split.
    assert unsupported_topics(old, HIRING_PRACTICE) == {"honest"}


def test_topics_are_valid_patterns_and_every_one_is_used():
    for pattern in TOPICS.values():
        re.compile(pattern)
    used = frozenset().union(*(supported_topics(source) for source in SOURCES))
    # A guard topic (UNSOURCED) is one no source makes: it exists so that a rule making it fails.
    assert set(TOPICS) - used == UNSOURCED, "a topic no claim makes can never be supported"


def test_a_rule_passes_on_what_it_says_not_on_a_nearby_word():
    """Each of these once passed because a word of it matched a topic that meant something else."""
    # "agency" sat in the "who to call" pattern, so an agency rule passed on the recruiter claim.
    agency = "If a staffing agency or a job center set up the interview, call your contact there first."
    assert "who-to-call" not in topics_in(agency)
    assert unsupported_topics(agency, PHONE_OR_EMAIL) == {"agency"}
    # "Short and sweet" (the backing-out article) is not "short sentences and everyday words".
    plain = "Use short sentences and everyday words, so the message is easy to read."
    assert unsupported_topics(plain, BACKING_OUT) == {"plain"}
    # The apology-letter article says to cancel the rest once an offer is accepted, never "only after".
    only_after = "Withdraw because of another job only after you have accepted that offer."
    assert unsupported_topics(only_after, APOLOGY_LETTER) == {"only-after"}
    # "Say sorry once, no long story" passed on the apology and length claims of other situations.
    assert "on-arrival" in topics_in("When you get there, say sorry once, briefly, with no long story.")
    assert "driving" in topics_in("Never phone or text while driving: stop somewhere safe first.")


def _entries() -> list[str]:
    """hiring-practice.md's entries: each "- " item with its wrapped lines, as one string."""
    entries: list[str] = []
    for line in (SHARED / "hiring-practice.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("- "):
            entries.append(line[2:])
        elif line.startswith("  ") and line.strip() and entries:
            entries[-1] += " " + line.strip()
    return entries


def _matching_entry(sentence: str) -> str | None:
    """The first entry of hiring-practice.md that makes every point ``sentence`` makes, if any."""
    points = topics_in(sentence)
    return next((entry for entry in _entries() if points <= topics_in(entry)), None)


@needs_hiring_practice
@pytest.mark.parametrize("r", [r for r in RULES if r.source == HIRING_PRACTICE], ids=lambda r: r.id)
def test_every_rule_citing_hiring_practice_matches_one_entry_of_it(r):
    """Not the file as a whole: one entry must make every point the rule makes, so a rule can't be
    stitched from words scattered across the file."""
    assert _matching_entry(r.text) is not None, f"'{r.id}': no entry of hiring-practice.md says {topics_in(r.text)}"


@needs_hiring_practice
def test_every_hiring_practice_claim_matches_one_entry_of_it():
    assert [claim for claim in CLAIMS[HIRING_PRACTICE] if _matching_entry(claim) is None] == []


@needs_hiring_practice
def test_a_rule_stitched_from_two_entries_is_caught():
    stitched = "Give an arrival time you can keep, and name the other employer's better offer."
    assert {"eta", "other-employer"} <= topics_in(stitched)
    assert _matching_entry(stitched) is None


def _runs(sentence: str, n: int = 8) -> set[str]:
    words = re.sub(r"\W+", " ", sentence.lower()).split()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


@needs_sources
@pytest.mark.parametrize("source", DOCUMENTED)
def test_claims_are_paraphrased_not_copied(source):
    document = " ".join(re.sub(r"\W+", " ", _document(source).lower()).split())
    copied = {run for claim in CLAIMS[source] for run in _runs(claim) if run in document}
    assert not copied, copied
