"""The PDF's fonts, read once per process instead of once per page set.

fpdf2's ``add_font`` reads a font file whole each time: its glyph table, its widths, a name for each of
its glyphs. For DejaVu that is a few tenths of a second; for the 3 MB Chinese/Japanese/Korean font, over
a second. A plan that is set again at smaller sizes until it fits reads every font it uses each time,
and a participant's kernel does nothing else meanwhile: a name mixing scripts took 5 to 30 s.

Here each font file is read once (``parsed``), and each PDF gets a copy of it as fpdf2's own
``FPDFRecorder`` makes one: the font's tables shared, the PDF's own widths and glyph subset apart. One thing
is not shared: when the PDF is written, fpdf2 cuts the font down to the glyphs used *in place*, so
``fresh_tables`` gives each written PDF font tables of its own, read lazily from bytes kept in memory,
with the glyph order, the widths and the glyphs copied from the parsed font (reading them again is
most of a fresh read).
The PDF's bytes are the same as fpdf2's own ``add_font`` gives (``tests/test_export.py`` compares them).

The price is memory: a kernel that has made a PDF keeps its fonts read, about 11 MB for DejaVu's two
weights and 34 MB more once a name needed the CJK font (measured on fpdf2 2.8.9).
"""

from __future__ import annotations

import copy
from functools import cache
from io import BytesIO
from pathlib import Path

# A parsed font is built against this family name; each PDF renames its copy to the family it asks for.
_PARSED_FAMILY = "parsed"
# id of a parsed font's tables -> that parsed font: how ``fresh_tables`` knows a PDF's font shares them.
_BY_TABLES: dict[int, object] = {}


@cache
def parsed(path: Path, style: str):
    """fpdf2's ``TTFFont`` for the font file at ``path`` (``style`` "" or "B"), read once per process."""
    from fpdf import FPDF

    scratch = FPDF()
    scratch.add_font(_PARSED_FAMILY, style, str(path))
    font = scratch.fonts[f"{_PARSED_FAMILY}{style}"]
    _BY_TABLES[id(font.ttfont)] = font
    return font


@cache
def _font_bytes(path: str) -> bytes:
    return Path(path).read_bytes()


def add_font(pdf, family: str, style: str, path: Path) -> None:
    """What ``pdf.add_font(family, style, str(path))`` does, from the font read once per process."""
    from fpdf.fonts import SubsetMap

    template = parsed(Path(path), style)
    # What fpdf2's own per-document copy (``TTFFont.__deepcopy__``) shares, shared; what a document
    # changes as it writes (its widths, filled in for a character the font lacks; its subset), its own.
    # The glyph ids and the character map are only read.
    font = copy.copy(template)
    font.cw = copy.copy(template.cw)
    font.i = len(pdf.fonts) + 1
    font.fontkey = f"{family.lower()}{style}"
    font.subset = SubsetMap(font)
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    pdf.fonts[font.fontkey] = font


def fresh_tables(pdf) -> None:
    """Before ``pdf`` is written: each font sharing a parsed font's tables gets tables of its own, which
    fpdf2 may cut down to the glyphs used without touching the parsed font."""
    from fontTools.ttLib import TTFont

    for font in pdf.fonts.values():
        template = _BY_TABLES.get(id(getattr(font, "ttfont", None)))
        if template is None or font.ttfont is not template.ttfont:
            continue
        tables = TTFont(
            BytesIO(_font_bytes(str(font.ttffile))), recalcTimestamp=False, lazy=True,
            fontNumber=font.collection_font_number,
        )  # fmt: skip
        tables.setGlyphOrder(list(template.ttfont.getGlyphOrder()))
        _share_read_tables(template.ttfont, tables)
        font.ttfont = tables


def _share_read_tables(parsed_tables, tables) -> None:
    """Hand ``tables`` the two large tables the parsed font has already read, in copies that cutting the
    font down leaves the parsed font's intact: fontTools' subsetter gives the widths table (``hmtx``) a new
    dict of widths, and the glyph table (``glyf``) a new dict of glyphs, changing only the glyphs kept,
    each handed out as a copy when read. Reading them again was most of the time a PDF took to write."""
    if parsed_tables.isLoaded("hmtx"):
        tables["hmtx"] = copy.copy(parsed_tables["hmtx"])
    if parsed_tables.isLoaded("glyf"):
        glyf = copy.copy(parsed_tables["glyf"])
        glyf.glyphs = _CopiedOnRead(glyf.glyphs)
        tables["glyf"] = glyf


class _CopiedOnRead(dict):
    """The parsed font's glyphs, each read as a copy of its own: the subsetter reads the glyphs it keeps
    into a new dict, then changes those (renumbered components, trimmed padding). Copying all 30,000
    glyphs of the CJK font up front would cost as much as reading them again."""

    def __getitem__(self, name):
        glyph = super().__getitem__(name)
        own = glyph.__class__.__new__(glyph.__class__)
        own.__dict__.update(glyph.__dict__)
        return own
