"""Drafts made to be slow to read: long runs of one character or word, with no line break to split
them, each as long as the review reads (``guide.review.policy.DRAFT_CAP``).

Regular expressions that backtrack blow up on exactly these: a run that almost matches and fails at
its last character ("+-+-…+-x", "((((…(x", "....…word"). ``tests/test_review_adversarial.py`` reviews
each one (it must complete); ``benchmarks/review_adversarial.py`` times them and prints the worst.
"""

from __future__ import annotations

import random

from guide.review.policy import DRAFT_CAP

# What a run is made of, by family. Each unit is repeated to fill the draft.
UNITS: dict[str, tuple[str, ...]] = {
    "punctuation": (
        ".", ",", "!", "?", "!?", "-", "+", "+-", ":", ";", "'", '"', "_", "*", "/", "\\", "@", "#", "&",
        "=", "|", "~", "$", "%", "\u2026", "\u2014", "\u2019", "\u201c", ":)", ";-(", "^_^",
    ),
    "brackets": ("(", ")", "()", "[", "]", "[]", "{", "}", "{{", "{%", "<", ">", "<<", "</", "<p", "(555) "),
    "dots": (".", "..", ". ", "a.", "p.m.", "Mr. ", "1.", "e.g. "),
    "spaces": (" ", "\u00a0", "\u202f", "\t", " . ", " , "),
    "words": (
        "sorry ", "the ", "I ", "i ", "a ", "at ", "my ", "missed ", "because ", "reschedule ", "Dear ",
        "SORRY ", "thank ", "late ", "my fault ", "Sincerely, ", "position at ", "would you ", "10 minutes ",
        "at 10 ", "Monday ", "Subject: ", "aaaa",
    ),
    "digits": ("0", "1 ", "10:30 ", "12/12 ", "+1 ", "2026-01-01 "),
    "emoji": ("\U0001F600", "\U0001F600 ", "\U0001F44D\U0001F3FD", "\U0001F468\u200d\U0001F469\u200d\U0001F467", "\U0001F1EA\U0001F1F8", "\u2764\ufe0f"),
    "combining": ("e\u0301", "\u0301", "a\u0300\u0301\u0302\u0303", "\u0915\u094d", "\u200d", "\u202e"),
}
# What follows a run: a run that nearly matches often fails only at its last character.
TAILS = ("x", " x", "")


def _filled(unit: str, tail: str, length: int) -> str:
    body = unit * (length // len(unit) + 1)
    return body[: length - len(tail)] + tail


def _mixed(seed: int, length: int) -> str:
    """Runs of every family one after another, each a few hundred characters long."""
    rng = random.Random(seed)
    units = [u for family in UNITS.values() for u in family]
    out: list[str] = []
    size = 0
    while size < length:
        run = rng.choice(units) * rng.randint(1, 400)
        out.append(run)
        size += len(run)
    return "".join(out)[:length]


def corpus(length: int = DRAFT_CAP) -> dict[str, str]:
    """Label -> draft of exactly ``length`` characters (``length`` at least 2), none with a line break."""
    drafts: dict[str, str] = {}
    for family, units in UNITS.items():
        for unit in units:
            for tail in TAILS:
                drafts[f"{family}: {unit!r} * n + {tail!r}"] = _filled(unit, tail, length)
    for seed in range(8):
        drafts[f"mixed runs #{seed}"] = _mixed(seed, length)
    assert all(len(d) == length and "\n" not in d and "\r" not in d for d in drafts.values())
    return drafts
