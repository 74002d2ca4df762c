"""The facilitator page's widgets: the room's address, the outline, the cards and the quiz.

Wording, cards and answers come from ``guide.workshop`` and the catalogue; these classes only show them
and wire the controls (``observe``), like the rest of ``guide.ui``.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..catalogue import text
from ..workshop.cards import DEFAULT_COUNT, DEFAULT_ROOM, DEFAULT_SEED, MAX_ROOM, grouping_line, plays_for_room
from ..workshop.outline import DEFAULT_LENGTH, LENGTHS, schedule, total_minutes
from ..workshop.printable import Card, card_html, card_pack, cards_html_file, cards_pdf, sections
from ..workshop.quiz import QUESTIONS, Question, feedback
from ..rules import source_label
from ..room.address import address_from_environment, qr_svg, site_address_from_environment
from .base import StaticFallback
from .style import contrast_pairs, stylesheet
from .take_away import DownloadButton

# The quiz's right and wrong answers reuse the plan's "due" and the form's "error" colors; the look is in
# static/rebound.css with the rest of Rebound's, so it follows the dark and projector themes too.
CONTRAST_PAIRS = contrast_pairs(("due-ink", "due-paper"), ("error-ink", "error-paper"), ("muted-ink", "paper"), ("ink", "paper"))


class _Panel(StaticFallback, widgets.VBox):
    def __init__(self, children):
        super().__init__([stylesheet(), *children])
        self.add_class("rebound")
        self.add_class("rebound-workshop")


def room_html(address: str | None, site: str | None = None) -> str:
    """The room's address and QR code; with ``site`` (the static site, ``make site``), that one too and
    when to use which."""
    e = html.escape
    if not address:
        return f'<p class="rebound-help">{e(text("workshop.room.not_running"))}</p>'
    page = (
        f"<p>{e(text('workshop.room.type'))}</p>"
        f'<p class="rebound-address">{e(address)}</p>'
        f'<div role="img" aria-label="{e(text("workshop.room.qr_title"))}">'
        f'{qr_svg(address, text("workshop.room.qr_title"))}</div>'
    )
    if site:
        page += (
            f"<p>{e(text('workshop.room.site'))}</p>"
            f'<p class="rebound-address">{e(site)}</p>'
            f'<div role="img" aria-label="{e(text("workshop.room.site_qr_title"))}">'
            f'{qr_svg(site, text("workshop.room.site_qr_title"))}</div>'
            f"<p>{e(text('workshop.room.when'))}</p>"
        )
    return page


class RoomLink(_Panel):
    """The address participants type and its QR code, as ``make workshop`` announced them."""

    def __init__(self, address: str | None = None, site: str | None = None):
        self.address = address if address is not None else address_from_environment()
        self.site = site if site is not None else site_address_from_environment()
        self.content = widgets.HTML(room_html(self.address, self.site))
        super().__init__([self.content])


def outline_html(length: int = DEFAULT_LENGTH) -> str:
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(text('workshop.outline.minute', minute=start))}</td><td>{segment.minutes}</td>"
        f"<th scope=\"row\">{e(segment.title)}</th><td>{e(segment.do)}</td><td>{e(segment.say)}</td>"
        f"<td>{e(segment.paper)}</td></tr>"
        for start, segment in schedule(length)
    )
    head = "".join(
        f'<th scope="col">{e(text(k))}</th>'
        for k in (
            "workshop.outline.at", "workshop.outline.minutes", "workshop.outline.segment",
            "workshop.outline.what_to_do", "workshop.outline.what_to_say", "workshop.outline.on_paper",
        )
    )  # fmt: skip
    return (
        f"<table><caption>{e(text('workshop.outline.heading', minutes=total_minutes(length)))}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


class OutlineView(_Panel):
    """The counselor picks the session's length; the outline shown is the plan for that length."""

    def __init__(self, length: int = DEFAULT_LENGTH):
        self.length = widgets.ToggleButtons(
            options=[(text("workshop.outline.length_option", minutes=m), m) for m in LENGTHS],
            value=length,
            description=text("workshop.outline.length"),
            style={"description_width": "initial"},
        )
        self.table = widgets.HTML(outline_html(length))
        self.length.observe(self._show, names="value")
        super().__init__([self.length, self.table])

    def _show(self, change) -> None:
        self.table.value = outline_html(change["new"])


def cards_html(cards: tuple[Card, ...]) -> str:
    """The cards on the page, in the printout's own markup (``card_html``), laid out as a grid."""
    return f'<div class="rebound-cards">{"".join(card_html(card) for card in cards)}</div>'


class CardSection(_Panel):
    """Sections of the card pack by id ("sorting", "answer_key", "exit", ...), as on paper."""

    def __init__(self, *ids: str, seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT):
        chosen = sections(card_pack(seed, count), *ids)
        if not chosen:
            raise ValueError(f"no section {ids!r} in the card pack")
        super().__init__([widgets.HTML(cards_html(tuple(c for s in chosen for c in s.cards)))])


class CardsDownload(_Panel):
    """Choose a card set by number and the room's size, see it, and save it as a printable page or a PDF.
    The room's size sets how many role plays: one set of three per trio (13 sets for 40 people)."""

    def __init__(self):
        self.seed = widgets.BoundedIntText(
            value=DEFAULT_SEED, min=1, max=9999, description=text("workshop.ui.seed"), style={"description_width": "initial"}
        )
        self.room = widgets.BoundedIntText(
            value=DEFAULT_ROOM, min=1, max=MAX_ROOM, description=text("workshop.ui.room"),
            style={"description_width": "initial"},
        )  # fmt: skip
        self.sets = widgets.HTML()
        help_line = widgets.HTML(f'<p class="rebound-help">{html.escape(text("workshop.ui.seed_help"))}</p>')
        self.html_button = DownloadButton(text("workshop.ui.cards_html"), lambda: cards_html_file(*self.chosen()))
        self.pdf_button = DownloadButton(text("workshop.ui.cards_pdf"), lambda: cards_pdf(*self.chosen()))
        self.preview = widgets.HTML()
        buttons = widgets.HBox([self.html_button, self.pdf_button])
        super().__init__([widgets.VBox([self.seed, self.room, self.sets, help_line, buttons]), self.preview])
        self.children[-2].add_class("rebound-form")
        self.seed.observe(self._show, names="value")
        self.room.observe(self._show, names="value")
        self._show()

    def _show(self, _change=None) -> None:
        """How many sets the room needs, and their role-play cards, as they will print."""
        people = int(self.room.value)
        self.sets.value = (
            f'<p class="rebound-help">{html.escape(text("workshop.ui.sets", grouping=grouping_line(people)))}</p>'
        )
        roles = sections(card_pack(*self.chosen()), "role_plays")
        self.preview.value = cards_html(tuple(c for s in roles for c in s.cards))

    def chosen(self) -> tuple[int, int, int, int]:
        """(set number, role plays, session length, people) for the room: the pack says how many copies
        of each sheet that room needs."""
        people = int(self.room.value)
        return int(self.seed.value), plays_for_room(people), DEFAULT_LENGTH, people


def feedback_html(question: Question, option: str) -> str:
    e = html.escape
    right, sentence = feedback(question, option)
    rule = question.rule
    source = text("ui.plan.source", source=source_label(rule.source))
    return (
        f'<div class="{"rebound-right" if right else "rebound-wrong"}">'
        f"<p><strong>{e(sentence)}</strong></p>"
        f"<p>{e(text('workshop.quiz.why'))} {e(rule.text)} ({e(source)})</p></div>"
    )


class QuestionView(widgets.VBox):
    """One question: its options as radio buttons named by the question, and instant feedback below."""

    def __init__(self, question: Question):
        self.question = question
        self.choice = widgets.RadioButtons(
            options=[(wording, option) for option, wording in question.options],
            value=None,
            description=question.prompt,
            style={"description_width": "initial"},
            layout=widgets.Layout(width="100%"),
        )
        self.feedback = widgets.HTML()
        self.feedback.add_class("rebound-quiz-feedback")
        self.choice.observe(self._answered, names="value")
        super().__init__([self.choice, self.feedback])
        self.add_class("rebound-quiz-question")

    def _answered(self, change) -> None:
        option = change["new"]
        self.feedback.value = "" if option is None else f'<div role="status">{feedback_html(self.question, option)}</div>'


class QuizView(_Panel):
    """Every "what would you do?" question, each answered on its own."""

    def __init__(self, questions: tuple[Question, ...] = QUESTIONS):
        self.questions = tuple(QuestionView(q) for q in questions)
        super().__init__(list(self.questions))
