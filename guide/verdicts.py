"""A draft check's finding named in words, with the icon shown beside them (never instead of them).

Shared by the "check my draft" panel and the plain-text example review, so both say it the same way.
"""

from __future__ import annotations

from .catalogue import text
from .review import Finding

# Color and icon only repeat what the verdict's words say.
ICONS = {"passed": "\u2713", "must": "\u2717", "should": "\u2717", "style": "!", "note": "\u2139"}


def verdict(finding: Finding) -> str:
    """The finding's verdict in words: "Passed", or how much its failure matters."""
    return text("ui.draft.verdict." + ("passed" if finding.passed else finding.severity))
