"""Every rule says only what its source says: walked against the claims list beside rules.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guide.rule_claims import CLAIMS, TOPICS, supported_topics, topics_in, unsupported_topics
from guide.rules import BACKING_OUT, HIRING_PRACTICE, RULES, SOURCES

SHARED = Path(__file__).resolve().parents[2] / "shared"
needs_sources = pytest.mark.skipif(
    not (SHARED / "guidance").is_dir(), reason="the source documents are not beside this checkout"
)


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
@pytest.mark.parametrize("source", SOURCES)
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
    assert set(TOPICS) - used == set(), "a topic no claim makes can never be supported"


def _runs(sentence: str, n: int = 8) -> set[str]:
    words = re.sub(r"\W+", " ", sentence.lower()).split()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


@needs_sources
@pytest.mark.parametrize("source", SOURCES)
def test_claims_are_paraphrased_not_copied(source):
    document = " ".join(re.sub(r"\W+", " ", _document(source).lower()).split())
    copied = {run for claim in CLAIMS[source] for run in _runs(claim) if run in document}
    assert not copied, copied
