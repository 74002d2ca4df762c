"""WCAG 2.1 contrast ratio, for the tests that check every text colour pair the guide uses."""

from __future__ import annotations


def _luminance(hex_color: str) -> float:
    channels = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(ink: str, paper: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05), lighter over darker; AA for body text needs at least 4.5."""
    lighter, darker = sorted((_luminance(ink), _luminance(paper)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
