"""The print pack: the workshop's cards as a printable page (HTML) and a PDF, laid out from one ``card_pack``.

The pack holds, in order: the timed outline (for the counselor), the role plays as one set of three per
trio (three cards per role play, and how the sets rotate), the running-late wallet card, the sorting cards
with their answer key, the exit ticket and the session evaluation, the quiz with its key, the model calls
and the weak email with its key: everything a session run on paper alone reads from. Answer keys and the
outline print alone on their pages; what each person gets (the exit ticket, the wallet card) prints
several to a page with cut marks. Every word is ours (catalogue), so nothing needs escaping for safety;
it is escaped anyway, as any page should be. Both files are made in memory, like the plan handout;
``python -m guide.workshop.pack`` writes them for a room.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from .. import i18n
from ..catalogue import text
from ..exports.base import Export, html_page
from .quiz import QUESTIONS
from .cards import (
    DEFAULT_COUNT,
    DEFAULT_SEED,
    HARD_CALLS,
    SCENARIOS,
    SORTING_CASES,
    SORTING_CHOICES,
    definition,
    definition_source,
    exit_ticket_lines,
    model_case_lines,
    role_play_set,
    trio_sets,
    wallet_card,
    wallet_lines,
)
from .outline import DEFAULT_LENGTH, schedule

# A wallet card is the size of a bank card (ISO/IEC 7810 ID-1); the sheet holds as many as fit.
WALLET_MM = (85.0, 54.0)
# An exit ticket: four to a page on letter and on A4, each with room to tick and write a line; an
# evaluation: two to a page, the width of the page.
EXIT_MM = (90.0, 120.0)
EVALUATION_MM = (180.0, 115.0)
# Each per-person card: its size, and the catalogue key of its sheet's heading.
PER_PERSON = {"exit": (EXIT_MM, "workshop.exit.sheet"), "evaluation": (EVALUATION_MM, "workshop.evaluation.sheet")}
CUT_MARK_MM = 4.0
SHEET_MARGIN = 12.0

OWN_PAGE = ' class="own-page"'  # an answer key: alone on its printed page(s)
TICK = "\u2610"  # BALLOT BOX: a box to tick on paper


@dataclass(frozen=True)
class Card:
    kicker: str  # small line above the title, e.g. "Role play 3"
    title: str
    lines: tuple[str, ...]
    ticks: tuple[str, ...] = ()  # lines drawn with a box to tick
    closing: str = ""


@dataclass(frozen=True)
class Section:
    id: str  # what it is ("role_plays", "sorting", "answer_key", ...): the facilitator page shows by id
    heading: str
    cards: tuple[Card, ...]
    # An answer key or the outline, for the counselor: printed alone on its own page(s), so it is never
    # handed out with the cards on the other side of the scissors.
    own_page: bool = False
    note: str = ""  # a paragraph under the heading
    # One card per person (the exit ticket): printed several to a page, with cut marks.
    per_person: bool = False
    copies: str = ""  # "Print N copies for a room of M": on the section and on every page it fills


def _role_play_sections(seed: int, count: int) -> tuple[Section, ...]:
    """One section per trio: its three role plays, three cards each; the first says how sets rotate."""
    sections = []
    for trio, plays in enumerate(trio_sets(role_play_set(seed, count)), 1):
        cards: list[Card] = []
        for p in plays:
            kicker = text("workshop.card.number", number=p.number)
            cards.append(Card(kicker, text("workshop.card.candidate"), p.candidate_lines()))
            cards.append(Card(kicker, text("workshop.card.manager"), p.manager_lines()))
            cards.append(
                Card(
                    kicker,
                    text("workshop.card.observer"),
                    (*p.observer_lines(), text("workshop.card.observer.watch")),
                    ticks=p.observer_items(),
                    closing=text("workshop.card.observer.after"),
                )
            )
        first, last = plays[0].number, plays[-1].number
        key = "workshop.cards.trio_set" if last > first else "workshop.cards.trio_set_one"
        sections.append(
            Section("role_plays", text(key, trio=trio, first=first, last=last), tuple(cards),
                    note=text("workshop.cards.rotate") if trio == 1 else "")
        )  # fmt: skip
    return tuple(sections)


def _outline_section(length: int, people: int) -> Section:
    """The timed outline for the counselor, with what changes on paper: the session without a screen. It
    says how this room splits into trios and lists the debrief's prompts (the facilitator page's own)."""
    cards = tuple(
        Card(
            text("workshop.outline.kicker", start=start, minutes=segment.minutes),
            segment.title,
            (segment.doing(people), *segment.lines, text("workshop.outline.say_line", say=segment.say),
             text("workshop.outline.paper_line", paper=segment.paper)),
        )  # fmt: skip
        for start, segment in schedule(length)
    )
    return Section("outline", text("workshop.outline.pack_heading", minutes=length), cards, own_page=True)


# How many copies of each master sheet a room needs, and for whom (``workshop.copies.<unit>``): the
# counselor's pages once, a sorting set per group of four or five, the weak email per pair, and each
# per-person sheet as many times as it takes to give everyone one.
SORTING_GROUP = 5
COPIES_UNIT = {
    "outline": "counselor", "role_plays": "trio", "wallet": "counselor", "sorting": "group",
    "answer_key": "counselor", "hard_key": "counselor", "exit": "person", "evaluation": "person",
    "quiz": "counselor", "quiz_key": "counselor", "scripts": "counselor", "email": "pair", "email_key": "counselor",
    "wallet_sheet": "person",
}  # fmt: skip


def copies_needed(section_id: str, people: int, paper: str) -> int:
    """Copies of a section's pages for a room of ``people`` on ``paper``."""
    unit = COPIES_UNIT[section_id]
    if unit == "group":
        return -(-people // SORTING_GROUP)
    if unit == "pair":
        return -(-people // 2)
    if unit == "person":
        size = WALLET_MM if section_id == "wallet_sheet" else PER_PERSON[section_id][0]
        return -(-people // per_page(paper, size))
    return 1


def copies_line(section_id: str, people: int, paper: str) -> str:
    n = copies_needed(section_id, people, paper)
    unit = text(f"workshop.copies.{COPIES_UNIT[section_id]}")
    return text("workshop.copies.one" if n == 1 else "workshop.copies.many", copies=n, people=people, unit=unit)


def _hard_key(plays) -> Section:
    """The hard calls' answer key: each reaction, the guide's advice for it (with its source), and the role
    plays of this print that hold it, for the counselor walking between trios."""
    from ..rules import rule, source_label

    cards = []
    for twist, rule_ids in HARD_CALLS.items():
        numbers = [str(p.number) for p in plays if p.twist == twist]
        key = "workshop.hard.no_plays" if not numbers else "workshop.hard.play" if len(numbers) == 1 else "workshop.hard.plays"
        found = text(key, numbers=", ".join(numbers))
        rules = [rule(r) for r in rule_ids]
        sources = "; ".join(dict.fromkeys(source_label(r.source) for r in rules))
        cards.append(Card("", text(f"workshop.hard.{twist}"), (*(r.text for r in rules), found),
                          closing=text("ui.plan.source", source=sources)))  # fmt: skip
    return Section("hard_key", text("workshop.hard.title"), tuple(cards), own_page=True, note=text("workshop.hard.note"))


def card_pack(
    seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT, length: int = DEFAULT_LENGTH, people: int | None = None
) -> tuple[Section, ...]:
    """The pack for a room of ``people`` (by default, as many as the role plays): every section says how
    many copies of it to print for that room."""
    from dataclasses import replace

    people = people or count
    paper = text("format.paper")
    return tuple(
        replace(s, copies=copies_line(s.id, people, paper)) for s in _card_pack(seed, count, length, people)
    )


def _card_pack(seed: int, count: int, length: int, people: int) -> tuple[Section, ...]:
    wallet = Card("", text("workshop.wallet.title"), tuple(f"{i}. {r.text}" for i, r in enumerate(wallet_card(), 1)))
    definitions = tuple(
        Card("", text(f"workshop.sort.name.{c}"), (definition(c),), closing=definition_source(c)) for c in SORTING_CHOICES
    )
    cases = tuple(Card(str(i), "", (c.case,)) for i, c in enumerate(SORTING_CASES, 1))
    key = tuple(
        Card(str(i), text("workshop.sort.answer", answer=text(f"workshop.sort.name.{c.answer}")), (c.why,))
        for i, c in enumerate(SORTING_CASES, 1)
    )
    ticket = exit_ticket_card()
    evaluation = Card(
        "",
        text("workshop.evaluation.title"),
        (
            text("workshop.evaluation.when"),
            text("workshop.evaluation.scale"),
            text("workshop.evaluation.before_after"),
            *(text(f"workshop.evaluation.{i}") for i in range(1, 5)),
        ),
    )
    return (
        _outline_section(length, people),
        *_role_play_sections(seed, count),
        Section("wallet", text("workshop.wallet.title"), (wallet,)),
        Section("sorting", text("workshop.sort.title"), definitions + cases),
        Section("answer_key", text("workshop.sort.answer_key"), key, own_page=True),
        _hard_key(role_play_set(seed, count)),
        Section("exit", text("workshop.exit.title"), (ticket,), per_person=True),
        Section("evaluation", text("workshop.evaluation.title"), (evaluation,), per_person=True),
        *_quiz_and_scripts(),
    )


def exit_ticket_card() -> Card:
    return Card(
        "",
        text("workshop.exit.title"),
        (text("workshop.exit.tick"),),
        ticks=exit_ticket_lines(),
        closing=text("workshop.exit.open"),
    )


def sections(pack: tuple[Section, ...], *ids: str) -> tuple[Section, ...]:
    """The pack's sections with one of ``ids``, in order."""
    return tuple(s for s in pack if s.id in ids)


def _quiz_and_scripts() -> tuple[Section, ...]:
    """The quiz (without and with answers), the model scripts of all five scenarios, and the weak email
    for pairs to mark with its check as the key: what a session on paper alone reads from."""
    from ..examples import example_draft, example_review, review_text
    from ..rules import source_label

    questions = tuple(
        Card(str(i), q.prompt, tuple(f"{o}) {w}" for o, w in q.options)) for i, q in enumerate(QUESTIONS, 1)
    )
    answers = tuple(
        Card(
            str(i),
            text("workshop.quiz.key_answer", option=q.answer, answer=text(f"workshop.quiz.{q.id}.{q.answer}")),
            (q.rule.text,),
            closing=text("ui.plan.source", source=source_label(q.rule.source)),
        )
        for i, q in enumerate(QUESTIONS, 1)
    )
    scripts = tuple(Card("", text(f"scenario.{sc}"), model_case_lines(sc)) for sc in SCENARIOS)
    subject, body = example_draft()
    weak = Card("", text("workshop.email.title"), (f"{text('ui.message.subject')} {subject}", *body.split("\n\n")))
    key = email_key(example_review(), review_text)
    return (
        Section("quiz", text("workshop.quiz.heading"), questions),
        Section("quiz_key", text("workshop.quiz.key"), answers, own_page=True),
        Section("scripts", text("workshop.scripts.title"), scripts),
        Section("email", text("workshop.email.title"), (weak,)),
        Section("email_key", text("workshop.email.key"), key, own_page=True),
    )


# What the weak email was written to show (review check ids): every one is a failing line of its English
# review. Where the review of the language printed in cannot read a check (a Spanish draft: the checks that
# read English words are left out), the key says that point itself, from the same rule, so the counselor
# reading the key aloud never tells the room the email is fine where the check simply did not look.
WEAK_EMAIL_FLAWS = (
    "apology-first", "take-responsibility", "ask-new-time", "formal-register", "subject-line", "no-blame",
    "prevention", "offer-slots", "not-over-explained",
)  # fmt: skip


def email_key(result, as_text) -> tuple[Card, ...]:
    """The weak email's key: the review's findings, one card each (a line, then its indented reason and
    suggestion), and, for each flaw the review could not read in this language, the point to make with its
    rule and source. With checks left out, no score and no "what works" summary: both would speak for checks
    that did not run."""
    from ..review.checklist import CHECKS
    from ..rules import rule, source_label

    lines = as_text(result).splitlines()
    if result.skipped:
        dropped = {result.summary, text("ui.draft.score", score=result.score)}
        lines = [line for line in lines if line not in dropped]
    chunks: list[list[str]] = []
    for line in lines:
        if line.strip():
            if line.startswith(" ") and chunks:
                chunks[-1].append(line.strip())
            else:
                chunks.append([line])
    cards = [Card("", c[0], tuple(c[1:])) for c in chunks]
    by_id = {c.id: c for c in CHECKS}
    for check in WEAK_EMAIL_FLAWS:
        if check in result.skipped:
            said = rule(by_id[check].rule_id)
            cards.append(Card("", text("workshop.email.point", title=text(f"review.{check}.title")), (said.text,),
                              closing=text("ui.plan.source", source=source_label(said.source))))  # fmt: skip
    return tuple(cards)


def file_stem(seed: int) -> str:
    return text("workshop.ui.cards_file", seed=seed)


def card_html(card: Card) -> str:
    """One card as HTML (every value escaped): the same markup on the facilitator page and in the printout."""
    e = html.escape
    parts = ['<article class="card">']
    if card.kicker:
        parts.append(f'<p class="kicker">{e(card.kicker)}</p>')
    if card.title:
        parts.append(f"<h3>{e(card.title)}</h3>")
    parts.extend(f"<p>{e(line)}</p>" for line in card.lines)
    if card.ticks:
        parts.append('<ul class="ticks">' + "".join(f"<li>{e(t)}</li>" for t in card.ticks) + "</ul>")
    if card.closing:
        parts.append(f'<p class="closing">{e(card.closing)}</p>')
    parts.append("</article>")
    return "".join(parts)


def _fpdf():
    """fpdf2's FPDF, imported the way the exports import it: in the browser (the static site) fpdf2 needs
    stand-ins for the ssl classes Pyodide leaves out, and the facilitator page counts copies per page
    (``per_page``) as it opens, so the first import can come from here."""
    from ..site.browser import allow_fpdf

    allow_fpdf()
    from fpdf import FPDF

    return FPDF


def per_page(paper: str, size: tuple[float, float] = EXIT_MM) -> int:
    """How many cards of ``size`` a sheet of ``paper`` holds."""
    FPDF = _fpdf()

    pdf = FPDF(orientation="portrait", unit="mm", format=paper)
    across, down = card_grid(pdf.w, pdf.h, size)
    return across * down


def _section_html(s: Section, paper: str) -> str:
    e = html.escape
    copies = per_page(paper, PER_PERSON[s.id][0]) if s.per_person else 1  # a sheet of them, to cut apart
    cards = "".join(card_html(c) for c in s.cards) * copies
    note = f'<p class="note">{e(s.note)}</p>' if s.note else ""
    if s.copies:
        note = f'<p class="copies">{e(s.copies)}</p>' + note
    cls = OWN_PAGE if s.own_page or s.per_person else ""
    return f'<section{cls}><h2>{e(s.heading)}</h2>{note}<div class="cards">{cards}</div></section>'


def cards_html(
    seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT, length: int = DEFAULT_LENGTH, people: int | None = None
) -> str:
    """The whole pack as one self-contained page (no scripts, nothing fetched), ready to print and cut."""
    e = html.escape
    sections = "\n".join(_section_html(s, text("format.paper")) for s in card_pack(seed, count, length, people))
    title = e(text("workshop.cards.title"))
    main = _MAIN.format(
        title=title,
        subtitle=e(text("workshop.cards.set", seed=seed, count=count)),
        cut=e(text("workshop.cards.cut")),
        sections=sections,
    )
    # The paper of the language printed in (letter in the US, A4 in Britain), as the PDF uses.
    return html_page(title, _STYLE.replace("size: letter;", f"size: {text('format.paper')};"), main)


def cards_html_file(
    seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT, length: int = DEFAULT_LENGTH, people: int | None = None
) -> Export:
    return Export(
        f"{file_stem(seed)}.html", "text/html; charset=utf-8", cards_html(seed, count, length, people).encode("utf-8")
    )


def _pack_pdf(paper: str):
    """An FPDF whose every page starts with how many copies of it to print (``copies``, set as each section
    is laid out), so a master sheet never reaches the copier without its count."""
    FPDF = _fpdf()

    from ..exports.pdf import FAMILY, MUTED

    class PackPDF(FPDF):
        copies = ""

        def header(self) -> None:
            if self.copies:
                x, y = self.x, self.y  # (get_y() is refused inside an unbreakable block)
                self.x, self.y = 15, 5
                self.set_text_color(*MUTED)
                self.set_font(FAMILY, "", 8.5)
                self.cell(0, 5, self.copies)
                self.x, self.y = x, y

    return PackPDF(orientation="portrait", unit="mm", format=paper)


def cards_pdf(
    seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT, length: int = DEFAULT_LENGTH, people: int | None = None
) -> Export:
    """The same pack as a PDF: cards in one column, none split across a page break, and no heading left
    alone at a page's foot (a heading goes with its first card); then the exit tickets and the wallet
    cards, several to a sheet with cut marks."""
    from ..exports.pdf import FAMILY, FONT_FILES, HEADING, MUTED, TEXT

    pdf = _pack_pdf(text("format.paper"))
    for style, path in FONT_FILES.items():
        pdf.add_font(FAMILY, style, str(path))
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_lang(i18n.current())  # the language the page is printed in, for screen readers and hyphenation
    pdf.set_creator("Rebound")
    pdf.set_title(text("workshop.cards.title"))
    pdf.add_page()
    pdf.set_text_color(*HEADING)
    pdf.set_font(FAMILY, "B", 18)
    pdf.multi_cell(0, 9, text("workshop.cards.title"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*TEXT)
    pdf.set_font(FAMILY, "", 10)
    pdf.multi_cell(0, 5, f'{text("workshop.cards.set", seed=seed, count=count)}. {text("workshop.cards.cut")}',
                   new_x="LMARGIN", new_y="NEXT")
    alone = False  # the section before was an answer key: what follows starts on a fresh page
    pack = card_pack(seed, count, length, people)
    for section in pack:
        if section.per_person:
            continue  # printed as a sheet below
        # A sheet holds one copy count: a section printed more (or fewer) times than the one before starts
        # a fresh page, so each page goes to the copier with its own "Print N copies".
        fresh = section.copies != pdf.copies
        pdf.copies = section.copies  # the pages this section starts or spills onto
        if section.own_page or alone or fresh:
            pdf.add_page()
        alone = section.own_page
        for n, card in enumerate(section.cards):
            body = [*card.lines, *(f"{TICK} {t}" for t in card.ticks)]
            if card.closing:
                body.append(card.closing)
            head = " \u00b7 ".join(part for part in (card.kicker, card.title) if part)
            with pdf.unbreakable() as doc:
                if n == 0:  # the heading and its note travel with the first card: never alone at a foot
                    doc.ln(3)
                    doc.set_text_color(*HEADING)
                    doc.set_font(FAMILY, "B", 13)
                    doc.multi_cell(0, 7, section.heading, new_x="LMARGIN", new_y="NEXT")
                    if section.copies:
                        doc.set_text_color(*TEXT)
                        doc.set_font(FAMILY, "B", 10)
                        doc.multi_cell(0, 5, section.copies, new_x="LMARGIN", new_y="NEXT")
                    if section.note:
                        doc.set_text_color(*TEXT)
                        doc.set_font(FAMILY, "", 10)
                        doc.multi_cell(0, 5, section.note, new_x="LMARGIN", new_y="NEXT")
                doc.ln(2)
                doc.set_draw_color(*MUTED)
                doc.set_text_color(*HEADING)
                doc.set_font(FAMILY, "B", 11)
                doc.multi_cell(0, 6, head, border="LTR", padding=(2, 3, 0, 3), new_x="LMARGIN", new_y="NEXT")
                doc.set_text_color(*TEXT)
                doc.set_font(FAMILY, "", 10)
                doc.multi_cell(0, 5, "\n".join(body), border="LBR", padding=(1, 3, 2, 3), new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(False)  # the sheets place every card themselves
    for section in pack:
        if section.per_person:
            pdf.copies = section.copies
            _per_person_sheet(pdf, section.id, section.cards[0])
    pdf.copies = copies_line("wallet_sheet", people or count, text("format.paper"))
    _wallet_sheet(pdf)
    return Export(f"{file_stem(seed)}.pdf", "application/pdf", bytes(pdf.output()))


def card_grid(page_w: float, page_h: float, size: tuple[float, float], margin: float = SHEET_MARGIN) -> tuple[int, int]:
    """How many cards of ``size`` fit across and down a page, leaving room for the cut marks."""
    w, h = size
    usable_w, usable_h = page_w - 2 * margin, page_h - 2 * margin - 10  # 10 mm for the sheet's heading
    return int(usable_w // w), int(usable_h // h)


def wallet_grid(page_w: float, page_h: float, margin: float) -> tuple[int, int]:
    """How many wallet cards fit across and down a page, leaving room for the cut marks."""
    return card_grid(page_w, page_h, WALLET_MM, margin)


def _sheet(pdf, size: tuple[float, float], heading: str):
    """A new page of cards of ``size``, butted edge to edge (one cut serves two cards), with cut marks
    outside the grid where each cut line runs. Yields each card's top-left corner."""
    from ..exports.pdf import FAMILY, HEADING, MUTED

    pdf.add_page()
    cols, rows = card_grid(pdf.w, pdf.h, size)
    w, h = size
    left = (pdf.w - cols * w) / 2
    top = SHEET_MARGIN + 10
    pdf.set_text_color(*HEADING)
    pdf.set_font(FAMILY, "B", 11)
    pdf.set_xy(left, SHEET_MARGIN)
    pdf.cell(cols * w, 6, heading)
    pdf.set_draw_color(*MUTED)
    pdf.set_line_width(0.2)
    for i in range(cols + 1):  # cut marks above and below each vertical cut
        x = left + i * w
        pdf.line(x, top - CUT_MARK_MM - 1, x, top - 1)
        pdf.line(x, top + rows * h + 1, x, top + rows * h + CUT_MARK_MM + 1)
    for j in range(rows + 1):  # and beside each horizontal cut
        y = top + j * h
        pdf.line(left - CUT_MARK_MM - 1, y, left - 1, y)
        pdf.line(left + cols * w + 1, y, left + cols * w + CUT_MARK_MM + 1, y)
    for j in range(rows):
        for i in range(cols):
            yield left + i * w, top + j * h


def _per_person_sheet(pdf, kind: str, card: Card) -> float:
    """A page of one per-person card (a key of ``PER_PERSON``). Returns the tallest card's text height."""
    from ..exports.pdf import FAMILY, HEADING, TEXT

    size, heading = PER_PERSON[kind]
    w, _h = size
    across, down = card_grid(pdf.w, pdf.h, size)
    tallest = 0.0
    for x, y in _sheet(pdf, size, text(heading, per_page=across * down)):
        inner = w - 10

        def line(words: str, gap: float, left: float = x + 5, inner: float = inner) -> None:
            pdf.set_xy(left, pdf.get_y() + gap)  # (``ln`` would send x back to the page's margin)
            pdf.multi_cell(inner, 4.6, words, align="L", new_x="LEFT", new_y="NEXT")

        pdf.set_xy(x + 5, y + 5)
        pdf.set_text_color(*HEADING)
        pdf.set_font(FAMILY, "B", 12)
        pdf.multi_cell(inner, 6, card.title, align="L", new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(*TEXT)
        pdf.set_font(FAMILY, "", 9.5)
        for words in card.lines:
            line(words, 1.5)
        for tick in card.ticks:
            line(f"{TICK} {tick}", 1.5)
        if card.closing:
            line(card.closing, 5)
        tallest = max(tallest, pdf.get_y() - y)
    return tallest


def _wallet_sheet(pdf) -> float:
    """A page of wallet cards. Returns the tallest card's text height, which must stay inside a card."""
    from ..exports.pdf import FAMILY, HEADING, TEXT

    w, h = WALLET_MM
    lines = [f"{n}. {line}" for n, line in enumerate(wallet_lines(), 1)]
    tallest = 0.0
    for x, y in _sheet(pdf, WALLET_MM, text("workshop.wallet.sheet")):
        pdf.set_xy(x + 4, y + 4)
        pdf.set_text_color(*HEADING)
        pdf.set_font(FAMILY, "B", 10)
        pdf.multi_cell(w - 8, 5, text("workshop.wallet.title"), new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(*TEXT)
        pdf.set_font(FAMILY, "", 8)
        pdf.multi_cell(w - 8, 3.9, "\n".join(lines), new_x="LEFT", new_y="NEXT")
        tallest = max(tallest, pdf.get_y() - y)
    return tallest


def wallet_sheet_fit(paper: str) -> tuple[int, int, float]:
    """(cards across, cards down, tallest text in mm) of the wallet sheet on ``paper``, in the language
    in force: what a test checks so the cards fit the sheet and the words fit the cards."""
    FPDF = _fpdf()

    from ..exports.pdf import FAMILY, FONT_FILES

    pdf = FPDF(orientation="portrait", unit="mm", format=paper)
    for style, path in FONT_FILES.items():
        pdf.add_font(FAMILY, style, str(path))
    pdf.set_auto_page_break(False)
    tallest = _wallet_sheet(pdf)
    return (*wallet_grid(pdf.w, pdf.h, SHEET_MARGIN), tallest)


def sheet_fit(kind: str, paper: str) -> tuple[int, float]:
    """(cards on a sheet, tallest card's text in mm) of a per-person card (a key of ``PER_PERSON``) on
    ``paper``, in the language in force: what a test checks so the words fit the card."""
    FPDF = _fpdf()

    from ..exports.pdf import FAMILY, FONT_FILES

    pdf = FPDF(orientation="portrait", unit="mm", format=paper)
    for style, path in FONT_FILES.items():
        pdf.add_font(FAMILY, style, str(path))
    pdf.set_auto_page_break(False)
    (card,) = next(s for s in card_pack(1, 1) if s.id == kind).cards
    tallest = _per_person_sheet(pdf, kind, card)
    across, down = card_grid(pdf.w, pdf.h, PER_PERSON[kind][0])
    return across * down, tallest


# Body text #1a1a1a and headings #0b4a63 on white, as in the plan handout (both well above 4.5:1).
_STYLE = """
:root { color: #1a1a1a; background: #ffffff; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.4;
       max-width: 60em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin: 0; color: #0b4a63; }
h2 { font-size: 1.2em; margin: 1.2em 0 0.5em; color: #0b4a63; }
h3 { font-size: 1.05em; margin: 0 0 0.4em; color: #0b4a63; }
p { margin: 0 0 0.5em; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(17em, 1fr)); gap: 0.8em; }
.card { border: 1px dashed #4a4a4a; padding: 0.7em 0.9em; break-inside: avoid; }
.kicker { font-size: 0.85em; color: #4a4a4a; margin: 0 0 0.2em; }
.ticks { list-style: none; padding: 0; margin: 0 0 0.5em; }
.ticks li::before { content: "\\2610\\00a0"; }
.closing { font-style: italic; }
.note { max-width: 45em; }
.copies { font-weight: bold; }
.own-page { break-before: page; break-after: page; }
@page { size: letter; margin: 12mm; }
@media print { body { max-width: none; margin: 0; padding: 0; font-size: 10pt; } }
"""

# What goes inside the page's <main> (``html_page`` gives the rest).
_MAIN = """<h1>{title}</h1>
<p>{subtitle}. {cut}</p>
{sections}
"""
