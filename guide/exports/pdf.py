"""The printable plan as a one-page PDF, made with fpdf2.

Names can be in any script, so the PDF embeds fonts shipped in ``guide/exports/fonts`` (licenses and sources
in the README there). DejaVu Sans sets the page: Latin with every Vietnamese accent, Greek, Cyrillic,
Armenian, Georgian, Hebrew and Arabic. A character it lacks is drawn from a fallback font: Noto Sans
for the scripts of South and Southeast Asia, Ethiopic and Cherokee, Droid Sans Fallback for Chinese,
Japanese and Korean. Only the fallbacks a handout actually needs are loaded, since the large CJK font
alone takes about half a second to read; each font file is read once per process (``pdf_fonts``).

Arabic letters change shape with their neighbors and run right to left, and Indic vowel signs join or
move around their consonant; fpdf2 does both through HarfBuzz (the ``uharfbuzz`` package), so text
shaping is switched on whenever the page holds such text.

A character no font has is printed as a white square: an emoji, say, a few letters only Urdu, Pashto
or Sindhi use (DejaVu's Arabic lacks them, and drawing them from a second font splits the word and
makes fpdf2 fail), or a rare Chinese character outside the common set. fpdf2 would otherwise log the
missing characters themselves as a warning, and what a participant typed must never reach the
server's logs.
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..i18n import in_its_language
from .. import domain, i18n
from ..catalogue import text
from ..situation import Situation
from . import pdf_fonts
from .base import Export, filename
from .handout import Handout, handout

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_FILES = {"": FONT_DIR / "DejaVuSans.ttf", "B": FONT_DIR / "DejaVuSans-Bold.ttf"}
FAMILY = "DejaVu"
# Tried in this order for a character DejaVu lacks: the small script fonts first, the 3 MB CJK font
# last. Each has a regular weight only; bold text falls back to it (still legible, just not bold).
FALLBACK_FONTS = {
    family: FONT_DIR / f"{family}-Regular.ttf"
    for family in (
        "NotoSansDevanagari",  # Hindi, Marathi, Nepali
        "NotoSansBengali",  # Bengali, Assamese
        "NotoSansGurmukhi",  # Punjabi
        "NotoSansGujarati",
        "NotoSansOriya",
        "NotoSansTamil",
        "NotoSansTelugu",
        "NotoSansKannada",
        "NotoSansMalayalam",
        "NotoSansSinhala",
        "NotoSansThai",
        "NotoSansKhmer",
        "NotoSansMyanmar",  # Burmese, Karen
        "NotoSansEthiopic",  # Amharic, Tigrinya
        "NotoSansCherokee",
    )
}
FALLBACK_FONTS["DroidSansFallback"] = FONT_DIR / "DroidSansFallback.ttf"  # Chinese, Japanese, Korean
# Embeddings and overrides (LRE, RLE, PDF, LRO, RLO): one typed into a name and never closed would
# reverse every line after it on the page. Right-to-left names print right without them.
BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e")
MISSING = "\u25a1"  # WHITE SQUARE, in DejaVu: stands in for a character no shipped font has
# The sizes the plan may be set in, largest first; below 7.5 pt a printout gets hard to read.
FONT_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5)
PAGE_MARGIN_MM = 13
HEADING = (11, 74, 99)  # #0b4a63, as in the HTML handout
TEXT = (26, 26, 26)
MUTED = (74, 74, 74)
TINT = (238, 245, 248)
PT_TO_MM = 25.4 / 72


@in_its_language
def handout_pdf(s: Situation, channel: str | None = None) -> Export:
    """The plan for ``s`` with the ``channel`` message, as a PDF that fits on one US Letter page.

    Raises ``InvalidSituation``/``UnsupportedChannel`` like ``compose``. If even the smallest size
    overflows (a very long message), the PDF simply continues on a second page.
    """
    content = handout(s, channel)
    pdf = _render(content, FONT_SIZES[0])
    if pdf.pages_count > 1:
        for size in _smaller_sizes(pdf, FONT_SIZES[0]):
            pdf = _render(content, size)
            if pdf.pages_count == 1:
                break
    return Export(filename(s, "plan", "pdf"), "application/pdf", bytes(pdf.output()))


def _smaller_sizes(overflowing, size: float) -> list[float]:
    """The sizes worth trying after ``size`` overflowed, starting from an estimate rather than one by one.

    Text height grows between linearly (short lines) and quadratically (wrapped paragraphs) with the
    font size, so scaling by the square root of the overflow is an upper bound: no size that would fit
    is skipped, and most plans need one more rendering instead of five.
    """
    page = overflowing.eph
    used = (overflowing.pages_count - 1) * page + (overflowing.get_y() - overflowing.t_margin)
    estimate = size * math.sqrt(page / used)
    return [s for s in FONT_SIZES if s <= estimate] or [FONT_SIZES[-1]]


def needs_shaping(h: Handout) -> bool:
    """Whether any text runs right to left or carries marks, which only HarfBuzz lays out right.

    Marks cover Indic, Thai and Khmer vowel signs as well as accents: an accent that NFC could not
    fold into its letter (``printable`` already did where it could) needs shaping to sit right.
    Shaping every line costs about three times the rendering time, and Latin, Chinese or Korean text
    needs none of it.
    """
    return any(
        unicodedata.bidirectional(char) in ("R", "AL", "AN") or unicodedata.category(char).startswith("M")
        for char in printable(_all_text(h))
    )


def fallbacks_for(h: Handout) -> list[str]:
    """The fallback fonts, in their order, that draw a character of ``h`` DejaVu cannot."""
    main = _coverage()
    left = {ord(char) for char in printable(_all_text(h))} - main - {ord("\n")}
    chosen = []
    for family, path in FALLBACK_FONTS.items():
        if not left:
            break
        drawn = left & _cmap(path)
        if drawn:
            chosen.append(family)
            left -= drawn
    return chosen


def printable(value: str) -> str:
    """``value`` with every character no shipped font can draw replaced, and invisible ones dropped.

    NFC first, so a letter typed as base + combining accent uses the font's precomposed glyph.
    """
    main = _coverage()
    out = []
    for char in unicodedata.normalize("NFC", value):
        if char in BIDI_OVERRIDES:
            continue
        if ord(char) in main or char == "\n" or ord(char) in _fallback_coverage():
            out.append(char)
        elif unicodedata.category(char) not in ("Cf", "Mn", "Cc"):  # invisible or a lone mark: drop
            out.append(MISSING)
    return "".join(out)


def _all_text(h: Handout) -> str:
    parts = [h.heading, h.situation, h.new_time or "", h.prevention or "", h.made]
    parts += [h.message.subject or "", h.message.note or "", h.message.body]
    parts += [step.when + step.action for step in h.steps]
    return "\n".join(parts)


@lru_cache(maxsize=1)
def _coverage() -> frozenset[int]:
    """Code points that both the regular and the bold DejaVu can draw."""
    return frozenset.intersection(*(_cmap(path) for path in FONT_FILES.values()))


@lru_cache(maxsize=1)
def _fallback_coverage() -> frozenset[int]:
    """Code points some fallback font can draw; read only once a character DejaVu lacks turns up."""
    return frozenset().union(*(_cmap(path) for path in FALLBACK_FONTS.values()))


@lru_cache(maxsize=None)
def _cmap(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(path, lazy=True).getBestCmap())


def _render(h: Handout, size: float):
    pdf = _plan_pdf_class()(orientation="portrait", unit="mm", format=text("format.paper"))
    for style, path in FONT_FILES.items():
        pdf_fonts.add_font(pdf, FAMILY, style, path)  # read once per process, not once per rendering
    fallbacks = fallbacks_for(h)
    for family in fallbacks:
        pdf_fonts.add_font(pdf, family, "", FALLBACK_FONTS[family])
    if fallbacks:
        pdf.set_fallback_fonts(fallbacks, exact_match=False)  # bold text may use a regular fallback
    if needs_shaping(h):
        pdf.set_text_shaping(True)  # Arabic joining, right-to-left order, Indic vowel signs
    pdf.set_margins(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    pdf.set_auto_page_break(True, margin=PAGE_MARGIN_MM)
    pdf.set_lang(i18n.current())  # the language the page is printed in, for screen readers and hyphenation
    pdf.set_creator("Rebound")
    pdf.set_title(printable(f'{text("export.handout.title")}: {h.heading}'))
    pdf.add_page()
    layout = _Layout(pdf, size)

    layout.write(text("export.handout.title"), scale=1.6, bold=True, color=HEADING, after=0.3)
    layout.write(h.heading, scale=1.15, bold=True, after=0.2)
    layout.write(h.situation, after=0.2)
    if h.new_time:
        layout.write(h.new_time, bold=True, after=0.2)

    layout.heading(text("export.handout.steps"))
    layout.steps(h)
    if h.prevention:
        layout.heading(text("export.handout.prevention"))
        layout.write(h.prevention, fill=True, after=0.2)

    m = h.message
    layout.heading(text("export.handout.message", channel=text(domain.kind(m.channel).label)))
    if m.subject:
        layout.write(text("export.handout.subject", subject=m.subject), bold=True)
    if m.note:
        layout.write(text("export.handout.note", note=m.note), color=MUTED)
    for paragraph in m.parts.blocks():
        layout.write(paragraph, after=0.35)
    layout.write(h.made, scale=0.85, color=MUTED, before=0.5)
    return pdf


@lru_cache(maxsize=1)
def _plan_pdf_class():
    """``FPDF`` that puts the page's font in place as soon as it is chosen. Built on first use, so
    importing this module does not import fpdf2.

    fpdf2 (2.8.9) puts it in place lazily, when the next text is drawn. If that text starts with a
    character from a fallback font (a line that opens with a Hindi or Chinese name), it does so inside
    that line's own saved graphics state, which is restored right after: the following lines are then
    drawn with no font or the fallback's, and come out as garbled letters. Putting the font in place
    up front never takes that path. ``tests/test_export.py`` checks the lines after such a name.
    """
    from ..site.browser import allow_fpdf

    allow_fpdf()  # in the browser (Pyodide), fpdf2 needs a stand-in for the missing ssl classes
    from fpdf import FPDF

    class PlanPDF(FPDF):
        def set_font(self, *args, **kwargs):
            super().set_font(*args, **kwargs)
            if self.page and not self.current_font_is_set_on_page:
                self._out(self._set_font_for_page(self.current_font, self.font_size_pt))

        def output(self, *args, **kwargs):
            pdf_fonts.fresh_tables(self)  # writing cuts each font down in place: not the shared one
            return super().output(*args, **kwargs)

    return PlanPDF


class _Layout:
    """Writes blocks of text one under another at a base size, so the whole page scales together."""

    def __init__(self, pdf, size: float):
        self.pdf = pdf
        self.size = size

    def line(self, scale: float = 1.0) -> float:
        return self.size * scale * PT_TO_MM * 1.3

    def write(
        self,
        value: str,
        scale: float = 1.0,
        bold: bool = False,
        color: tuple[int, int, int] = TEXT,
        fill: bool = False,
        before: float = 0.0,
        after: float = 0.15,
    ) -> None:
        pdf = self.pdf
        pdf.set_y(pdf.get_y() + self.line() * before)
        pdf.set_font(FAMILY, "B" if bold else "", self.size * scale)
        pdf.set_text_color(*color)
        if fill:
            pdf.set_fill_color(*TINT)
            pdf.set_draw_color(*HEADING)
        pdf.multi_cell(
            0,
            self.line(scale),
            printable(value),
            align="L",  # ragged right reads more easily than justified text
            border=1 if fill else 0,
            fill=fill,
            padding=(1.2, 2) if fill else 0,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_y(pdf.get_y() + self.line() * after)

    def heading(self, value: str) -> None:
        self.write(value, scale=1.15, bold=True, color=HEADING, before=0.5, after=0.2)

    def steps(self, h: Handout) -> None:
        from fpdf.fonts import FontFace

        pdf = self.pdf
        pdf.set_font(FAMILY, "", self.size)
        pdf.set_text_color(*TEXT)
        pdf.set_draw_color(200, 200, 200)
        with pdf.table(
            col_widths=(27, 73),
            text_align="LEFT",
            v_align="TOP",
            line_height=self.line(),
            padding=(0.8, 1.5, 0.8, 0),
            borders_layout="HORIZONTAL_LINES",
            headings_style=FontFace(emphasis="BOLD", color=TEXT),
        ) as table:
            head = table.row()
            head.cell(printable(text("export.handout.when")))
            head.cell(printable(text("export.handout.what")))
            for step in h.steps:
                row = table.row()
                row.cell(printable(step.when), style=FontFace(emphasis="BOLD"))
                row.cell(printable(step.action))
